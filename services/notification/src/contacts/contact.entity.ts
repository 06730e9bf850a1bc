import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A person the notification service may tell something: the gateway's user as last announced. */
@Entity({ name: 'contact' })
@Index('IDX_contact_tenant_roles', ['tenantId'])
export class Contact {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('text')
  name: string;

  @Column('text')
  email: string;

  /** The language they asked for, when known. */
  @Column('text', { nullable: true })
  locale: 'ko' | 'en' | null;

  @Column('text', { array: true })
  roles: string[];

  @Column('text', { name: 'agency_code', nullable: true })
  agencyCode: string | null;

  /** Their mobile number for text messages (`010-1234-5678`), when they gave one. */
  @Column('text', { nullable: true })
  phone: string | null;

  @Column('boolean')
  active: boolean;

  /** When the announcing event happened: an older announcement never overwrites a newer one. */
  @Column('timestamptz', { name: 'changed_at' })
  changedAt: Date;
}
