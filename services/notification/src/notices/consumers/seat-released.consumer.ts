import { EventEnvelope, reliesOn, SeatReleasedV1 } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationEnv } from '../../config/env';
import { ContactsQueries } from '../../contacts/contacts.queries';
import { TraineeLinksQueries } from '../../contacts/trainee-links.queries';
import { EnqueueDeliveriesUseCase } from '../../deliveries/usecases/enqueue-deliveries/enqueue-deliveries.usecase';
import { seatReleasedMail } from '../templates/trainee-seat.template';
import { tellTrainee } from '../tell-person';

/** A confirmed seat was given up: the trainee is told when it was not their own doing (rejected, withdrawn, cohort cancelled). */
@Injectable()
export class SeatReleasedConsumer implements EventHandler<SeatReleasedV1> {
  static readonly reliesOn = reliesOn(SeatReleasedV1, {
    traineeId: 'uuid',
    reason: { kind: 'enum', values: ['cancelled', 'withdrawn', 'rejected', 'cohort_cancelled'] },
  });
  readonly contract = SeatReleasedV1;

  constructor(
    private readonly links: TraineeLinksQueries,
    private readonly contacts: ContactsQueries,
    private readonly enqueue: EnqueueDeliveriesUseCase,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
  ) {}

  handle(event: EventEnvelope<SeatReleasedV1>, tx: EntityManager): Promise<void> {
    // The trainee's own cancellation owes no mail.
    if (!seatReleasedMail(event.payload, { name: '', locale: null }, this.env.PUBLIC_BASE_URL)) return Promise.resolve();
    return tellTrainee(
      tx,
      { links: this.links, contacts: this.contacts, enqueue: this.enqueue },
      event,
      event.payload.traineeId,
      (person) => seatReleasedMail(event.payload, person, this.env.PUBLIC_BASE_URL)!,
    );
  }
}
