import { EventEnvelope, reliesOn, TraineeCompletedV1 } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationEnv } from '../../config/env';
import { ContactsQueries } from '../../contacts/contacts.queries';
import { TraineeLinksQueries } from '../../contacts/trainee-links.queries';
import { EnqueueDeliveriesUseCase } from '../../deliveries/usecases/enqueue-deliveries/enqueue-deliveries.usecase';
import { traineeCompletedMail } from '../templates/trainee-seat.template';
import { NAMES_THE_COURSE, tellTrainee } from '../tell-person';

/** A trainee completed a cohort (수료): they are told, with where to download the certificate. */
@Injectable()
export class TraineeCompletedConsumer implements EventHandler<TraineeCompletedV1> {
  static readonly reliesOn = reliesOn(TraineeCompletedV1, {
    ...NAMES_THE_COURSE,
    traineeId: 'uuid',
    completedOn: 'date',
    attendancePercent: 'int',
    certificateNo: 'string',
  });
  readonly contract = TraineeCompletedV1;

  constructor(
    private readonly links: TraineeLinksQueries,
    private readonly contacts: ContactsQueries,
    private readonly enqueue: EnqueueDeliveriesUseCase,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
  ) {}

  handle(event: EventEnvelope<TraineeCompletedV1>, tx: EntityManager): Promise<void> {
    return tellTrainee(
      tx,
      { links: this.links, contacts: this.contacts, enqueue: this.enqueue },
      event,
      event.payload.traineeId,
      (person) => traineeCompletedMail(event.payload, person, this.env.PUBLIC_BASE_URL),
    );
  }
}
