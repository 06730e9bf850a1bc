import { Module } from '@nestjs/common';
import { ReportsController } from './reports.controller';

/** The execution reports (집행 현황), read from the budget book; the highest feature. */
@Module({
  controllers: [ReportsController],
})
export class ReportsModule {}
