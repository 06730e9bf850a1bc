import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A notice for one trainee, or for every holder of a role in a tenant (course managers). */
@Entity({ name: 'notification' })
@Index('IDX_notification_trainee', ['traineeId', 'createdAt'])
@Index('IDX_notification_role', ['tenantId', 'audienceRole', 'createdAt'])
export class Notification {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'trainee_id', nullable: true })
  traineeId: string | null;

  @Column('text', { name: 'audience_role', nullable: true })
  audienceRole: string | null;

  @Column('text')
  kind: string;

  @Column('uuid', { name: 'cohort_id', nullable: true })
  cohortId: string | null;

  @Column('uuid', { name: 'application_id', nullable: true })
  applicationId: string | null;

  @Column('text', { name: 'message_ko' })
  messageKo: string;

  @Column('text', { name: 'message_en' })
  messageEn: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}
