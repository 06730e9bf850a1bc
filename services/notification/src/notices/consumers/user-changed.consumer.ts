import { EventEnvelope, reliesOn, UserChangedV1 } from '@baeum/contracts';
import { BatchEnd, EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RecordContactUseCase } from '../../contacts/usecases/record-contact/record-contact.usecase';
import { ReleaseHeldNoticesUseCase } from '../usecases/release-held-notices/release-held-notices.usecase';

/** A user was made or changed at the gateway: the contact follows, then the notices that waited for them. */
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

  constructor(
    private readonly record: RecordContactUseCase,
    private readonly release: ReleaseHeldNoticesUseCase,
  ) {}

  async handle(event: EventEnvelope<UserChangedV1>, tx: EntityManager, batch: BatchEnd): Promise<void> {
    const { tenantId, occurredAt, payload: user } = event;
    await this.release.execute(
      tx,
      batch,
      { tenantId, person: { userId: user.userId, roles: user.roles, active: user.active, announcedAt: occurredAt } },
      () => this.record.execute(tx, { tenantId, occurredAt, user }),
    );
  }
}
