import { EventEnvelope, reliesOn, TraineeCohortRescheduledV1 } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationEnv } from '../../config/env';
import { cohortRescheduledMail } from '../templates/cohort-rescheduled.template';
import { TellPeople } from '../tell-people';

/** A cohort a trainee holds, waits for or applied to changed its dates, hours or room: the trainee is told before and after. */
@Injectable()
export class CohortRescheduledConsumer implements EventHandler<TraineeCohortRescheduledV1> {
  static readonly reliesOn = reliesOn(TraineeCohortRescheduledV1, {
    traineeId: 'uuid',
    standing: { kind: 'enum', values: ['pending', 'approved', 'waitlisted', 'confirmed'] },
    courseNameKo: 'string',
    courseNameEn: 'string?',
    cohortNo: 'int?',
    changed: 'strings',
    oldStartDate: 'date',
    oldEndDate: 'date',
    oldDailyStartTime: 'time?',
    oldDailyEndTime: 'time?',
    oldRoomName: 'string?',
    startDate: 'date',
    endDate: 'date',
    dailyStartTime: 'time?',
    dailyEndTime: 'time?',
    roomName: 'string?',
  });
  readonly contract = TraineeCohortRescheduledV1;

  constructor(
    private readonly tell: TellPeople,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
  ) {}

  handle(event: EventEnvelope<TraineeCohortRescheduledV1>, tx: EntityManager): Promise<void> {
    return this.tell.trainee(tx, event, event.payload.traineeId, (person) =>
      cohortRescheduledMail(event.payload, person, this.env.PUBLIC_BASE_URL),
    );
  }
}
