import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PreparatoryCohort } from './preparatory-cohort.entity';

/** Reads of the preparatory cohorts curriculum announced, inside the caller's tenant. */
@Injectable()
export class PreparatoryCohortQueries {
  constructor(private readonly dataSource: DataSource) {}

  list(tenantId: string): Promise<PreparatoryCohort[]> {
    return this.dataSource.getRepository(PreparatoryCohort).find({ where: { tenantId }, order: { startDate: 'ASC' }, take: 500 });
  }
}
