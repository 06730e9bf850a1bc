import {
  BudgetBookView,
  BudgetBookYearView,
  BudgetLineDetailView,
  BudgetLineSummaryView,
  ChargeableBudgetLineView,
  CommitmentSummaryView,
  LedgerEntryView,
} from '@baeum/api';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { bookNotFound, lineNotFound } from '../shared/errors';
import { rate } from '../shared/printing';
import { findLine } from './book-lookup';
import { budgetTree } from './budget-tree';
import { BudgetAmendment } from './entities/budget-amendment.entity';
import { BudgetGroup } from './entities/budget-group.entity';
import { BudgetLine } from './entities/budget-line.entity';
import { FiscalYear } from './entities/fiscal-year.entity';
import { QuarterlyPlan } from './entities/quarterly-plan.entity';

/** Entries and commitments shown on a line's page, newest first; the count says how many there are. */
const DETAIL_LIMIT = 200;

const lineView = (l: BudgetLine): BudgetLineSummaryView => ({
  code: l.code,
  kind: l.kind,
  fiscalYear: l.fiscalYear,
  nameKo: l.nameKo,
  nameEn: l.nameEn,
  noteKo: l.noteKo,
  noteEn: l.noteEn,
  control: l.control,
  officerUserId: l.officerUserId,
  amount: l.amount.toString(),
  committed: l.committed.toString(),
  paid: l.paid.toString(),
  collected: l.collected.toString(),
  remaining: (l.amount - (l.kind === 'revenue' ? l.collected : l.committed)).toString(),
  rate: rate(l.kind === 'revenue' ? l.collected : l.committed, l.amount),
});

const chargeableView = (l: BudgetLine): ChargeableBudgetLineView => ({
  code: l.code,
  nameKo: l.nameKo,
  nameEn: l.nameEn,
  fiscalYear: l.fiscalYear,
  amount: l.amount.toString(),
  committed: l.committed.toString(),
  remaining: (l.amount - l.committed).toString(),
  control: l.control,
});

/** A commitment of a line's page, as the query reads it (amounts as text, bigint). */
interface CommitmentRow {
  id: string;
  cause: CommitmentSummaryView['cause'];
  cause_id: string | null;
  status: CommitmentSummaryView['status'];
  amount: string;
  committed: string;
  paid: string;
  description: string;
  recorded_at: Date | string;
  recorded_by_name: string;
  source_event_type: string | null;
}

/** An entry of a line's page with the entry reversing it, as the query reads it. */
/** A ledger source event behind an entry (finance.source_event). */
interface SourceEventRow {
  eventId: string;
  type: string;
  version: number;
  source: string;
  occurredAt: Date;
  correlationId: string;
  payload: object;
}

interface EntryRow {
  id: string;
  kind: LedgerEntryView['kind'];
  measure: LedgerEntryView['measure'];
  amount: string;
  booked_on: string;
  recorded_at: Date | string;
  recorded_by_name: string;
  reason: string;
  commitment_id: string | null;
  reverses_entry_id: string | null;
  exceeds_budget: boolean;
  source_event_id: string | null;
  reversed_by: string | null;
}

@Injectable()
export class BudgetBookQueries {
  constructor(private readonly dataSource: DataSource) {}

  async years(tenantId: string): Promise<BudgetBookYearView[]> {
    const books = await this.dataSource.getRepository(FiscalYear).find({ where: { tenantId }, order: { fiscalYear: 'ASC' } });
    return books.map((b) => ({
      fiscalYear: b.fiscalYear,
      carriedFrom: b.carriedFrom,
      openedAt: b.openedAt.toISOString(),
      openedByName: b.openedByName,
    }));
  }

  /** The book of a year: its expenditure tree with the running totals, its revenue lines, its rules. */
  async book(tenantId: string, fiscalYear: number): Promise<BudgetBookView> {
    const book = await this.dataSource.getRepository(FiscalYear).findOne({ where: { tenantId, fiscalYear } });
    if (!book) throw bookNotFound(fiscalYear);
    const [groups, lines, planned, held] = await Promise.all([
      this.dataSource.getRepository(BudgetGroup).find({ where: { tenantId, fiscalYear } }),
      this.dataSource.getRepository(BudgetLine).find({ where: { tenantId, fiscalYear } }),
      this.dataSource.query(
        `SELECT p.budget_line_id, sum(p.q1 + p.q2 + p.q3 + p.q4)::text AS planned
           FROM finance.quarterly_plan p JOIN finance.budget_line l ON l.id = p.budget_line_id
          WHERE p.tenant_id = $1 AND l.fiscal_year = $2 GROUP BY 1`,
        [tenantId, fiscalYear],
      ) as Promise<{ budget_line_id: string; planned: string }[]>,
      this.dataSource.query(
        `SELECT c.budget_line_id, count(*)::int AS n, sum(c.amount)::text AS amount
           FROM finance.commitment c JOIN finance.budget_line l ON l.id = c.budget_line_id
          WHERE c.tenant_id = $1 AND l.fiscal_year = $2 AND c.status = 'held' GROUP BY 1`,
        [tenantId, fiscalYear],
      ) as Promise<{ budget_line_id: string; n: number; amount: string }[]>,
    ]);
    const plannedOf = new Map(planned.map((p) => [p.budget_line_id, BigInt(p.planned)]));
    const heldOf = new Map(held.map((h) => [h.budget_line_id, h]));
    const expenditure = lines.filter((l) => l.kind === 'expenditure');
    const byCode = new Map(expenditure.map((l) => [l.code, l]));
    const rows = budgetTree(
      groups,
      expenditure.map((l) => ({
        ...l,
        values: { amount: l.amount, committed: l.committed, paid: l.paid, planned: plannedOf.get(l.id) ?? 0n },
      })),
      () => ({ amount: 0n, committed: 0n, paid: 0n, planned: 0n }),
    ).map((row) => {
      const line = row.level === 'unit' ? byCode.get(row.code)! : null;
      const { amount, committed, paid, planned: plannedAmount } = row.values;
      return {
        level: row.level,
        code: row.code,
        nameKo: row.nameKo,
        nameEn: row.nameEn,
        depth: row.depth,
        amount: amount.toString(),
        committed: committed.toString(),
        paid: paid.toString(),
        remaining: (amount - committed).toString(),
        planned: plannedAmount.toString(),
        rate: rate(committed, amount),
        control: line?.control ?? null,
        officerUserId: line?.officerUserId ?? null,
        held: line ? { count: heldOf.get(line.id)?.n ?? 0, amount: heldOf.get(line.id)?.amount ?? '0' } : null,
      };
    });
    return {
      fiscalYear,
      carriedFrom: book.carriedFrom,
      openedAt: book.openedAt.toISOString(),
      openedByName: book.openedByName,
      rules: {
        mealLineCode: book.mealLineCode,
        mealCostPerDay: book.mealCostPerDay?.toString() ?? null,
        feeRevenueLineCode: book.feeRevenueLineCode,
      },
      expenditure: rows,
      revenue: lines
        .filter((l) => l.kind === 'revenue')
        .sort((a, b) => a.position - b.position)
        .map(lineView),
    };
  }

  /**
   * A line with its amendments, plan, commitments and entries, and the event behind each entry,
   * read in one snapshot so that the line's totals and its entries agree.
   */
  /** The expenditure lines of a year a cohort or a sitting may be charged to, by code. */
  async chargeableLines(tenantId: string, fiscalYear: number): Promise<ChargeableBudgetLineView[]> {
    const lines = await this.dataSource.getRepository(BudgetLine).find({
      where: { tenantId, fiscalYear, kind: 'expenditure' },
      order: { code: 'ASC' },
    });
    return lines.map(chargeableView);
  }

  /** One expenditure line of a year, or 404. */
  async chargeableLine(tenantId: string, fiscalYear: number, code: string): Promise<ChargeableBudgetLineView> {
    const line = await this.dataSource.getRepository(BudgetLine).findOne({ where: { tenantId, fiscalYear, code, kind: 'expenditure' } });
    if (!line) throw lineNotFound(fiscalYear, code);
    return chargeableView(line);
  }

  line(tenantId: string, fiscalYear: number, code: string): Promise<BudgetLineDetailView> {
    return this.dataSource.transaction('REPEATABLE READ', (db) => this.lineIn(db, tenantId, fiscalYear, code));
  }

  private async lineIn(db: EntityManager, tenantId: string, fiscalYear: number, code: string): Promise<BudgetLineDetailView> {
    const line = await findLine(db, tenantId, fiscalYear, code);
    const [amendments, plan, commitments, entries, counts]: [
      BudgetAmendment[],
      QuarterlyPlan[],
      CommitmentRow[],
      EntryRow[],
      { entries: number; commitments: number }[],
    ] = await Promise.all([
      db.find(BudgetAmendment, { where: { budgetLineId: line.id }, order: { recordedAt: 'DESC' } }),
      db.find(QuarterlyPlan, { where: { budgetLineId: line.id }, order: { position: 'ASC' } }),
      db.query(
        `SELECT id, cause, cause_id, status, amount::text, committed::text, paid::text, description, recorded_at,
                recorded_by_name, source_event_type
           FROM finance.commitment WHERE budget_line_id = $1 ORDER BY recorded_at DESC LIMIT ${DETAIL_LIMIT}`,
        [line.id],
      ),
      db.query(
        `SELECT e.id, e.kind, e.measure, e.amount::text, e.booked_on::text, e.recorded_at, e.recorded_by_name, e.reason,
                e.commitment_id, e.reverses_entry_id,
                e.exceeds_budget, e.source_event_id, r.id AS reversed_by
           FROM finance.entry e LEFT JOIN finance.entry r ON r.reverses_entry_id = e.id
          WHERE e.budget_line_id = $1 ORDER BY e.recorded_at DESC, e.id LIMIT ${DETAIL_LIMIT}`,
        [line.id],
      ),
      db.query(
        `SELECT (SELECT count(*) FROM finance.entry WHERE budget_line_id = $1)::int AS entries, ` +
          `(SELECT count(*) FROM finance.commitment WHERE budget_line_id = $1)::int AS commitments`,
        [line.id],
      ),
    ]);
    const eventIds = [...new Set(entries.map((e) => e.source_event_id).filter((id): id is string => id !== null))];
    // The ledger's source events, read by their table (the ledger sits above the budget book).
    const events: SourceEventRow[] = eventIds.length
      ? await db.query(
          `SELECT event_id AS "eventId", type, version, source, occurred_at AS "occurredAt", correlation_id AS "correlationId", payload
             FROM finance.source_event WHERE event_id = ANY($1::uuid[])`,
          [eventIds],
        )
      : [];
    const eventOf = new Map(events.map((e) => [e.eventId, e]));
    return {
      line: lineView(line),
      amendments: amendments.map((a) => ({
        id: a.id,
        kind: a.kind,
        amount: a.amount.toString(),
        amountAfter: a.amountAfter.toString(),
        effectiveOn: a.effectiveOn,
        reason: a.reason,
        recordedByName: a.recordedByName,
        recordedAt: a.recordedAt.toISOString(),
      })),
      plan: plan.map((p) => ({
        labelKo: p.labelKo,
        labelEn: p.labelEn,
        q1: p.q1.toString(),
        q2: p.q2.toString(),
        q3: p.q3.toString(),
        q4: p.q4.toString(),
        revisedByName: p.revisedByName,
        revisedAt: p.revisedAt.toISOString(),
        reason: p.reason,
      })),
      commitments: commitments.map((c) => ({
        id: c.id,
        cause: c.cause,
        causeId: c.cause_id,
        status: c.status,
        amount: c.amount,
        committed: c.committed,
        paid: c.paid,
        description: c.description,
        recordedAt: new Date(c.recorded_at).toISOString(),
        recordedByName: c.recorded_by_name,
        sourceEventType: c.source_event_type,
      })),
      entries: entries.map((e) => {
        const event = e.source_event_id ? eventOf.get(e.source_event_id) : undefined;
        return {
          id: e.id,
          kind: e.kind,
          measure: e.measure,
          amount: e.amount,
          bookedOn: e.booked_on,
          recordedAt: new Date(e.recorded_at).toISOString(),
          recordedByName: e.recorded_by_name,
          reason: e.reason,
          commitmentId: e.commitment_id,
          reversesEntryId: e.reverses_entry_id,
          reversedBy: e.reversed_by,
          exceedsBudget: e.exceeds_budget,
          event: event
            ? {
                id: event.eventId,
                type: event.type,
                version: event.version,
                source: event.source,
                occurredAt: event.occurredAt.toISOString(),
                correlationId: event.correlationId,
                payload: event.payload,
              }
            : null,
        };
      }),
      counts: counts[0],
    };
  }
}

/** Inserts the line unless the year has one with its code already; false when it had. */
export async function insertLineIfNew(tx: EntityManager, line: BudgetLine): Promise<boolean> {
  const inserted = await tx.createQueryBuilder().insert().into(BudgetLine).values(line).orIgnore().returning('*').execute();
  return inserted.raw.length > 0;
}

/** Opens the book unless the year is open already (a concurrent opening waits, then finds it); false when it was. */
export async function insertBookIfNew(tx: EntityManager, book: FiscalYear): Promise<boolean> {
  const inserted = await tx.createQueryBuilder().insert().into(FiscalYear).values(book).orIgnore().returning('*').execute();
  return inserted.raw.length > 0;
}

/** The quarterly plans of these lines. */
export const quarterlyPlansOf = (tx: EntityManager, lineIds: string[]): Promise<QuarterlyPlan[]> =>
  tx.getRepository(QuarterlyPlan).createQueryBuilder('p').where('p.budget_line_id IN (:...ids)', { ids: lineIds }).getMany();
