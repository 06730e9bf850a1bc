import { EventEnvelope, reliesOn, SeatConfirmedV1 } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationEnv } from '../../config/env';
import { ContactsQueries } from '../../contacts/contacts.queries';
import { TraineeLinksQueries } from '../../contacts/trainee-links.queries';
import { EnqueueDeliveriesUseCase } from '../../deliveries/usecases/enqueue-deliveries/enqueue-deliveries.usecase';
import { seatConfirmedMail } from '../templates/trainee-seat.template';
import { NAMES_THE_COURSE, tellTrainee } from '../tell-person';

/** A trainee's seat was confirmed (선발 확정), or they were promoted from the waitlist: the trainee is told. */
@Injectable()
export class SeatConfirmedConsumer implements EventHandler<SeatConfirmedV1> {
  static readonly reliesOn = reliesOn(SeatConfirmedV1, {
    ...NAMES_THE_COURSE,
    traineeId: 'uuid',
    via: { kind: 'enum', values: ['application', 'nomination', 'waitlist'] },
  });
  readonly contract = SeatConfirmedV1;

  constructor(
    private readonly links: TraineeLinksQueries,
    private readonly contacts: ContactsQueries,
    private readonly enqueue: EnqueueDeliveriesUseCase,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
  ) {}

  handle(event: EventEnvelope<SeatConfirmedV1>, tx: EntityManager): Promise<void> {
    return tellTrainee(
      tx,
      { links: this.links, contacts: this.contacts, enqueue: this.enqueue },
      event,
      event.payload.traineeId,
      (person) => seatConfirmedMail(event.payload, person, this.env.PUBLIC_BASE_URL),
    );
  }
}
