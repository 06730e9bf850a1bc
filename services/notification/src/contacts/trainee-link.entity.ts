import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A trainee record of enrollment and the account it is linked to (none: null), as last announced. */
@Entity({ name: 'trainee_link' })
export class TraineeLink {
  @PrimaryColumn('uuid', { name: 'tenant_id', primaryKeyConstraintName: 'PK_trainee_link' })
  tenantId: string;

  @PrimaryColumn('uuid', { name: 'trainee_id', primaryKeyConstraintName: 'PK_trainee_link' })
  traineeId: string;

  @Column('uuid', { name: 'user_id', nullable: true })
  userId: string | null;

  @Column('text', { name: 'agency_code' })
  agencyCode: string;

  @Column('timestamptz', { name: 'linked_at' })
  linkedAt: Date;
}
