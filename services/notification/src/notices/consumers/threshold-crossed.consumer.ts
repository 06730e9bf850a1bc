import { EventEnvelope, LineThresholdCrossedV1, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationEnv } from '../../config/env';
import { thresholdCrossedMail } from '../templates/threshold-crossed.template';
import { TellPeople } from '../tell-people';

/**
 * A budget line's execution crossed a threshold: its officer is told, or, when the line names none
 * (or that person is no longer an active finance officer), every active finance officer of the tenant.
 */
@Injectable()
export class ThresholdCrossedConsumer implements EventHandler<LineThresholdCrossedV1> {
  static readonly reliesOn = reliesOn(LineThresholdCrossedV1, {
    budgetLineCode: 'string',
    fiscalYear: 'int',
    thresholdPercent: 'int',
    currentBudget: 'won',
    executed: 'won',
    officerUserId: 'uuid?',
  });
  readonly contract = LineThresholdCrossedV1;

  constructor(
    private readonly tell: TellPeople,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
  ) {}

  handle(event: EventEnvelope<LineThresholdCrossedV1>, tx: EntityManager): Promise<void> {
    return this.tell.lineOfficers(tx, event, event.payload.officerUserId, (c) =>
      thresholdCrossedMail(event.payload, c, this.env.PUBLIC_BASE_URL),
    );
  }
}
