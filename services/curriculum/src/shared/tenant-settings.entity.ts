import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A tenant's scheduling policy. */
@Entity({ name: 'tenant_settings' })
export class TenantSettings {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  /** 일상회복 1단계 거리두기: half a room's capacity and fewer than 100 people per cohort. */
  @Column('boolean', { name: 'distancing_enabled' })
  distancingEnabled: boolean;

  /** Daily hours a new cohort gets when none are given (HH:MM, Asia/Seoul). */
  @Column('text', { name: 'default_daily_start' })
  defaultDailyStart: string;

  @Column('text', { name: 'default_daily_end' })
  defaultDailyEnd: string;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}
