import type { AgencyKind } from '@baeum/source-data';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An agency (기관) whose staff a tenant trains; trainees, quotas and agency admins refer to it by code. */
@Entity({ name: 'agency' })
export class Agency {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  @PrimaryColumn('text')
  code: string;

  @Column('text', { name: 'name_ko' })
  nameKo: string;

  @Column('text', { name: 'name_en' })
  nameEn: string;

  @Column('text')
  kind: AgencyKind;

  /** A deactivated agency keeps its trainees and history, but its staff cannot apply and it takes no quotas. */
  @Column('boolean', { default: true })
  active: boolean;

  /** Seats per cohort the agency is given unless a cohort says otherwise. */
  @Column('int', { name: 'default_quota', default: 0 })
  defaultQuota: number;
}
