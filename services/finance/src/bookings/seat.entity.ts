import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A trainee's seat as enrollment reports it; confirmed seats eat meals. */
@Entity({ name: 'seat' })
@Index('IDX_seat_cohort', ['cohortId'])
export class Seat {
  @PrimaryColumn('uuid', { name: 'application_id' })
  applicationId: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'cohort_id' })
  cohortId: string;

  @Column('text')
  status: 'confirmed' | 'released';

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
