import type { Role } from '@baeum/service-kit';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'app_user' })
@Index('UQ_app_user_tenant_email', ['tenantId', 'email'], { unique: true })
@Check('CHK_app_user_role_held', `"role" = ANY ("roles")`)
@Check('CHK_app_user_phone', `"phone" ~ '^010-[0-9]{4}-[0-9]{4}$'`)
export class User {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  /** Stored lower-case. */
  @Column('text')
  email: string;

  @Column('text')
  name: string;

  /** The role a session acts in at sign-in (the primary role); always one of `roles`. */
  @Column('text')
  role: Role;

  /** Every role the person holds (a session switches among them); filled with `role` when left empty. */
  @Column('text', { array: true, default: () => "'{}'" })
  roles?: Role[];

  /** The agency (기관) of a trainee or agency admin, by code; null for institute staff and applicants. */
  @Column('text', { name: 'agency_code', nullable: true })
  agencyCode: string | null;

  /**
   * The person's own mobile number for text messages (`010-1234-5678`), set on their account screen;
   * optional. Personal data: announced only to the notification service (identity.user.changed).
   */
  @Column('text', { nullable: true })
  phone?: string | null;

  @Column('text', { name: 'password_hash' })
  passwordHash: string;

  /** Made with a temporary password: the user is asked for a new one until they set it. */
  @Column('boolean', { name: 'must_change_password', default: false })
  mustChangePassword: boolean;

  /** Raised by every password change: tokens carry it (`cv`), and older ones stop working at the gateway. */
  @Column('integer', { name: 'credential_version', default: 1 })
  credentialVersion: number;

  /** Set when the account is disabled: it cannot sign in and its tokens stop working. */
  @Column('timestamptz', { name: 'disabled_at', nullable: true })
  disabledAt: Date | null;

  /**
   * When the owner proved the address: an applicant's own sign-up waits (null) until the mailed link is
   * opened, and cannot sign in till then. Accounts made by staff are verified when made.
   */
  @Column('timestamptz', { name: 'verified_at', nullable: true, default: () => 'now()' })
  verifiedAt: Date | null;
}
