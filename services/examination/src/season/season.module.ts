import { Module } from '@nestjs/common';
import { FeesModule } from '../fees/fees.module';
import { ResultsModule } from '../results/results.module';
import { AnnounceDueResults } from './announce-results';
import { LapseUnpaidApplications } from './lapse-unpaid';
import { SeasonSweeper } from './season-sweeper';

/** The season's timed work: unpaid applications lapse, due results are announced. */
@Module({
  imports: [FeesModule, ResultsModule],
  providers: [LapseUnpaidApplications, AnnounceDueResults, SeasonSweeper],
})
export class SeasonModule {}
