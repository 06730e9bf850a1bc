import { Global, Module } from '@nestjs/common';
import { TraineeLinkedConsumer } from './consumers/trainee-linked.consumer';
import { UserChangedConsumer } from './consumers/user-changed.consumer';
import { NOTICE_CONSUMERS } from './notice-consumers';
import { HeldNoticesQueries } from './held-notices.queries';
import { NoticeHandlers } from './notice-handlers';
import { TellPeople } from './tell-people';
import { ReleaseHeldNoticesUseCase } from './usecases/release-held-notices/release-held-notices.usecase';

/**
 * What the domain events tell people (notice-consumers.ts), and the announcements of people and
 * trainee links, which record the contact or link and then give the notices held for it. Global, as
 * contacts/: the messaging module builds the handlers in its own scope.
 */
@Global()
@Module({
  providers: [HeldNoticesQueries, TellPeople, NoticeHandlers, ReleaseHeldNoticesUseCase],
  exports: [TellPeople, NoticeHandlers, ReleaseHeldNoticesUseCase],
})
export class NoticesModule {
  /** app.module.ts hands these to the messaging module. */
  static readonly consumers = [...NOTICE_CONSUMERS, UserChangedConsumer, TraineeLinkedConsumer];
}
