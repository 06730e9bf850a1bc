import { CommitmentHeldV1, EventEnvelope, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationEnv } from '../../config/env';
import { commitmentHeldMail } from '../templates/commitment-held.template';
import { TellPeople } from '../tell-people';

/** A commitment waits for room on a stop line: the line's officer is told, or every finance officer when it names none. */
@Injectable()
export class CommitmentHeldConsumer implements EventHandler<CommitmentHeldV1> {
  static readonly reliesOn = reliesOn(CommitmentHeldV1, {
    budgetLineCode: 'string',
    fiscalYear: 'int',
    amount: 'won',
    currentBudget: 'won',
    committed: 'won',
    officerUserId: 'uuid?',
  });
  readonly contract = CommitmentHeldV1;

  constructor(
    private readonly tell: TellPeople,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
  ) {}

  handle(event: EventEnvelope<CommitmentHeldV1>, tx: EntityManager): Promise<void> {
    return this.tell.lineOfficers(tx, event, event.payload.officerUserId, (c) =>
      commitmentHeldMail(event.payload, c, this.env.PUBLIC_BASE_URL),
    );
  }
}
