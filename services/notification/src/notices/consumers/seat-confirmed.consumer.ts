import { EventEnvelope, reliesOn, SeatConfirmedV1 } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationEnv } from '../../config/env';
import { seatConfirmedMail } from '../templates/trainee-seat.template';
import { NAMES_THE_COURSE, TellPeople } from '../tell-people';

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
    private readonly tell: TellPeople,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
  ) {}

  handle(event: EventEnvelope<SeatConfirmedV1>, tx: EntityManager): Promise<void> {
    return this.tell.trainee(tx, event, event.payload.traineeId, (person) =>
      seatConfirmedMail(event.payload, person, this.env.PUBLIC_BASE_URL),
    );
  }
}
