import { CohortCancelledV1, CohortCompletedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Course } from '../../../courses/course.entity';
import { seoulToday } from '@baeum/calendar';
import { found } from '../../../shared/errors';
import { Cohort } from '../../cohort.entity';
import { loadCohorts } from '../../cohorts.queries';
import { CohortView, toCohortView } from '../../cohort.view';

/**
 * Ends a scheduled cohort: cancelled (폐강) with a reason, or completed (교육 종료) once its last day
 * has come. An event handler passes its transaction (`within`), as for a change of the cohort.
 */
@Injectable()
export class CloseCohortUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  cancel(user: AuthUser, id: string, reason: string, within?: EntityManager): Promise<CohortView> {
    return this.close(user, id, within, async (tx, cohort) => {
      const course = cohort.course!;
      cohort.status = 'cancelled';
      cohort.statusReason = reason;
      await this.publisher.publish(tx, CohortCancelledV1, user.tenantId, {
        cohortId: cohort.id,
        courseId: course.id,
        courseCode: course.code,
        startDate: cohort.startDate,
        budgetLineCode: cohort.budgetLineCode,
        reason,
      });
    });
  }

  complete(user: AuthUser, id: string, within?: EntityManager): Promise<CohortView> {
    return this.close(user, id, within, async (tx, cohort) => {
      if (cohort.endDate > seoulToday()) {
        throw conflict('COHORT.NOT_ENDED', {
          params: { endDate: cohort.endDate },
          message: `교육 종료일(${cohort.endDate}) 이후에 종료 처리할 수 있습니다 / a cohort can be closed from its last day (${cohort.endDate})`,
        });
      }
      cohort.status = 'completed';
      await this.publisher.publish(tx, CohortCompletedV1, user.tenantId, {
        cohortId: cohort.id,
        courseId: cohort.courseId,
        courseCode: cohort.course!.code,
        endDate: cohort.endDate,
      });
    });
  }

  private close(
    user: AuthUser,
    id: string,
    within: EntityManager | undefined,
    apply: (tx: EntityManager, cohort: Cohort) => Promise<void>,
  ): Promise<CohortView> {
    return (within ?? this.dataSource.manager).transaction(async (tx) => {
      const cohort = found(
        await tx.findOne(Cohort, { where: { id, tenantId: user.tenantId }, lock: { mode: 'pessimistic_write' } }),
        'COHORT.NOT_FOUND',
        ['기수', 'Cohort'],
      );
      if (cohort.status !== 'scheduled') {
        throw conflict('COHORT.ALREADY_CLOSED', {
          params: { status: cohort.status },
          message: `이미 ${cohort.status === 'cancelled' ? '폐강한' : '종료한'} 기수입니다 / the cohort is already ${cohort.status}`,
        });
      }
      cohort.course = await tx.findOneByOrFail(Course, { id: cohort.courseId });
      await apply(tx, cohort);
      await tx.update(Cohort, { id: cohort.id }, { status: cohort.status, statusReason: cohort.statusReason, updatedAt: new Date() });
      const [parts] = await loadCohorts(tx, user.tenantId, { ids: [cohort.id] });
      return toCohortView(parts);
    });
  }
}
