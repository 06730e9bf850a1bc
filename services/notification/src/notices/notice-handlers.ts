import type { EventEnvelope } from '@baeum/contracts';
import { BatchEnd, EventHandler } from '@baeum/messaging';
import { Injectable, Optional } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { EntityManager } from 'typeorm';
import { NOTICE_CONSUMERS } from './notice-consumers';

/** Hands a held event to the notice consumer of its type and version, as the consumer runtime would. */
@Injectable()
export class NoticeHandlers {
  private byType?: Map<string, EventHandler>;

  /** `handlers` for specs; in the service, the consumers the messaging module made. */
  constructor(
    private readonly moduleRef?: ModuleRef,
    @Optional() handlers?: EventHandler[],
  ) {
    if (handlers) this.byType = NoticeHandlers.index(handlers);
  }

  /** Handles the event again; an event of a type no notice consumer handles any longer is passed by. */
  async handle(event: EventEnvelope<unknown>, tx: EntityManager, batch: BatchEnd): Promise<void> {
    // Looked up on first use: the messaging module makes the consumers after this is made.
    this.byType ??= NoticeHandlers.index(NOTICE_CONSUMERS.map((type) => this.moduleRef!.get<EventHandler>(type, { strict: false })));
    await this.byType.get(`${event.type}@${event.version}`)?.handle(event, tx, batch);
  }

  private static index(handlers: EventHandler[]): Map<string, EventHandler> {
    return new Map(handlers.map((h) => [`${h.contract.type}@${h.contract.version}`, h]));
  }
}
