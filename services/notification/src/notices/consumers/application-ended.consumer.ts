import { APPLICATION_END_REASONS, ApplicationEndedV1, EventEnvelope, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationEnv } from '../../config/env';
import { applicationEndedMail } from '../templates/application-ended.template';
import { NAMES_THE_COURSE, TellPeople } from '../tell-people';

/**
 * An application ended: its trainee is told when it was not their own doing (withdrawn, rejected,
 * cohort cancelled or merged, waitlist closed at the start), naming the course. A released seat's
 * `enrollment.seat.released` tells nobody: this event says it, once.
 */
@Injectable()
export class ApplicationEndedConsumer implements EventHandler<ApplicationEndedV1> {
  static readonly reliesOn = reliesOn(ApplicationEndedV1, {
    ...NAMES_THE_COURSE,
    traineeId: 'uuid',
    reason: { kind: 'enum', values: APPLICATION_END_REASONS },
    heldSeat: 'boolean',
  });
  readonly contract = ApplicationEndedV1;

  constructor(
    private readonly tell: TellPeople,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
  ) {}

  handle(event: EventEnvelope<ApplicationEndedV1>, tx: EntityManager): Promise<void> {
    // The trainee's own cancellation owes no mail.
    if (!applicationEndedMail(event.payload, { name: '', locale: null }, this.env.PUBLIC_BASE_URL)) return Promise.resolve();
    return this.tell.trainee(tx, event, event.payload.traineeId, (person) =>
      applicationEndedMail(event.payload, person, this.env.PUBLIC_BASE_URL)!,
    );
  }
}
