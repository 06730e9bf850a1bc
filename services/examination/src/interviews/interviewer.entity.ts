import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A member of the interviewer pool (면접위원 인력풀), found e.g. through the National Talent Database. */
@Entity({ name: 'interviewer' })
@Index('IDX_interviewer_tenant', ['tenantId'])
export class Interviewer {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('text', { name: 'name_ko' })
  nameKo: string;

  @Column('text')
  affiliation: string;

  @Column('text')
  expertise: string;

  /** 외부위원: from outside the city government. */
  @Column('boolean')
  external: boolean;

  @Column('boolean')
  active: boolean;
}
