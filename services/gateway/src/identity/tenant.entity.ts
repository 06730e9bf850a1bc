import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An institute running Baeum (e.g. the Seoul center); every row of every service carries its id. */
@Entity({ name: 'tenant' })
@Check('CHK_tenant_kind', `"kind" IN ('institute', 'platform')`)
export class Tenant {
  @PrimaryColumn('uuid')
  id: string;

  @Index('UQ_tenant_slug', { unique: true })
  @Column('text')
  slug: string;

  @Column('text', { name: 'name_ko' })
  nameKo: string;

  @Column('text', { name: 'name_en' })
  nameEn: string;

  /** `platform`: the one tenant that holds the platform operators (ADR 0014); it is no institute. */
  @Column('text', { default: 'institute' })
  kind?: 'institute' | 'platform';

  /** Set by the platform operator: the institute's people cannot sign in, and their tokens stopped when it was set. */
  @Column('timestamptz', { name: 'deactivated_at', nullable: true })
  deactivatedAt?: Date | null;
}
