import { PermanentEventError } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Cause, Commitment } from '../ledger/entities/commitment.entity';
import { Ledger, Posting } from '../ledger/ledger';

/** What a cause (a cohort's cost, its meals, a sitting) should have committed now. */
export interface Target {
  tenantId: string;
  cause: Cause;
  causeId: string;
  cohortId?: string | null;
  fiscalYear: number;
  /** The line it belongs on; may be null when `amount` is 0 (nothing is wanted). */
  lineCode: string | null;
  amount: bigint;
  posting: Posting;
}

const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);

/**
 * Brings what a cause has committed to its target, whatever happened before: the first event
 * books, a change adjusts or moves it to another line or year, a cancellation releases it. Events
 * thus carry the state ("the cohort costs this now"), and redelivery or reordering of changes
 * cannot double anything. On a stop line without room, the missing part is held, not booked.
 */
@Injectable()
export class Settlement {
  constructor(private readonly ledger: Ledger) {}

  async settle(tx: EntityManager, target: Target): Promise<void> {
    const { tenantId, posting } = target;
    const existing = await tx.find(Commitment, {
      where: { tenantId, cause: target.cause, causeId: target.causeId, status: In(['booked', 'held']) },
      order: { recordedAt: 'ASC' },
    });
    let targetLineId: string | null = null;
    if (target.amount > 0n) {
      const found = target.lineCode ? await this.ledger.lockLine(tx, tenantId, target.fiscalYear, target.lineCode) : null;
      if (found?.kind !== 'expenditure')
        throw new PermanentEventError(`budget line ${target.lineCode} does not exist for fiscal year ${target.fiscalYear}`);
      targetLineId = found.id;
    }
    const lines = await this.ledger.lockLines(tx, tenantId, [
      ...existing.map((c) => c.budgetLineId),
      ...(targetLineId ? [targetLineId] : []),
    ]);
    const booked = existing.filter((c) => c.status === 'booked');
    const held = existing.filter((c) => c.status === 'held');

    // What is booked on another line (the cohort moved to another line or year) goes back.
    for (const c of booked.filter((c) => c.budgetLineId !== targetLineId)) {
      const releasable = c.committed - c.paid;
      if (releasable > 0n) await this.ledger.release(tx, lines.get(c.budgetLineId)!, c, releasable, posting);
    }
    const here = booked.filter((c) => c.budgetLineId === targetLineId);
    let missing = target.amount - sum(here.map((c) => c.committed));
    // Already waiting for exactly this: leave it (and its officer's notification) as it is.
    if (missing > 0n && held.length === 1 && held[0].budgetLineId === targetLineId && held[0].amount === missing) return;
    await this.ledger.withdraw(tx, held);

    if (missing > 0n) {
      const line = lines.get(targetLineId!)!;
      const latest = here.at(-1);
      if (!latest || !(await this.ledger.adjust(tx, line, latest, missing, posting))) {
        await this.ledger.commit(
          tx,
          line,
          { ...posting, amount: missing, cause: target.cause, causeId: target.causeId, cohortId: target.cohortId },
          'hold',
        );
      }
      return;
    }
    // Too much booked: give back from the newest commitment first, never below what is paid.
    for (const c of [...here].reverse()) {
      if (missing >= 0n) break;
      const amount = -missing < c.committed - c.paid ? -missing : c.committed - c.paid;
      if (amount <= 0n) continue;
      await this.ledger.release(tx, lines.get(c.budgetLineId)!, c, amount, posting);
      missing += amount;
    }
  }
}
