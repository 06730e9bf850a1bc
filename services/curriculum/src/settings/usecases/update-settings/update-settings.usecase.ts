import { CurriculumSettingsView, DistancingAdjustmentView, UpdateCurriculumSettingsDto } from '@baeum/api';
import { seoulToday } from '@baeum/calendar';
import { CohortChangedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser, fieldError, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Cohort } from '../../../cohorts/cohort.entity';
import { loadCohorts } from '../../../cohorts/cohorts.queries';
import { usesRoomSeats } from '../../../cohorts/cohort-rules';
import { changedFields, cohortSnapshot } from '../../../cohorts/cohort.view';
import { roomLimit } from '../../../rooms/room-rules';
import { apportion } from '../../../shared/apportion';
import { TenantSettings } from '../../../shared/tenant-settings.entity';
import { settingsOf } from '../../../shared/tenant-settings';
import { lockSettings, toSettingsView } from '../../settings.queries';

export const DISTANCING_REASON =
  '거리두기(일상회복 1단계) 적용: 강의실 수용 인원의 1/2, 100명 미만 / distancing rule applied: half the room, under 100 people';

/** The tenant's settings to change (the distancing rule, a new cohort's daily hours); what is left out stays. */
export type UpdateSettingsCommand = UpdateCurriculumSettingsDto;

/**
 * Changes a tenant's curriculum settings. Switching the distancing rule on applies it at once:
 * every scheduled cohort still to come in a room gets at most half the room's seats (under 100),
 * announced as a change.
 */
@Injectable()
export class UpdateSettingsUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  execute(user: AuthUser, command: UpdateSettingsCommand): Promise<CurriculumSettingsView> {
    return this.dataSource.transaction(async (tx) => {
      await lockSettings(tx, user.tenantId);
      const settings = await settingsOf(tx, user.tenantId);
      const switchedOn = command.distancingEnabled === true && !settings.distancingEnabled;
      // A field left out, or sent as null (which the optional validators let through), stays as it is.
      const given = Object.entries(command).filter(([key, value]) => value !== undefined && value !== null && key in settings);
      const changes = given.filter(([key, value]) => settings[key as keyof TenantSettings] !== value);
      // Nothing to change: answered as it stands, and nothing is written.
      if (changes.length === 0) return toSettingsView(settings);
      Object.assign(settings, Object.fromEntries(changes), { updatedAt: new Date() });
      if (settings.defaultDailyEnd <= settings.defaultDailyStart) {
        const params = { defaultDailyStart: settings.defaultDailyStart, defaultDailyEnd: settings.defaultDailyEnd };
        throw invalidInput([
          fieldError(
            'defaultDailyEnd',
            'CURRICULUM_SETTINGS.HOURS_REVERSED',
            params,
            '종료 시각이 시작 시각보다 늦어야 합니다 / the end must be after the start',
          ),
        ]);
      }
      await tx.save(TenantSettings, settings);
      return { ...toSettingsView(settings), ...(switchedOn ? { adjustedCohorts: await this.applyDistancing(tx, user.tenantId) } : {}) };
    });
  }

  private async applyDistancing(tx: EntityManager, tenantId: string): Promise<DistancingAdjustmentView[]> {
    const upcoming = await loadCohorts(tx, tenantId, { from: seoulToday(), status: 'scheduled' }, 100_000);
    const adjusted: DistancingAdjustmentView[] = [];
    for (const parts of upcoming) {
      const { cohort, room } = parts;
      if (!room || !usesRoomSeats(cohort.deliveryMode)) continue;
      const limit = roomLimit(room.capacity, true);
      if (cohort.capacity <= limit) continue;
      const before = cohortSnapshot(parts);
      const from = cohort.capacity;
      cohort.capacity = limit;
      cohort.minimumFill = Math.min(cohort.minimumFill, limit);
      // Quotas shrink in proportion when they no longer fit.
      if (cohort.agencyQuotas.reduce((a, q) => a + q.seats, 0) > limit) {
        const seats = apportion(
          limit,
          cohort.agencyQuotas.map((q) => q.seats),
        );
        cohort.agencyQuotas = cohort.agencyQuotas.map((q, i) => ({ agencyCode: q.agencyCode, seats: seats[i] }));
      }
      cohort.updatedAt = new Date();
      await tx.update(
        Cohort,
        { id: cohort.id },
        { capacity: cohort.capacity, minimumFill: cohort.minimumFill, agencyQuotas: cohort.agencyQuotas, updatedAt: cohort.updatedAt },
      );
      const after = cohortSnapshot(parts);
      await this.publisher.publish(tx, CohortChangedV1, tenantId, {
        ...after,
        changedFields: changedFields(before, after),
        reason: DISTANCING_REASON,
      });
      adjusted.push({ id: cohort.id, courseNameKo: parts.course.nameKo, cohortNo: cohort.cohortNo, from, to: limit });
    }
    return adjusted;
  }
}
