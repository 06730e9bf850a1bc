import { Module } from '@nestjs/common';
import { CoursePublishedConsumer } from './consumers/course-published.consumer';

/** The catalog's courses (categories and codes), kept from curriculum's events: only an event handler. */
@Module({})
export class CoursesModule {
  /** Event handlers, run by MessagingModule (app.module.ts hands them to it). */
  static readonly consumers = [CoursePublishedConsumer];
}
