import { CurriculumSettingsView, DistancingAdjustmentView, UpdateInstituteSettingsDto } from '@baeum/api';
import { seoulToday } from '@baeum/calendar';
import { CohortChangedV1, InstituteSettingsChangedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { auditBy, AuthUser, changedFields as changedValues, fieldError, invalidInput, recordAudit } from '@baeum/service-kit';
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
import { lockSettings, saveSettings, toSettingsView } from '../../settings.queries';

export const DISTANCING_REASON =
  '거리두기(일상회복 1단계) 적용: 강의실 수용 인원의 1/2, 100명 미만 / distancing rule applied: half the room, under 100 people';

/**
 * The tenant's settings to change: the distancing rule and a new cohort's daily hours (planners and course
 * managers), and the institute's names, code and own holidays (its administrator); what is left out stays.
 */
export type UpdateSettingsCommand = UpdateInstituteSettingsDto;

/** The fields an administrator sets, as the audit log and the event keep them. */
const SETTING_FIELDS = ['nameKo', 'nameEn', 'code', 'distancingEnabled', 'defaultDailyStart', 'defaultDailyEnd', 'holidays'] as const;

const recordOf = (settings: TenantSettings): Record<string, unknown> =>
  Object.fromEntries(SETTING_FIELDS.map((key) => [key, settings[key]]));

/** The holidays by date; a day given twice is refused, naming `holidays`. */
function holidaysOf(given: UpdateInstituteSettingsDto['holidays']): TenantSettings['holidays'] | undefined {
  if (!given) return undefined;
  const holidays = given.map(({ date, name }) => ({ date, name: name.trim() })).sort((a, b) => a.date.localeCompare(b.date));
  const repeated = holidays.find((h, i) => i > 0 && holidays[i - 1].date === h.date);
  if (repeated)
    throw invalidInput([
      fieldError('holidays', 'SETTINGS.HOLIDAY_REPEATED', { date: repeated.date }, '같은 날짜를 두 번 넣었습니다 / a date appears twice'),
    ]);
  return holidays;
}

/**
 * Changes a tenant's settings. Switching the distancing rule on applies it at once: every scheduled
 * cohort still to come in a room gets at most half the room's seats (under 100), announced as a change.
 * A change is recorded in the audit log (`settings.changed`, the changed fields before and after) and
 * announced as `curriculum.settings.changed` with the institute's holidays, in the same transaction.
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
      const before = recordOf(settings);
      const switchedOn = command.distancingEnabled === true && !settings.distancingEnabled;
      // A field left out, or sent as null (which the optional validators let through), stays as it is.
      const given = Object.fromEntries(
        Object.entries({
          distancingEnabled: command.distancingEnabled,
          defaultDailyStart: command.defaultDailyStart,
          defaultDailyEnd: command.defaultDailyEnd,
          nameKo: command.nameKo?.trim(),
          nameEn: command.nameEn?.trim(),
          code: command.code,
          holidays: holidaysOf(command.holidays ?? undefined),
        }).filter(([, value]) => value !== undefined && value !== null),
      );
      const changed = changedValues(before, { ...before, ...given });
      // Nothing to change: answered as it stands, and nothing is written.
      if (!changed) return toSettingsView(settings);
      Object.assign(settings, changed.after, { updatedAt: new Date() });
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
      await saveSettings(tx, settings);
      await recordAudit(
        tx,
        'curriculum',
        auditBy(user, { action: 'settings.changed', subjectType: 'settings', subjectId: user.tenantId, ...changed }),
      );
      await this.publisher.publish(tx, InstituteSettingsChangedV1, user.tenantId, {
        tenantId: user.tenantId,
        ...(settings.nameKo ? { nameKo: settings.nameKo } : {}),
        ...(settings.nameEn ? { nameEn: settings.nameEn } : {}),
        ...(settings.code ? { code: settings.code } : {}),
        distancingEnabled: settings.distancingEnabled,
        holidays: settings.holidays,
        changedAt: settings.updatedAt.toISOString(),
      });
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
