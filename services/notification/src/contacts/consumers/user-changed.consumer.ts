import { EventEnvelope, reliesOn, UserChangedV1 } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RecordContactUseCase } from '../usecases/record-contact/record-contact.usecase';

/** A user was made or changed at the gateway: the contact follows. */
@Injectable()
export class UserChangedConsumer implements EventHandler<UserChangedV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(UserChangedV1, {
    userId: 'uuid',
    email: 'string',
    name: 'string',
    locale: { kind: 'enum', values: ['ko', 'en'], optional: true },
    roles: 'strings',
    agencyCode: 'string?',
    phone: 'string?',
    active: 'boolean',
  });
  readonly contract = UserChangedV1;

  constructor(private readonly record: RecordContactUseCase) {}

  handle(event: EventEnvelope<UserChangedV1>, tx: EntityManager): Promise<void> {
    return this.record.execute(tx, { tenantId: event.tenantId, occurredAt: event.occurredAt, user: event.payload });
  }
}
