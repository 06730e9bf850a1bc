import { CohortUnderFilledV1, EventEnvelope, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { NotificationEnv } from '../../config/env';
import { cohortUnderFilledMail } from '../templates/cohort-under-filled.template';
import { NAMES_THE_COURSE, TellPeople } from '../tell-people';

/** A cohort is short of its minimum at its cut-off: every active course manager of the tenant is told to decide. */
@Injectable()
export class CohortUnderFilledConsumer implements EventHandler<CohortUnderFilledV1> {
  static readonly reliesOn = reliesOn(CohortUnderFilledV1, {
    ...NAMES_THE_COURSE,
    confirmed: 'int',
    minimumFill: 'int',
    checkedOn: 'date',
  });
  readonly contract = CohortUnderFilledV1;

  constructor(
    private readonly tell: TellPeople,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
  ) {}

  handle(event: EventEnvelope<CohortUnderFilledV1>, tx: EntityManager): Promise<void> {
    return this.tell.role(tx, event, 'course_manager', (person) => cohortUnderFilledMail(event.payload, person, this.env.PUBLIC_BASE_URL));
  }
}
