import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An institute running Baeum (e.g. the Seoul center); every row of every service carries its id. */
@Entity({ name: 'tenant' })
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
}
