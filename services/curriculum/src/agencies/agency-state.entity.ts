import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Whether an agency (kept by enrollment) is active, as curriculum last heard from
 * `enrollment.agency.changed`: a deactivated agency is given no quota on a cohort. An agency curriculum
 * has heard nothing of counts as active (enrollment announces every deactivation).
 */
@Entity({ name: 'agency_state' })
export class AgencyState {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  @PrimaryColumn('text')
  code: string;

  @Column('text', { name: 'name_ko' })
  nameKo: string;

  @Column('boolean')
  active: boolean;

  @Column('timestamptz', { name: 'changed_at' })
  changedAt: Date;
}
