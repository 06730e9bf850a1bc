import { wonTransformer } from '@baeum/service-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 응시수수료 by grade for one exam round. */
@Entity({ name: 'exam_fee' })
export class ExamFee {
  @PrimaryColumn('uuid', { name: 'exam_id' })
  examId: string;

  @PrimaryColumn('int')
  grade: number;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('bigint', { transformer: wonTransformer })
  amount: bigint;
}
