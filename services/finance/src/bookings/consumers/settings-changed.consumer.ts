import { EventEnvelope, InstituteSettingsChangedV1, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CohortBookings } from '../cohort-bookings';

/**
 * The institute's own holidays, which its administrator sets in curriculum: no meals on them. The
 * event carries them whole; the newest by `changedAt` wins, and the cohorts meeting on a changed day
 * have their meals settled again.
 */
@Injectable()
export class SettingsChangedConsumer implements EventHandler<InstituteSettingsChangedV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(InstituteSettingsChangedV1, {
    holidays: { kind: 'list', items: { date: 'date' } },
    changedAt: 'instant',
  });
  readonly contract = InstituteSettingsChangedV1;

  constructor(private readonly cohorts: CohortBookings) {}

  handle(event: EventEnvelope<InstituteSettingsChangedV1>, tx: EntityManager): Promise<void> {
    return this.cohorts.holidaysChanged(tx, event);
  }
}
