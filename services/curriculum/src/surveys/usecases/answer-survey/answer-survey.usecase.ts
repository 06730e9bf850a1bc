import { DemandSurveyAnswerDto, DemandSurveyAnswerReceiptView } from '@baeum/api';
import { seoulToday } from '@baeum/calendar';
import { AuthUser, conflict, fieldError, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DemandSurveyResponse, WEEKDAYS } from '../../demand-survey.entity';
import { insertAnswerOnce, surveyOf } from '../../surveys.queries';

/** A trainee's answer: when they can attend, on which days, and what keeps them away. */
export type AnswerSurveyCommand = DemandSurveyAnswerDto;

/** Records a trainee's one answer to a survey while it is open (Seoul dates). */
@Injectable()
export class AnswerSurveyUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(user: AuthUser, surveyId: string, command: AnswerSurveyCommand): Promise<DemandSurveyAnswerReceiptView> {
    const m = this.dataSource.manager;
    const survey = await surveyOf(m, user.tenantId, surveyId);
    const today = seoulToday();
    if (today < survey.opensOn || today > survey.closesOn) {
      throw conflict('DEMAND_SURVEY.CLOSED', {
        params: { opensOn: survey.opensOn, closesOn: survey.closesOn },
        message: `응답 기간(${survey.opensOn}~${survey.closesOn})이 아닙니다 / the survey is open ${survey.opensOn} – ${survey.closesOn}`,
      });
    }
    if (command.latestEnd <= command.earliestStart) {
      throw invalidInput([
        fieldError(
          'latestEnd',
          'DEMAND_SURVEY.HOURS_REVERSED',
          { earliestStart: command.earliestStart, latestEnd: command.latestEnd },
          '가능한 종료 시각이 시작 시각보다 늦어야 합니다 / latestEnd must be after earliestStart',
        ),
      ]);
    }
    const response: DemandSurveyResponse = {
      id: randomUUID(),
      tenantId: user.tenantId,
      surveyId,
      respondentId: user.userId,
      agencyCode: user.agencyCode,
      hardDueToChildcare: command.hardDueToChildcare,
      wantsChildcareFriendly: command.wantsChildcareFriendly,
      earliestStart: command.earliestStart,
      latestEnd: command.latestEnd,
      preferredDays: command.preferredDays ?? [...WEEKDAYS],
      constraints: command.constraints ?? [],
      comment: command.comment?.trim() || null,
      generated: false,
      submittedAt: new Date(),
    };
    if (!(await insertAnswerOnce(m, response)))
      throw conflict('DEMAND_SURVEY.ALREADY_ANSWERED', { message: '이미 응답했습니다 / you have already answered' });
    return { id: response.id };
  }
}
