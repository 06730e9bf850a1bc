import { EventEnvelope, InstituteSettingsChangedV1, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { keepHolidays } from '../institute-calendar.queries';

/**
 * The institute's own holidays, which its administrator sets in curriculum: a cohort does not meet on
 * them (attendance days, completion rates). The event carries them whole; the newest by `changedAt` wins.
 */
@Injectable()
export class SettingsChangedConsumer implements EventHandler<InstituteSettingsChangedV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(InstituteSettingsChangedV1, {
    holidays: { kind: 'list', items: { date: 'date' } },
    changedAt: 'instant',
  });
  readonly contract = InstituteSettingsChangedV1;

  async handle(event: EventEnvelope<InstituteSettingsChangedV1>, tx: EntityManager): Promise<void> {
    const { holidays, changedAt } = event.payload;
    const dates = [...new Set(holidays.map((h) => h.date))].sort();
    await keepHolidays(tx, event.tenantId, dates, changedAt);
  }
}
