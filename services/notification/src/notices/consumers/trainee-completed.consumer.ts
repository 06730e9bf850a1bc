import { EventEnvelope, reliesOn, TraineeCompletedV1 } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationEnv } from '../../config/env';
import { traineeCompletedMail } from '../templates/trainee-seat.template';
import { NAMES_THE_COURSE, TellPeople } from '../tell-people';

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
    private readonly tell: TellPeople,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
  ) {}

  handle(event: EventEnvelope<TraineeCompletedV1>, tx: EntityManager): Promise<void> {
    return this.tell.trainee(tx, event, event.payload.traineeId, (person) =>
      traineeCompletedMail(event.payload, person, this.env.PUBLIC_BASE_URL),
    );
  }
}
