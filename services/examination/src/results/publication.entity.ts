import type { ResultStage } from '@baeum/api';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * 합격자 발표: a stage's results become visible to applicants at `publishAt`, not before; the
 * results-published event leaves once that instant has passed (`announcedAt`).
 */
@Entity({ name: 'publication' })
export class Publication {
  @PrimaryColumn('uuid', { name: 'exam_id' })
  examId: string;

  @PrimaryColumn('text')
  stage: ResultStage;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('timestamptz', { name: 'publish_at' })
  publishAt: Date;

  @Column('int')
  positions: number;

  @Column('int')
  passed: number;

  @Column('timestamptz', { name: 'announced_at', nullable: true })
  announcedAt: Date | null;
}
