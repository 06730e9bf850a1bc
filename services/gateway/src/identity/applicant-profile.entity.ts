import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What an applicant (a member of the public) agreed to when signing up; their sign-in is an app_user of role applicant. */
@Entity({ name: 'applicant_profile' })
export class ApplicantProfile {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  /** 개인정보 수집·이용 동의. */
  @Column('timestamptz', { name: 'privacy_consented_at' })
  privacyConsentedAt: Date;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}
