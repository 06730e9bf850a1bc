import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A tenant's own holidays, kept from curriculum's `curriculum.settings.changed`: meal-days leave them
 * out. `changedAt` is the settings' time, so an older event never overwrites a newer one.
 */
@Entity({ name: 'institute_calendar' })
export class InstituteCalendar {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  /** The holidays' dates (YYYY-MM-DD, Asia/Seoul), sorted. */
  @Column('jsonb', { default: () => "'[]'" })
  holidays: string[];

  @Column('timestamptz', { name: 'changed_at' })
  changedAt: Date;
}
