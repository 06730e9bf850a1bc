import { CohortChangedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { ChangeCohortDto } from '@baeum/api';
import { AuthUser, conflict, fieldError, invalidInput } from '@baeum/service-kit';
import { fiscalYearOf } from '@baeum/calendar';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { requireChargeableLine } from '../../../budget-lines/budget-line-check';
import { BudgetLineQueries } from '../../../budget-lines/budget-lines.queries';
import { Course } from '../../../courses/course.entity';
import { Room } from '../../../rooms/room.entity';
import { found } from '../../../shared/errors';
import { assembleCohort } from '../../cohort-assembly';
import { termsOf } from '../../cohort-rules';
import { Cohort, CohortInstructor } from '../../cohort.entity';
import { instructorsOf } from '../../cohorts.queries';
import { changedFields, cohortSnapshot, toCohortView } from '../../cohort.view';
import { ScheduledCohort } from '../schedule-cohort/schedule-cohort.usecase';

/**
 * Reschedules or edits a scheduled cohort under the same rules as scheduling it, and announces
 * the whole cohort after the change with the names of the fields that changed and the reason.
 * An event handler passes its transaction (`within`): the change then commits with its inbox
 * entry, in a savepoint of its own so that a refusal undoes only the change.
 */
@Injectable()
export class ChangeCohortUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly budgetLines: BudgetLineQueries,
  ) {}

  execute(user: AuthUser, id: string, command: ChangeCohortDto, within?: EntityManager): Promise<ScheduledCohort> {
    return (within ?? this.dataSource.manager).transaction(async (tx) => {
      const cohort = found(
        await tx.findOne(Cohort, { where: { id, tenantId: user.tenantId }, lock: { mode: 'pessimistic_write' } }),
        'COHORT.NOT_FOUND',
        ['기수', 'Cohort'],
      );
      if (cohort.status !== 'scheduled') {
        throw conflict('COHORT.CLOSED', {
          params: { status: cohort.status },
          message: `${cohort.status === 'cancelled' ? '폐강한' : '종료한'} 기수는 바꿀 수 없습니다 / a ${cohort.status} cohort cannot change`,
        });
      }
      const course = await tx.findOneOrFail(Course, { where: { id: cohort.courseId } });
      const room = cohort.roomId ? await tx.findOne(Room, { where: { id: cohort.roomId } }) : null;
      const instructors = (await instructorsOf(tx, [cohort.id])).get(cohort.id) ?? [];
      const before = cohortSnapshot({ cohort, course, room, instructors });

      const { reason, estimatedCost, budgetLineCode, ...asked } = command;
      const given = Object.fromEntries(Object.entries(asked).filter(([, v]) => v !== undefined));
      if (given.capacity !== undefined && (given.capacity as number) < cohort.confirmed) {
        throw invalidInput([
          fieldError(
            'capacity',
            'COHORT.CAPACITY_BELOW_CONFIRMED',
            { capacity: given.capacity as number, confirmed: cohort.confirmed },
            `정원은 확정 인원(${cohort.confirmed}명)보다 적을 수 없습니다 / capacity cannot go below the ${cohort.confirmed} confirmed seats`,
          ),
        ]);
      }
      const request = {
        ...termsOf(cohort),
        deliveryMode: cohort.deliveryMode,
        roomId: cohort.roomId,
        instructorIds: instructors.map((i) => i.id),
        ...given,
      };
      const assembled = await assembleCohort(tx, user.tenantId, course, request, cohort.id, [], cohort.agencyQuotas);
      // A new line, or a start in another fiscal year, must be a chargeable line of the year it starts in.
      const line = budgetLineCode ?? cohort.budgetLineCode;
      if (line !== cohort.budgetLineCode || fiscalYearOf(assembled.terms.startDate) !== fiscalYearOf(cohort.startDate))
        await requireChargeableLine(tx, this.budgetLines, user.tenantId, line, assembled.terms.startDate);
      Object.assign(cohort, assembled.terms, {
        deliveryMode: assembled.deliveryMode,
        roomId: assembled.room?.id ?? null,
        estimatedCost: estimatedCost === undefined ? cohort.estimatedCost : BigInt(estimatedCost),
        budgetLineCode: budgetLineCode ?? cohort.budgetLineCode,
        updatedAt: new Date(),
      });
      const parts = {
        cohort,
        course,
        room: assembled.room,
        instructors: assembled.instructors,
        inactiveAgencies: assembled.inactiveAgencies,
      };
      const after = cohortSnapshot(parts);
      const changed = changedFields(before, after);
      if (changed.length > 0) {
        await tx.save(Cohort, cohort);
        await tx.delete(CohortInstructor, { cohortId: cohort.id });
        if (assembled.instructors.length > 0)
          await tx.insert(
            CohortInstructor,
            assembled.instructors.map((i) => ({ cohortId: cohort.id, instructorId: i.id, tenantId: user.tenantId })),
          );
        await this.publisher.publish(tx, CohortChangedV1, user.tenantId, { ...after, changedFields: changed, reason });
      }
      return { ...toCohortView(parts), limitedByDistancing: assembled.limitedByDistancing };
    });
  }
}
