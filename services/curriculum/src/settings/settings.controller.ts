import { CohortChangedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { CurriculumSettingsView, DistancingAdjustmentView, INSTITUTE_STAFF, UpdateCurriculumSettingsDto } from '@baeum/api';
import { AuthUser, CurrentUser, fieldError, invalidInput, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource, EntityManager } from 'typeorm';
import { Cohort } from '../cohorts/cohort.entity';
import { loadCohorts } from '../cohorts/cohort-reader';
import { roomLimit, usesRoomSeats } from '../cohorts/cohort-rules';
import { changedFields, cohortSnapshot } from '../cohorts/cohort.view';
import { apportion } from '../shared/apportion';
import { seoulToday } from '@baeum/calendar';
import { PLANNERS } from '../shared/roles';
import { settingsOf } from './settings';
import { TenantSettings } from './tenant-settings.entity';

export const DISTANCING_REASON =
  '거리두기(일상회복 1단계) 적용: 강의실 수용 인원의 1/2, 100명 미만 / distancing rule applied: half the room, under 100 people';

export type SettingsView = CurriculumSettingsView;

const view = ({ distancingEnabled, defaultDailyStart, defaultDailyEnd }: TenantSettings): SettingsView => ({
  distancingEnabled,
  defaultDailyStart,
  defaultDailyEnd,
});

@ApiTags('settings')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff only (docs/security/role-matrix.md).
@Roles(...INSTITUTE_STAFF)
@Controller('settings')
export class SettingsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  @Get()
  @ApiOkResponse({ type: CurriculumSettingsView })
  async get(@CurrentUser() user: AuthUser): Promise<SettingsView> {
    return view(await settingsOf(this.dataSource.manager, user.tenantId));
  }

  /**
   * Switching the distancing rule on applies it at once: every scheduled cohort still to come
   * in a room gets at most half the room's seats (under 100), announced as a change.
   */
  @Put()
  @Roles(...PLANNERS, 'course_manager')
  @ApiOkResponse({ type: CurriculumSettingsView })
  update(@CurrentUser() user: AuthUser, @Body() body: UpdateCurriculumSettingsDto): Promise<SettingsView> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`baeum:curriculum:settings:${user.tenantId}`]);
      const settings = await settingsOf(tx, user.tenantId);
      const switchedOn = body.distancingEnabled === true && !settings.distancingEnabled;
      Object.assign(settings, Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)), { updatedAt: new Date() });
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
      return { ...view(settings), ...(switchedOn ? { adjustedCohorts: await this.applyDistancing(tx, user.tenantId) } : {}) };
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
