import { PlanLineDto } from '@baeum/api';
import { AuthUser, conflict, fieldError, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Course } from '../../../courses/course.entity';
import { found } from '../../../shared/errors';
import { PlanLine } from '../../plan-line.entity';
import { PlanVersion } from '../../plan-version.entity';

/** Sets or removes one course's quarters in a draft version. */
@Injectable()
export class SavePlanLineUseCase {
  constructor(private readonly dataSource: DataSource) {}

  put(user: AuthUser, versionId: string, courseId: string, command: PlanLineDto): Promise<PlanLine> {
    return this.dataSource.transaction(async (tx) => {
      const version = await this.draft(tx, user, versionId);
      const course = found(
        await tx.findOne(Course, { where: { id: courseId, tenantId: user.tenantId } }),
        'COURSE.NOT_FOUND',
        ['과정', 'Course'],
        { courseId },
      );
      if (course.fiscalYear !== version.fiscalYear) {
        throw invalidInput([
          fieldError(
            'courseId',
            'PLAN.COURSE_OTHER_YEAR',
            { fiscalYear: version.fiscalYear, courseFiscalYear: course.fiscalYear },
            `${version.fiscalYear}년도 과정만 넣을 수 있습니다 / only courses of ${version.fiscalYear}`,
          ),
        ]);
      }
      if (course.educationType === 'e_learning' && command.sessions.some((s) => s > 0)) {
        throw invalidInput([
          fieldError(
            'sessions',
            'PLAN.E_LEARNING_SESSIONS',
            undefined,
            'e-러닝은 상시 운영하므로 횟수가 없습니다 / e-learning runs always: no sessions',
          ),
        ]);
      }
      const emptyQuarter = command.trainees.findIndex((t, q) => t > 0 && command.sessions[q] === 0);
      if (course.educationType === 'general' && emptyQuarter >= 0) {
        throw invalidInput([
          fieldError(
            'sessions',
            'PLAN.TRAINEES_WITHOUT_SESSIONS',
            { quarter: emptyQuarter + 1 },
            '교육인원이 있는 분기에는 횟수가 있어야 합니다 / a quarter with trainees needs sessions',
          ),
        ]);
      }
      const existing = await tx.findOne(PlanLine, { where: { planVersionId: versionId, courseId } });
      const line: PlanLine = {
        id: existing?.id ?? randomUUID(),
        tenantId: user.tenantId,
        planVersionId: versionId,
        courseId,
        sessions: command.sessions,
        trainees: command.trainees,
      };
      await tx.save(PlanLine, line);
      return line;
    });
  }

  remove(user: AuthUser, versionId: string, courseId: string): Promise<void> {
    return this.dataSource.transaction(async (tx) => {
      await this.draft(tx, user, versionId);
      const result = await tx.delete(PlanLine, { planVersionId: versionId, courseId, tenantId: user.tenantId });
      if (!result.affected) found(null, 'PLAN.LINE_NOT_FOUND', ['계획 과정', 'Plan line'], { courseId });
    });
  }

  private async draft(tx: EntityManager, user: AuthUser, versionId: string): Promise<PlanVersion> {
    const version = found(
      await tx.findOne(PlanVersion, { where: { id: versionId, tenantId: user.tenantId }, lock: { mode: 'pessimistic_write' } }),
      'PLAN.NOT_FOUND',
      ['교육훈련계획', 'Plan version'],
    );
    if (version.status !== 'draft')
      throw conflict('PLAN.APPROVED', {
        message: '확정된 계획은 고칠 수 없습니다; 변경 계획을 만드세요 / an approved version cannot change: open a change',
      });
    return version;
  }
}
