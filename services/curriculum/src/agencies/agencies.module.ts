import { Module } from '@nestjs/common';
import { AgencyChangedConsumer } from './consumers/agency-changed.consumer';

/** Enrollment's agencies as curriculum keeps them (whether active); cohorts' quotas are checked against them. */
@Module({})
export class AgenciesModule {
  /** Handed to MessagingModule.forService by app.module.ts, which provides and runs them. */
  static readonly consumers = [AgencyChangedConsumer];
}
