import { ExamSeatAssignedV1, EventEnvelope, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationEnv } from '../../config/env';
import { seatAssignedMail } from '../templates/exam-sitting.template';
import { TellPeople } from '../tell-people';

/** An applicant was given an exam number and a seat, or moved: they are told where and when they sit. */
@Injectable()
export class ExamSeatAssignedConsumer implements EventHandler<ExamSeatAssignedV1> {
  static readonly reliesOn = reliesOn(ExamSeatAssignedV1, {
    applicantUserId: 'uuid',
    examTitleKo: 'string',
    jobSeriesKo: 'string',
    grade: 'int',
    examNumber: 'string',
    venueNameKo: 'string',
    venueAddress: 'string',
    roomName: 'string',
    seatNo: 'int',
    examDate: 'date',
    startsAt: 'time',
    seatedBy: 'time',
    moved: 'boolean',
  });
  readonly contract = ExamSeatAssignedV1;

  constructor(
    private readonly tell: TellPeople,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
  ) {}

  handle(event: EventEnvelope<ExamSeatAssignedV1>, tx: EntityManager): Promise<void> {
    return this.tell.person(tx, event, event.payload.applicantUserId, (person) =>
      seatAssignedMail(event.payload, person, this.env.PUBLIC_BASE_URL),
    );
  }
}
