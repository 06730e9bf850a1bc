import { Module } from '@nestjs/common';
import { SettingsChangedConsumer } from './consumers/settings-changed.consumer';

/** The tenant's own holidays, kept from curriculum's settings: an event handler, and queries the other features read. */
@Module({})
export class InstituteCalendarModule {
  /** Event handlers, run by MessagingModule (app.module.ts hands them to it). */
  static readonly consumers = [SettingsChangedConsumer];
}
