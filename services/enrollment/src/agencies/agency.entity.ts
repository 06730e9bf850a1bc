import type { AgencyKind } from '@baeum/source-data';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An agency (기관) whose staff a tenant trains; trainees, quotas and agency admins refer to it by code. */
@Entity({ name: 'agency' })
export class Agency {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  @PrimaryColumn('text')
  code: string;

  @Column('text', { name: 'name_ko' })
  nameKo: string;

  @Column('text', { name: 'name_en' })
  nameEn: string;

  @Column('text')
  kind: AgencyKind;
}
