import { CreateDemandSurveyDto, DemandSurveyView } from '@baeum/api';
import { isCalendarDate } from '@baeum/calendar';
import { AuthUser, FieldError, fieldError, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DemandSurvey } from '../../demand-survey.entity';
import { courseExists, toSurveyView } from '../../surveys.queries';

/** A new demand survey: its titles, the days it is open and, if it asks about one course, that course. */
export type CreateSurveyCommand = CreateDemandSurveyDto;

/** Opens a demand survey (수요조사) for the tenant's trainees; every problem of the input is named at once. */
@Injectable()
export class CreateSurveyUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(user: AuthUser, command: CreateSurveyCommand): Promise<DemandSurveyView> {
    const m = this.dataSource.manager;
    const errors: FieldError[] = [];
    if (!isCalendarDate(command.opensOn))
      errors.push(fieldError('opensOn', 'VALIDATION.DATE', { value: command.opensOn }, '없는 날짜입니다 / not a calendar date'));
    if (!isCalendarDate(command.closesOn))
      errors.push(fieldError('closesOn', 'VALIDATION.DATE', { value: command.closesOn }, '없는 날짜입니다 / not a calendar date'));
    else if (command.closesOn < command.opensOn)
      errors.push(
        fieldError(
          'closesOn',
          'DEMAND_SURVEY.CLOSES_BEFORE_OPENS',
          { opensOn: command.opensOn, closesOn: command.closesOn },
          '마감일이 시작일보다 빠릅니다 / closesOn must not be before opensOn',
        ),
      );
    if (command.courseId && !(await courseExists(m, user.tenantId, command.courseId))) {
      errors.push(fieldError('courseId', 'COURSE.NOT_FOUND', { courseId: command.courseId }, '과정을 찾을 수 없습니다 / course not found'));
    }
    if (errors.length > 0) throw invalidInput(errors);
    const survey: DemandSurvey = {
      id: randomUUID(),
      tenantId: user.tenantId,
      titleKo: command.titleKo,
      titleEn: command.titleEn,
      courseId: command.courseId ?? null,
      opensOn: command.opensOn,
      closesOn: command.closesOn,
      generated: false,
      sourceNote: null,
      createdAt: new Date(),
    };
    await m.insert(DemandSurvey, survey);
    return toSurveyView(m, survey);
  }
}
