import type { EventEnvelope } from '@baeum/contracts';
import { BatchEnd, EventHandler, HandlerIndex } from '@baeum/messaging';
import { LOGGER } from '@baeum/service-kit';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Logger } from 'pino';
import { EntityManager } from 'typeorm';
import { NOTICE_CONSUMERS } from './notice-consumers';

/** Hands a held event to the notice consumer of its type and version, checked as the consumer runtime checks it. */
@Injectable()
export class NoticeHandlers {
  private index?: HandlerIndex;

  /** `handlers` for specs; in the service, the consumers the messaging module made. */
  constructor(
    // Named: a type that may be undefined gives Nest no token to inject by.
    @Inject(ModuleRef) private readonly moduleRef: ModuleRef | undefined,
    @Inject(LOGGER) private readonly logger: Logger,
    @Optional() handlers?: EventHandler[],
  ) {
    if (handlers) this.index = new HandlerIndex(handlers);
  }

  /**
   * Handles the event again. One no notice consumer takes any longer, or whose payload the consumer's
   * contract now refuses (a deployment between the hold and now), is passed by: the announcement that
   * released it must not fail for it.
   */
  async handle(event: EventEnvelope<unknown>, tx: EntityManager, batch: BatchEnd): Promise<void> {
    // Looked up on first use: the messaging module makes the consumers after this is made.
    this.index ??= new HandlerIndex(NOTICE_CONSUMERS.map((type) => this.moduleRef!.get<EventHandler>(type, { strict: false })));
    const found = this.index.find(event);
    if (found.kind === 'handler') return found.handler.handle(event, tx, batch);
    if (found.kind === 'refused') this.logger.warn({ eventId: event.id, error: found.error }, 'held event passed by');
  }
}
