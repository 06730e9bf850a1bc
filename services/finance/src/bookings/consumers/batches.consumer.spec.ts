import { CohortScheduledV1, EventContract, FeePaidV1, FeeRefundedV1, SeatConfirmedV1 } from '@baeum/contracts';
import { ConsumerRuntime, DEFAULT_RETRY, EventHandler, EventPublisher, InboundMessage } from '@baeum/messaging';
import { useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { FinanceEnv } from '../../config/env';
import { financeDatabase } from '../../database/settings';
import { Ledger } from '../../ledger/ledger';
import { BookRules } from '../book-rules';
import { CohortBookings } from '../cohort-bookings';
import { FeeRevenue } from '../fee-revenue';
import { Settlement } from '../settlement';
import { CohortScheduledConsumer } from './cohort-scheduled.consumer';
import { FeePaidConsumer } from './fee-paid.consumer';
import { FeeRefundedConsumer } from './fee-refunded.consumer';
import { SeatConfirmedConsumer } from './seat-confirmed.consumer';
import { newcomerCohort, openSpecBook, SPEC_MEAL as MEAL, SPEC_YEAR as YEAR, specEnvelope } from './spec-book';

/**
 * Consumer batches through the real runtime (one transaction per batch, as Kafka delivers them) over
 * a real PostgreSQL of this spec's own: meals settled once per cohort and batch, a batch's fees written
 * together on their line. Each test has a tenant of its own.
 */
const db = useSpecDatabase(financeDatabase(new FinanceEnv()));
const publisher = new EventPublisher({ service: 'finance', schema: 'finance', serialiseWriters: false });
const ledger = new Ledger(publisher);
const rules = new BookRules();
const bookings = new CohortBookings(ledger, new Settlement(ledger), rules);
const fees = new FeeRevenue(ledger, rules);
const handlers: EventHandler<any>[] = [
  new CohortScheduledConsumer(bookings),
  new SeatConfirmedConsumer(bookings),
  new FeePaidConsumer(fees),
  new FeeRefundedConsumer(fees),
];
const DAYS = 5n; // Monday 3 to Friday 7 March 2031

let position = 0;
function message<P>(contract: EventContract<P>, tenantId: string, payload: P): InboundMessage {
  const envelope = specEnvelope(contract, tenantId, payload, 'spec');
  return { topic: contract.topic, key: contract.keyOf(payload), value: JSON.stringify(envelope), position: `0/${position++}` };
}

/** Applies the messages as one consumer batch; returns what was dead-lettered. */
async function consume(messages: InboundMessage[]): Promise<string[]> {
  const runtime = new ConsumerRuntime(
    db.dataSource,
    'finance',
    'finance',
    handlers,
    { ...DEFAULT_RETRY, attempts: 1 },
    pino({ level: 'silent' }),
  );
  const dead: string[] = [];
  await runtime.process(messages, { deadLetter: async (m, error) => void dead.push(`${m.position}: ${error}`) });
  return dead;
}

/** A tenant whose 2031 book pays meals and takes exam fees. */
async function tenantWithBook(): Promise<string> {
  const tenantId = randomUUID();
  await openSpecBook(db.dataSource, publisher, tenantId, true);
  return tenantId;
}

const cohort = (cohortId: string): CohortScheduledV1 => newcomerCohort(cohortId, 100);
const seat = (cohortId: string): SeatConfirmedV1 => ({
  applicationId: randomUUID(),
  cohortId,
  traineeId: randomUUID(),
  agencyCode: '6110000',
  via: 'application',
  confirmedAt: '2031-02-10T01:00:00Z',
});
const paid = (applicationId: string, amount: string): FeePaidV1 => ({
  applicationId,
  examId: randomUUID(),
  amount,
  paidOn: '2031-02-10',
  paymentRef: `PAY-${applicationId.slice(0, 8)}`,
});

const query = async <T = Record<string, any>>(sql: string, params: unknown[]): Promise<T[]> => db.dataSource.query(sql, params);

describe('a consumer batch of confirmed seats', () => {
  it("settles each cohort's meals once, for all its seats in the batch", async () => {
    const tenantId = await tenantWithBook();
    const [a, b] = [randomUUID(), randomUUID()];
    expect(await consume([message(CohortScheduledV1, tenantId, cohort(a)), message(CohortScheduledV1, tenantId, cohort(b))])).toEqual([]);
    const seats = [...Array.from({ length: 12 }, () => seat(a)), ...Array.from({ length: 3 }, () => seat(b))];
    expect(await consume(seats.map((s) => message(SeatConfirmedV1, tenantId, s)))).toEqual([]);
    const meals = await query(
      `SELECT c.cause_id AS cohort, c.committed::text, (SELECT count(*)::int FROM finance.entry e WHERE e.commitment_id = c.id) AS entries
         FROM finance.commitment c WHERE c.tenant_id = $1 AND c.cause = 'meals' ORDER BY c.committed DESC`,
      [tenantId],
    );
    expect(meals).toEqual([
      { cohort: a, committed: String(12n * DAYS * MEAL), entries: 1 },
      { cohort: b, committed: String(3n * DAYS * MEAL), entries: 1 },
    ]);
    // The next batch adjusts what the first booked.
    expect(await consume([message(SeatConfirmedV1, tenantId, seat(a))])).toEqual([]);
    const [after] = await query(`SELECT sum(committed)::text AS total FROM finance.commitment WHERE tenant_id = $1 AND cause_id = $2`, [
      tenantId,
      a,
    ]);
    expect(BigInt(after.total)).toBe(1_000_000n + 13n * DAYS * MEAL);
  });
});

describe('a consumer batch of exam fees', () => {
  it('writes its entries on the line together and moves the line once, a refund of a fee paid earlier in the batch included', async () => {
    const tenantId = await tenantWithBook();
    const apps = [randomUUID(), randomUUID(), randomUUID()];
    const refund: FeeRefundedV1 = {
      applicationId: apps[0],
      examId: randomUUID(),
      amount: '7000',
      refundedOn: '2031-02-11',
      paymentRef: 'PAY-R',
      reason: '접수 취소',
    };
    const dead = await consume([
      ...apps.map((id) => message(FeePaidV1, tenantId, paid(id, '7000'))),
      message(FeeRefundedV1, tenantId, refund),
    ]);
    expect(dead).toEqual([]);
    const [line] = await query(`SELECT collected::text FROM finance.budget_line WHERE tenant_id = $1 AND code = 'FEES'`, [tenantId]);
    const entries = await query(
      `SELECT kind, amount::text, cause_id AS "causeId" FROM finance.entry WHERE tenant_id = $1 AND measure = 'collected' ORDER BY kind, cause_id`,
      [tenantId],
    );
    expect(line.collected).toBe('14000');
    expect(entries).toHaveLength(4);
    expect(entries.filter((e) => e.kind === 'refund')).toEqual([{ kind: 'refund', amount: '-7000', causeId: apps[0] }]);
    const remembered = await query(`SELECT count(*)::int AS n FROM finance.source_event WHERE tenant_id = $1`, [tenantId]);
    expect(remembered[0].n).toBeGreaterThanOrEqual(4);
  });

  it('dead-letters a refund beyond what was paid, and books the rest of its batch', async () => {
    const tenantId = await tenantWithBook();
    const app = randomUUID();
    const tooMuch: FeeRefundedV1 = {
      applicationId: app,
      examId: randomUUID(),
      amount: '9000',
      refundedOn: '2031-02-11',
      paymentRef: 'PAY-X',
      reason: '접수 취소',
    };
    const messages = [message(FeePaidV1, tenantId, paid(app, '7000')), message(FeeRefundedV1, tenantId, tooMuch)];
    const dead = await consume(messages);
    expect(dead).toEqual([expect.stringMatching(new RegExp(`^${messages[1].position}: refund of 9000 won exceeds the 7000 won`))]);
    const [line] = await query(`SELECT collected::text FROM finance.budget_line WHERE tenant_id = $1 AND code = 'FEES'`, [tenantId]);
    expect(line.collected).toBe('7000');
  });
});
