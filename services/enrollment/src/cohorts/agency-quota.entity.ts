import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Seats a cohort reserves for one agency while quotas hold, and how many of them are taken. */
@Entity({ name: 'cohort_agency_quota' })
export class AgencyQuota {
  @PrimaryColumn('uuid', { name: 'cohort_id' })
  cohortId: string;

  @PrimaryColumn('text', { name: 'agency_code' })
  agencyCode: string;

  @Column('int')
  seats: number;

  @Column('int', { default: 0 })
  confirmed: number;
}
