import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A person's choice of how to be told: e-mail and text messages on or off, and the quiet hours in which
 * no text is sent (Seoul time, `HH:MM`; none when both are null). No row: the defaults
 * (`DEFAULT_PREFERENCES`). The in-app inbox is always on and has no switch.
 */
@Entity({ name: 'notification_preference' })
@Check('CHK_notification_preference_quiet', `("quiet_start" IS NULL) = ("quiet_end" IS NULL)`)
export class NotificationPreference {
  @PrimaryColumn('uuid', { name: 'tenant_id', primaryKeyConstraintName: 'PK_notification_preference' })
  tenantId: string;

  @PrimaryColumn('uuid', { name: 'user_id', primaryKeyConstraintName: 'PK_notification_preference' })
  userId: string;

  @Column('boolean')
  email: boolean;

  @Column('boolean')
  sms: boolean;

  @Column('text', { name: 'quiet_start', nullable: true })
  quietStart: string | null;

  @Column('text', { name: 'quiet_end', nullable: true })
  quietEnd: string | null;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}
