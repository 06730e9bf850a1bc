import { EventEnvelope, reliesOn, SittingHeldV1 } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { fiscalYearOf } from '@baeum/calendar';
import { Ledger } from '../../ledger/ledger';
import { actorOf } from '../../shared/actor';
import { Settlement } from '../settlement';

const STAGES = { written: '필기시험', interview: '면접시험', assessment: '역량평가' } as const;

/** An exam sitting held (시험 시행) commits its cost against the exam's budget line, on the day it was held. */
@Injectable()
export class SittingHeldConsumer implements EventHandler<SittingHeldV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(SittingHeldV1, {
    sittingId: 'uuid',
    stage: { kind: 'enum', values: ['written', 'interview', 'assessment'] },
    heldOn: 'date',
    venues: 'int',
    candidates: 'int',
    cost: 'won',
    budgetLineCode: 'string',
  });
  readonly contract = SittingHeldV1;

  constructor(
    private readonly ledger: Ledger,
    private readonly settlement: Settlement,
  ) {}

  async handle(event: EventEnvelope<SittingHeldV1>, tx: EntityManager): Promise<void> {
    const p = event.payload;
    await this.ledger.remember(tx, event);
    await this.settlement.settle(tx, {
      tenantId: event.tenantId,
      cause: 'sitting',
      causeId: p.sittingId,
      fiscalYear: fiscalYearOf(p.heldOn),
      lineCode: p.budgetLineCode,
      amount: BigInt(p.cost),
      posting: {
        bookedOn: p.heldOn,
        actor: actorOf(event),
        event,
        reason: `${STAGES[p.stage]} 시행 (${p.heldOn}, 시험장 ${p.venues}곳, 응시 ${p.candidates}명) / exam sitting held: ${p.stage}`,
      },
    });
  }
}
