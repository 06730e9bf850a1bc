import { EventEnvelope, reliesOn, SeatWaitlistedV1 } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationEnv } from '../../config/env';
import { seatWaitlistedMail } from '../templates/trainee-seat.template';
import { NAMES_THE_COURSE, TellPeople } from '../tell-people';

/** The cohort was full: the trainee is told they wait (대기) and at which position. */
@Injectable()
export class SeatWaitlistedConsumer implements EventHandler<SeatWaitlistedV1> {
  static readonly reliesOn = reliesOn(SeatWaitlistedV1, {
    ...NAMES_THE_COURSE,
    traineeId: 'uuid',
    position: 'int',
  });
  readonly contract = SeatWaitlistedV1;

  constructor(
    private readonly tell: TellPeople,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
  ) {}

  handle(event: EventEnvelope<SeatWaitlistedV1>, tx: EntityManager): Promise<void> {
    return this.tell.trainee(tx, event, event.payload.traineeId, (person) =>
      seatWaitlistedMail(event.payload, person, this.env.PUBLIC_BASE_URL),
    );
  }
}
