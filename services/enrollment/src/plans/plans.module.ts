import { Module } from '@nestjs/common';
import { PlanApprovedConsumer } from './consumers/plan-approved.consumer';

/** The approved plans' figures, for the results report: only an event handler. */
@Module({})
export class PlansModule {
  /** Event handlers, run by MessagingModule (app.module.ts hands them to it). */
  static readonly consumers = [PlanApprovedConsumer];
}
