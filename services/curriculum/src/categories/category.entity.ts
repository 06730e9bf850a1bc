import type { CategoryKind } from '@baeum/api';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type { CategoryKind };

/**
 * A node of a tenant's category tree: competency fields (기본역량, …) and their subfields
 * (핵심가치, …). Education type (일반교육 / e-러닝) is the fixed first level above it.
 */
@Entity({ name: 'category' })
@Index('IDX_category_tenant_code', ['tenantId', 'code'], { unique: true })
export class Category {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('text')
  code: string;

  @Column('text')
  kind: CategoryKind;

  /** The field a subfield belongs to; null for fields. */
  @Column('text', { name: 'parent_code', nullable: true })
  parentCode: string | null;

  @Column('text', { name: 'name_ko' })
  nameKo: string;

  @Column('text', { name: 'name_en' })
  nameEn: string;

  @Column('int', { name: 'sort_order' })
  sortOrder: number;
}
