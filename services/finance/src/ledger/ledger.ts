import { CommitmentHeldV1, CommitmentRecordedV1, CommitmentReleasedV1, EventEnvelope, LineThresholdCrossedV1 } from '@baeum/contracts';
import { BatchEnd, EventPublisher } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { BudgetLine } from '../budget-book/entities/budget-line.entity';
import type { Actor } from '../shared/actor';
import { Cause, Commitment } from './entities/commitment.entity';
import { Entry, EntryKind, Measure } from './entities/entry.entity';
import { lockBudgetLines, rememberEvents, writeEntry, writeLineEntries } from './ledger.queries';
import { crossedThresholds } from './thresholds';

/** What every entry carries besides its amount: when it counts, who, why, and the event behind it. */
export interface Posting {
  bookedOn: string;
  actor: Actor;
  reason: string;
  event?: EventEnvelope;
}

export interface NewCommitment extends Posting {
  amount: bigint;
  cause: Cause;
  causeId: string | null;
  cohortId?: string | null;
}

/** Revenue a consumer batch has yet to write on a line. */
interface Collection {
  amount: bigint;
  causeId: string;
  posting: Posting;
}

/** A stop line has no room for it: refused (a person asked) or held (an event asked). */
export type WhenNoRoom = 'refuse' | 'hold';

export class NoRoomOnLine extends Error {
  constructor(
    readonly line: BudgetLine,
    readonly amount: bigint,
  ) {
    super(`budget line ${line.code} ${line.fiscalYear} has ${line.amount - line.committed} won left, less than ${amount}`);
  }
}

/**
 * The only writer of entries. Every method runs in the caller's transaction on a line the caller
 * has locked (`lockLines`), so that budget control reads totals no other transaction is changing:
 * of two commitments that each fit but not both, the second sees the first.
 */
@Injectable()
export class Ledger {
  constructor(private readonly publisher: EventPublisher) {}

  /**
   * Lines this transaction holds locked. Under the lock the row loaded first stays the truth until
   * commit, so the many events of one consumer batch lock and read each line once.
   */
  private readonly held = new WeakMap<EntityManager, Map<string, BudgetLine>>();

  /** Locks lines in id order (so two transactions never wait for each other in a circle). */
  async lockLines(tx: EntityManager, tenantId: string, ids: string[]): Promise<Map<string, BudgetLine>> {
    const held = this.held.get(tx) ?? new Map<string, BudgetLine>();
    this.held.set(tx, held);
    const missing = [...new Set(ids)].filter((id) => !held.has(id));
    if (missing.length > 0) {
      const lines = await lockBudgetLines(tx, tenantId, missing);
      for (const line of lines) held.set(line.id, line);
    }
    return new Map(ids.filter((id) => held.has(id)).map((id) => [id, held.get(id)!]));
  }

  /** A line by its code, locked; null when the year's book has no such line. */
  async lockLine(tx: EntityManager, tenantId: string, fiscalYear: number, code: string): Promise<BudgetLine | null> {
    const line = await this.lineOf(tx, tenantId, fiscalYear, code);
    return line ? ((await this.lockLines(tx, tenantId, [line.id])).get(line.id) ?? null) : null;
  }

  /** A line by its code, not locked (what kind of line it is does not change); null when the year's book has none. */
  async lineOf(tx: EntityManager, tenantId: string, fiscalYear: number, code: string): Promise<BudgetLine | null> {
    const known = this.looked.get(tx) ?? new Map<string, BudgetLine | null>();
    this.looked.set(tx, known);
    const key = `${tenantId}/${fiscalYear}/${code}`;
    if (!known.has(key)) known.set(key, await tx.findOne(BudgetLine, { where: { tenantId, fiscalYear, code } }));
    return known.get(key)!;
  }

  /** Lines this transaction looked up by code (`lineOf`). */
  private readonly looked = new WeakMap<EntityManager, Map<string, BudgetLine | null>>();

  /** Keeps the event behind entries, once, for the line's detail. */
  async remember(tx: EntityManager, event: EventEnvelope): Promise<void> {
    await rememberEvents(tx, [event]);
  }

  /** A new commitment: booked, or on a stop line without room refused (throws NoRoomOnLine) or held. */
  async commit(tx: EntityManager, line: BudgetLine, input: NewCommitment, whenNoRoom: WhenNoRoom): Promise<Commitment> {
    const held = line.control === 'stop' && !hasRoom(line, input.amount);
    if (held && whenNoRoom === 'refuse') throw new NoRoomOnLine(line, input.amount);
    const commitment: Commitment = {
      id: randomUUID(),
      tenantId: line.tenantId,
      budgetLineId: line.id,
      amount: input.amount,
      cohortId: input.cohortId ?? null,
      cause: input.cause,
      causeId: input.causeId,
      status: held ? 'held' : 'booked',
      sourceEventId: input.event?.id ?? null,
      sourceEventType: input.event?.type ?? null,
      description: input.reason,
      recordedAt: new Date(),
      recordedBy: input.actor.userId,
      recordedByName: input.actor.name,
      committed: 0n,
      paid: 0n,
    };
    // A copy: TypeORM writes the database's defaults back into what it inserts, untransformed.
    await tx.insert(Commitment, { ...commitment });
    if (held) await this.tellHeld(tx, line, commitment.id, input.amount);
    else await this.post(tx, line, commitment, 'commit', 'committed', input.amount, input);
    return commitment;
  }

  /** Raises a booked commitment; false when a stop line has no room (nothing is written then). */
  async adjust(tx: EntityManager, line: BudgetLine, commitment: Commitment, amount: bigint, posting: Posting): Promise<boolean> {
    if (line.control === 'stop' && !hasRoom(line, amount)) return false;
    await this.post(tx, line, commitment, 'adjust', 'committed', amount, posting);
    return true;
  }

  /** Gives back part or all of what a commitment holds beyond what is already paid. */
  async release(tx: EntityManager, line: BudgetLine, commitment: Commitment, amount: bigint, posting: Posting): Promise<Entry> {
    return this.post(tx, line, commitment, 'release', 'committed', -amount, posting);
  }

  async pay(tx: EntityManager, line: BudgetLine, commitment: Commitment, amount: bigint, posting: Posting): Promise<Entry> {
    return this.post(tx, line, commitment, 'pay', 'paid', amount, posting);
  }

  /**
   * Revenue collected (positive) or refunded (negative) on a revenue line, written at the end of the
   * consumer's batch: the batch's entries of one line together, with their events, and the line's total
   * moved once, under its lock taken only then — so the batches of several partitions do not queue for
   * the line event by event.
   */
  collect(
    tx: EntityManager,
    batch: BatchEnd,
    line: Pick<BudgetLine, 'id' | 'tenantId'>,
    amount: bigint,
    causeId: string,
    posting: Posting,
  ) {
    const waiting = this.collecting.get(tx) ?? new Map<string, Collection[]>();
    this.collecting.set(tx, waiting);
    const onLine = waiting.get(line.id) ?? [];
    waiting.set(line.id, onLine);
    onLine.push({ amount, causeId, posting });
    batch.settle(`collect:${line.id}`, () => this.writeCollected(tx, line));
  }

  /** Revenue of a cause (an application's fee) this transaction has yet to write. */
  collectingFor(tx: EntityManager, causeId: string): bigint {
    let sum = 0n;
    for (const onLine of this.collecting.get(tx)?.values() ?? []) for (const c of onLine) if (c.causeId === causeId) sum += c.amount;
    return sum;
  }

  /** Revenue waiting for its batch's end, per transaction and line. */
  private readonly collecting = new WeakMap<EntityManager, Map<string, Collection[]>>();

  private async writeCollected(tx: EntityManager, ref: Pick<BudgetLine, 'id' | 'tenantId'>): Promise<void> {
    const onLine = this.collecting.get(tx)?.get(ref.id) ?? [];
    this.collecting.get(tx)?.delete(ref.id);
    const line = (await this.lockLines(tx, ref.tenantId, [ref.id])).get(ref.id)!;
    const entries = onLine.map(({ amount, causeId, posting }) => {
      line.collected += amount;
      return this.entryOf(line, amount < 0n ? 'refund' : 'collect', 'collected', amount, posting, { causeId });
    });
    await rememberEvents(tx, [
      ...new Map(onLine.flatMap((c) => (c.posting.event ? [[c.posting.event.id, c.posting.event]] : []))).values(),
    ]);
    await writeLineEntries(tx, entries, 'collected', line.collected);
  }

  /** Books a held commitment once its line has room (after an amendment, or a stop lifted). */
  async bookHeld(tx: EntityManager, line: BudgetLine, commitment: Commitment, posting: Posting): Promise<void> {
    if (line.control === 'stop' && !hasRoom(line, commitment.amount)) throw new NoRoomOnLine(line, commitment.amount);
    await tx.update(Commitment, { id: commitment.id }, { status: 'booked' });
    commitment.status = 'booked';
    await this.post(tx, line, commitment, 'commit', 'committed', commitment.amount, posting);
  }

  /** A held commitment nobody wants any more (its cohort changed or was cancelled). */
  async withdraw(tx: EntityManager, commitments: Commitment[]): Promise<void> {
    if (commitments.length === 0) return;
    await tx.update(Commitment, { id: In(commitments.map((c) => c.id)) }, { status: 'withdrawn' });
    for (const c of commitments) c.status = 'withdrawn';
  }

  /** A correction: the same amount with the opposite sign, on the same line and commitment. */
  async reverse(tx: EntityManager, line: BudgetLine, original: Entry, commitment: Commitment | null, posting: Posting): Promise<Entry> {
    return this.post(tx, line, commitment, 'reverse', original.measure, -original.amount, posting, {
      reversesEntryId: original.id,
      causeId: original.causeId,
    });
  }

  private async post(
    tx: EntityManager,
    line: BudgetLine,
    commitment: Commitment | null,
    kind: EntryKind,
    measure: Measure,
    amount: bigint,
    posting: Posting,
    extra: { reversesEntryId?: string; causeId?: string | null } = {},
  ): Promise<Entry> {
    const before = line.committed;
    line[measure] += amount;
    const entry = this.entryOf(line, kind, measure, amount, posting, extra);
    const movesCommitment = commitment !== null && measure !== 'collected';
    if (movesCommitment) commitment[measure] += amount;
    entry.commitmentId = commitment?.id ?? null;
    await writeEntry(tx, entry, line[measure], movesCommitment ? commitment[measure] : null);
    if (measure === 'committed' && commitment) await this.announce(tx, line, commitment, entry);
    if (measure === 'committed') {
      for (const threshold of crossedThresholds(before, line.committed, line.amount)) {
        await this.tellThresholdCrossed(tx, line, threshold);
      }
    }
    return entry;
  }

  /** An entry of `amount` on the line, whose totals already include it. */
  private entryOf(
    line: BudgetLine,
    kind: EntryKind,
    measure: Measure,
    amount: bigint,
    posting: Posting,
    extra: { reversesEntryId?: string; causeId?: string | null },
  ): Entry {
    return {
      id: randomUUID(),
      tenantId: line.tenantId,
      budgetLineId: line.id,
      commitmentId: null,
      kind,
      measure,
      amount,
      bookedOn: posting.bookedOn,
      recordedAt: new Date(),
      recordedBy: posting.actor.userId,
      recordedByName: posting.actor.name,
      reason: posting.reason,
      sourceEventId: posting.event?.id ?? null,
      sourceEventType: posting.event?.type ?? null,
      reversesEntryId: extra.reversesEntryId ?? null,
      causeId: extra.causeId ?? null,
      exceedsBudget: measure === 'committed' && amount > 0n && line.committed > line.amount,
    };
  }

  /** Tells other services what a commitment's entry changed: an amount recorded or released. */
  private async announce(tx: EntityManager, line: BudgetLine, commitment: Commitment, entry: Entry): Promise<void> {
    const common = { commitmentId: commitment.id, budgetLineCode: line.code, fiscalYear: line.fiscalYear };
    if (entry.amount > 0n) {
      await this.publisher.publish(tx, CommitmentRecordedV1, line.tenantId, {
        ...common,
        amount: entry.amount.toString(),
        ...(entry.sourceEventId ? { sourceEventId: entry.sourceEventId, sourceEventType: entry.sourceEventType! } : {}),
      });
    } else {
      await this.publisher.publish(tx, CommitmentReleasedV1, line.tenantId, {
        ...common,
        amount: (-entry.amount).toString(),
        reason: entry.reason,
      });
    }
  }

  /** The line's officer is told by the notification service that its execution crossed a threshold. */
  private async tellThresholdCrossed(tx: EntityManager, line: BudgetLine, thresholdPercent: number): Promise<void> {
    await this.publisher.publish(tx, LineThresholdCrossedV1, line.tenantId, {
      budgetLineId: line.id,
      budgetLineCode: line.code,
      fiscalYear: line.fiscalYear,
      thresholdPercent,
      currentBudget: line.amount.toString(),
      executed: line.committed.toString(),
      ...(line.officerUserId ? { officerUserId: line.officerUserId } : {}),
    });
  }

  /** The line's officer is told that a commitment waits for room on it. */
  private async tellHeld(tx: EntityManager, line: BudgetLine, commitmentId: string, amount: bigint): Promise<void> {
    await this.publisher.publish(tx, CommitmentHeldV1, line.tenantId, {
      budgetLineId: line.id,
      budgetLineCode: line.code,
      fiscalYear: line.fiscalYear,
      commitmentId,
      amount: amount.toString(),
      currentBudget: line.amount.toString(),
      committed: line.committed.toString(),
      ...(line.officerUserId ? { officerUserId: line.officerUserId } : {}),
    });
  }
}

/** Room on the line for `amount` more without passing its current budget amount. */
export const hasRoom = (line: BudgetLine, amount: bigint): boolean => line.committed + amount <= line.amount;
