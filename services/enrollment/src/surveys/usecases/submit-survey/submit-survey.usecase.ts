import { SurveySubmittedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { SatisfactionSurveyDto } from '@baeum/api';
import { AuthUser, conflict, FieldError, fieldError, invalidInput, notFound } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { seoulToday, yearOf } from '@baeum/calendar';
import { Cohort } from '../../../cohorts/cohort.entity';
import { COHORT_NOT_FOUND } from '../../../cohorts/cohort-rules';
import { TraineeDirectory } from '../../../trainees/trainee-directory';
import { SURVEY_ITEM_CODES } from '../../survey-items';
import { SurveyResponse } from '../../survey.entities';
import { completedCohortOf, hasAnswered, storeResponse } from '../../surveys.queries';

/**
 * A trainee who completed a cohort answers its survey once. The answers are stored and announced
 * without the trainee; only the receipt (who has answered) names them, in a table of its own.
 */
@Injectable()
export class SubmitSurveyUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly trainees: TraineeDirectory,
    private readonly publisher: EventPublisher,
  ) {}

  execute(user: AuthUser, dto: SatisfactionSurveyDto): Promise<{ submitted: true }> {
    return this.dataSource.transaction(async (tx) => {
      const trainee = await this.trainees.own(tx, user, true);
      const cohort = await completedCohortOf(tx, trainee.id, dto.cohortId);
      if (!cohort) throw notFound('ENROLLMENT_COHORT.NOT_FOUND', { field: 'cohortId', message: COHORT_NOT_FOUND });
      if (await hasAnswered(tx, trainee.id, dto.cohortId))
        throw conflict('SURVEY.ALREADY_ANSWERED', { message: '이미 응답한 설문입니다 / You have already answered this survey' });
      checkAnswers(dto, cohort);
      const response: SurveyResponse = {
        id: randomUUID(),
        tenantId: cohort.tenantId,
        cohortId: cohort.cohortId,
        courseId: cohort.courseId,
        courseCode: cohort.courseCode,
        educationType: cohort.educationType,
        fieldCode: cohort.fieldCode,
        fiscalYear: yearOf(cohort.endDate),
        itemScores: dto.items.map(({ itemCode, score }) => ({ itemCode, score })),
        instructorScores: dto.instructors.map(({ instructorId, score }) => ({ instructorId, score })),
        scoreSum: dto.items.reduce((sum, i) => sum + i.score, 0),
        scoreCount: dto.items.length,
        comment: dto.comment?.trim() || null,
        submittedOn: seoulToday(),
      };
      await storeResponse(tx, trainee.id, response);
      if (cohort.courseId) {
        await this.publisher.publish(tx, SurveySubmittedV1, cohort.tenantId, {
          responseId: response.id,
          cohortId: cohort.cohortId,
          courseId: cohort.courseId,
          itemScores: response.itemScores,
          instructorScores: response.instructorScores,
        });
      }
      return { submitted: true as const };
    });
  }
}

/** Every item answered once, and every instructor of the cohort rated once. */
function checkAnswers(dto: SatisfactionSurveyDto, cohort: Cohort) {
  const errors: FieldError[] = [];
  const codes = dto.items.map((i) => i.itemCode);
  const missing = SURVEY_ITEM_CODES.filter((c) => !codes.includes(c));
  if (missing.length > 0 || new Set(codes).size !== codes.length) {
    errors.push(
      fieldError(
        'items',
        'SURVEY.ITEMS_INCOMPLETE',
        { missing },
        `모든 문항에 한 번씩 답해 주세요 (빠진 문항: ${missing.join(', ') || '없음'}) / answer every item once (missing: ${missing.join(', ') || 'none'})`,
      ),
    );
  }
  const expected = new Set(cohort.instructors.map((i) => i.instructorId));
  const rated = dto.instructors.map((i) => i.instructorId);
  if (rated.length !== expected.size || new Set(rated).size !== rated.length || rated.some((id) => !expected.has(id))) {
    errors.push(
      fieldError(
        'instructors',
        'SURVEY.INSTRUCTORS_INCOMPLETE',
        { expected: expected.size },
        '이 기수의 강사를 한 번씩 평가해 주세요 / rate each instructor of this cohort once',
      ),
    );
  }
  if (errors.length > 0) throw invalidInput(errors);
}
