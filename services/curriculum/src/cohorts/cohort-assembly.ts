import type { AgencyQuota, DeliveryMode } from '@baeum/contracts';
import { FieldError, fieldError, invalidInput } from '@baeum/service-kit';
import { In, type EntityManager } from 'typeorm';
import { inactiveAgencies } from '../agencies/agencies.queries';
import type { Course } from '../courses/course.entity';
import { Instructor } from '../instructors/instructor.entity';
import { Room } from '../rooms/room.entity';
import { settingsOf } from '../shared/tenant-settings';
import { bookingLocks, conflictError } from './bookings';
import { bookingConflicts, lockKeys } from './cohorts.queries';
import { capacityInRoom, CohortTerms, modeProblem, termsProblems, TermsInput, withDefaults } from './cohort-rules';
import type { InstructorRef } from './cohort.view';

export interface CohortRequest extends TermsInput {
  deliveryMode?: DeliveryMode;
  roomId?: string | null;
  instructorIds?: string[];
}

export interface AssembledCohort {
  terms: CohortTerms;
  deliveryMode: DeliveryMode;
  room: Room | null;
  instructors: InstructorRef[];
  /** The requested capacity was lowered to the distancing limit. */
  limitedByDistancing: boolean;
  /** The quotas' agencies the tenant has deactivated (their kept quotas are shown marked). */
  inactiveAgencies: Set<string>;
}

/**
 * Everything scheduling and changing a cohort have in common: defaults, the rules, the room and
 * instructors of the tenant, the room's capacity policy, and — under locks on what is booked —
 * no overlap with another cohort. A deactivated agency is given no quota: a quota of its that is new, or
 * whose seats differ from `keptQuotas` (the cohort's before the change), is refused naming the quota's
 * agency field; one kept as it was stays. Throws 400 naming each bad field, or 409 naming the conflicts.
 */
export async function assembleCohort(
  tx: EntityManager,
  tenantId: string,
  course: Course,
  request: CohortRequest,
  cohortId: string | null,
  extraLocks: string[] = [],
  keptQuotas: AgencyQuota[] = [],
): Promise<AssembledCohort> {
  const settings = await settingsOf(tx, tenantId);
  const terms = withDefaults(request, { dailyStart: settings.defaultDailyStart, dailyEnd: settings.defaultDailyEnd });
  const deliveryMode = request.deliveryMode ?? course.deliveryMode;
  const errors: FieldError[] = termsProblems(terms);
  const modeError = modeProblem(course.educationType === 'e_learning', deliveryMode);
  if (modeError) errors.push(modeError);

  const room = request.roomId ? await tx.findOne(Room, { where: { id: request.roomId, tenantId } }) : null;
  if (request.roomId && !room)
    errors.push(fieldError('roomId', 'ROOM.NOT_FOUND', { roomId: request.roomId }, '없는 강의실입니다 / no such room'));
  if (room && deliveryMode === 'e_learning')
    errors.push(
      fieldError('roomId', 'COHORT.E_LEARNING_ROOM', { room: room.nameKo }, 'e-러닝에는 강의실이 없습니다 / e-learning has no room'),
    );
  const instructorIds = request.instructorIds ?? [];
  const instructors = instructorIds.length > 0 ? await tx.find(Instructor, { where: { id: In(instructorIds), tenantId } }) : [];
  if (instructors.length !== instructorIds.length) {
    const known = new Set(instructors.map((i) => i.id));
    errors.push(
      fieldError(
        'instructorIds',
        'INSTRUCTOR.NOT_FOUND',
        { instructorIds: instructorIds.filter((id) => !known.has(id)) },
        '없는 강사가 있습니다 / an instructor does not exist',
      ),
    );
  }

  const inactive = await inactiveAgencies(
    tx,
    tenantId,
    terms.agencyQuotas.map((q) => q.agencyCode),
  );
  const kept = new Map(keptQuotas.map((q) => [q.agencyCode, q.seats]));
  terms.agencyQuotas.forEach((q, i) => {
    if (inactive.has(q.agencyCode) && kept.get(q.agencyCode) !== q.seats)
      errors.push(
        fieldError(
          `agencyQuotas.${i}.agencyCode`,
          'COHORT.QUOTA_AGENCY_INACTIVE',
          { agencyCode: q.agencyCode },
          '비활성화된 기관에는 인원을 배정할 수 없습니다 / a deactivated agency is given no quota',
        ),
      );
  });

  const placed = capacityInRoom(terms.capacity, room, deliveryMode, settings.distancingEnabled);
  if ('field' in placed) errors.push(placed);
  else terms.capacity = placed.capacity;
  if (errors.length > 0) throw invalidInput(errors);
  // A lowered capacity may now be under the quotas or the minimum fill.
  const after = termsProblems(terms);
  if (after.length > 0) throw invalidInput(after);

  const booking = {
    cohortId,
    roomId: room?.id ?? null,
    instructorIds,
    startDate: terms.startDate,
    endDate: terms.endDate,
    dailyStartTime: terms.dailyStartTime,
    dailyEndTime: terms.dailyEndTime,
  };
  await lockKeys(tx, [...bookingLocks(booking), ...extraLocks]);
  const conflicts = await bookingConflicts(tx, tenantId, booking);
  if (conflicts.length > 0) throw conflictError(conflicts);

  const byId = new Map(instructors.map((i) => [i.id, i]));
  return {
    terms,
    deliveryMode,
    room,
    instructors: instructorIds.map((id) => ({ id, name: byId.get(id)!.name })),
    limitedByDistancing: !('field' in placed) && placed.limitedByDistancing,
    inactiveAgencies: inactive,
  };
}
