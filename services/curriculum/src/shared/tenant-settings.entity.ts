import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A day the institute does not work, beside the national holidays. */
export interface InstituteHoliday {
  date: string;
  name: string;
}

/** A tenant's settings: the institute's identity and own holidays, and its scheduling policy. */
@Entity({ name: 'tenant_settings' })
export class TenantSettings {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('text', { name: 'name_ko', default: '' })
  nameKo: string;

  @Column('text', { name: 'name_en', default: '' })
  nameEn: string;

  /** The institute's own code; '' until set. */
  @Column('text', { default: '' })
  code: string;

  /** The institute's own holidays for the business calendar, by date. */
  @Column('jsonb', { default: () => "'[]'" })
  holidays: InstituteHoliday[];

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
