import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 평가위원: rates candidates; signs in with role `assessor` as `userId`. */
@Entity({ name: 'assessor' })
@Index('UQ_assessor_user', ['tenantId', 'userId'], { unique: true })
export class Assessor {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('text', { name: 'name_ko' })
  nameKo: string;

  /** Their own agency, when they serve in one: they never rate candidates of it. */
  @Column('text', { name: 'agency_code', nullable: true })
  agencyCode: string | null;

  @Column('boolean')
  active: boolean;
}
