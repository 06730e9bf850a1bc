import { Module } from '@nestjs/common';
import { ElearningModule } from '../elearning/elearning.module';
import { ReportsController } from './reports.controller';
import { ImportResults2021UseCase } from './usecases/import-results-2021/import-results-2021.usecase';

@Module({
  imports: [ElearningModule],
  controllers: [ReportsController],
  providers: [ImportResults2021UseCase],
  exports: [ImportResults2021UseCase],
})
export class ReportsModule {}
