import { Module } from '@nestjs/common';
import { CohortsController } from './cohorts.controller';

/** The replicated cohorts as staff read them (the replica itself is kept by seats). */
@Module({
  controllers: [CohortsController],
})
export class CohortsModule {}
