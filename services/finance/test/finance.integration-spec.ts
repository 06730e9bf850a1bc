import {
  CohortCancelledV1,
  CohortChangedV1,
  CohortScheduledV1,
  EventContract,
  EventEnvelope,
  FeePaidV1,
  FeeRefundedV1,
  SeatConfirmedV1,
  SeatReleasedV1,
  SittingHeldV1,
  validatePayload,
} from '@baeum/contracts';
import { DemoTenants, SeoulBudgetLineCodes, seoulHrd2022 } from '@baeum/source-data';
import { ApiClient, eventually, infra, ServiceStack, TEST_JWT_SECRET } from '@baeum/testing';
import { JwtService } from '@nestjs/jwt';
import ExcelJS from 'exceljs';
import { Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';

/**
 * Finance over the real broker, database and cache: the 2022-01-31 expenditure table rebuilt from
 * commitments booked through the API; entries booked exactly once from curriculum's, enrollment's
 * and examination's events (published here as their producers will, until those are merged);
 * budget control under concurrency; corrections; bad input; tenancy; the report's downloads.
 */
const PASSWORD = 'Baeum!2022';

/**
 * What a person's inbox (the notification service's) holds about a budget line, once `count` items
 * are there; with `count` 0, what it holds now (call it once another recipient of the same events has
 * been told: one event's items are all written in one transaction).
 */
async function toldAbout(who: ApiClient, about: string, count = 1): Promise<{ title: string; body: string }[]> {
  const items = async () =>
    ((await who.get('/api/me/inbox?pageSize=100')).body.items as { title: string; body: string }[]).filter((i) => i.title.includes(about));
  if (count === 0) return items();
  return eventually(
    async () => {
      const found = await items();
      return found.length >= count ? found : undefined;
    },
    { what: `${count} inbox item(s) about ${about}` },
  );
}
const SEOUL = DemoTenants.seoul.id;
let stack: ServiceStack;
let finance: ApiClient;
let financeToken: string;
let manager: ApiClient;
let producer: Producer;
let newcomerCourseId: string;

beforeAll(async () => {
  // The January 2022 commitments are booked by this test, through the API, not by the demo seed.
  stack = await ServiceStack.start({ env: { finance: { SEED_DEMO_EXECUTION: 'false' } } });
  financeToken = (
    await new ApiClient(stack.gatewayUrl).post('/api/auth/login', {
      tenant: 'seoul-hrd',
      email: 'finance@seoul-hrd.example',
      password: PASSWORD,
    })
  ).body.accessToken;
  finance = new ApiClient(stack.gatewayUrl, financeToken);
  manager = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'manager@seoul-hrd.example', PASSWORD);
  newcomerCourseId = (await manager.get('/api/courses')).body.find((c: { code: string }) => c.code === 'NEWCOMER').id;
  producer = new Kafka({ clientId: 'finance-test', brokers: infra().kafkaBrokers.split(','), logLevel: logLevel.ERROR }).producer({
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
});

afterAll(async () => {
  await producer?.disconnect();
  await stack?.stop();
});

/** A contract-valid event as its producer would send it. */
function envelope<P>(contract: EventContract<P>, payload: P, source: string, tenantId = SEOUL): EventEnvelope<P> {
  expect(validatePayload(contract, payload)).toEqual([]);
  return {
    id: randomUUID(),
    type: contract.type,
    version: contract.version,
    occurredAt: new Date().toISOString(),
    tenantId,
    source,
    correlationId: randomUUID(),
    causationId: null,
    payload,
  };
}

/** Sends events onto the contract's topic, keyed as their producer keys them (events of one key stay in order). */
async function publish(contract: EventContract<any>, ...events: EventEnvelope<any>[]) {
  await producer.send({
    topic: stack.topic(contract.topic),
    messages: events.map((e) => ({ key: contract.keyOf(e.payload), value: JSON.stringify(e) })),
  });
}

const line = async (fiscalYear: number, code: string) => {
  const { status, body } = await finance.get(`/api/finance/books/${fiscalYear}/lines/${code}`);
  expect(status).toBe(200);
  return body;
};

/** Polls a line until `ready` holds for it. */
const lineWhen = (fiscalYear: number, code: string, ready: (detail: any) => boolean, what: string) =>
  eventually(
    async () => {
      const detail = await line(fiscalYear, code);
      return ready(detail) ? detail : undefined;
    },
    { what },
  );

const entriesOf = (detail: { entries: any[] }, sourceEventId: string) => detail.entries.filter((e) => e.event?.id === sourceEventId);

describe('the execution report (예산 집행 현황)', () => {
  type SourceRow = {
    label_ko: string;
    amount_2021: number;
    amount_2022: number;
    change_printed: string;
    change_rate_printed: string;
    executed: number;
    executed_printed: string;
    execution_rate_printed: string;
    level: string;
    id: string;
    children?: SourceRow[];
  };
  const sourceRows = (node: SourceRow): SourceRow[] => [node, ...(node.children ?? []).flatMap(sourceRows)];
  const tree = seoulHrd2022.work_report.budget_2022.expenditure.tree as SourceRow;
  const codes: Record<string, string> = SeoulBudgetLineCodes;
  const thousands = (n: number) => n.toLocaleString('en-US');

  it('prints nothing executed before anything is booked', async () => {
    const { status, body } = await finance.get('/api/finance/reports/execution?fiscalYear=2022&asOf=2022-01-31');
    expect(status).toBe(200);
    expect(body.expenditure.rows[0].printed).toMatchObject({
      current: '14,018,927',
      previous: '12,174,859',
      executed: '-',
      executionRate: '0.0%',
    });
  });

  it('reproduces every printed figure of the 2022-01-31 table from commitments booked through the API', async () => {
    const commit = (code: string, amount: number, bookedOn: string, reason: string) =>
      finance.post(`/api/finance/books/2022/lines/${code}/commitments`, { amount, bookedOn, reason });
    const units = sourceRows(tree).filter((r) => r.level === 'unit' && r.executed > 0);
    for (const unit of units) {
      const won = unit.executed * 1000;
      // Some lines in two commitments, as January's bills came.
      const parts = won > 100_000_000 ? [won - 60_000_000, 60_000_000] : [won];
      for (const [i, amount] of parts.entries()) {
        const created = await commit(codes[unit.id], amount, `2022-01-${String(10 + i * 10)}`, `1월 원인행위 ${i + 1} — ${unit.label_ko}`);
        expect(created.status).toBe(201);
        expect(created.body).toMatchObject({
          budgetLineCode: codes[unit.id],
          fiscalYear: 2022,
          status: 'booked',
          committed: String(amount),
          cause: 'manual',
        });
      }
    }
    // A commitment released within January nets out; one booked in February does not count yet.
    const mistaken = await commit('NEWCOMER', 5_000_000, '2022-01-12', '중복 계약');
    const released = await finance.post(`/api/finance/commitments/${mistaken.body.id}/releases`, {
      amount: 5_000_000,
      bookedOn: '2022-01-20',
      reason: '중복 계약 해제',
    });
    expect(released.status).toBe(201);
    expect(released.body).toMatchObject({ committed: '0' });
    expect((await commit('ELEARNING', 1_000_000, '2022-02-03', '2월 콘텐츠 라이선스')).status).toBe(201);

    const { body: report } = await finance.get('/api/finance/reports/execution?fiscalYear=2022&asOf=2022-01-31');
    const expected = sourceRows(tree);
    expect(report.expenditure.rows.map((r: { nameKo: string }) => r.nameKo)).toEqual(expected.map((s) => s.label_ko));
    expect(report.expenditure.rows.map((r: { printed: object }) => r.printed)).toEqual(
      expected.map((s) => ({
        previous: thousands(s.amount_2021),
        current: thousands(s.amount_2022),
        change: s.change_printed,
        changeRate: s.change_rate_printed,
        executed: s.executed_printed,
        executionRate: s.execution_rate_printed,
      })),
    );
    // D8: the source's 0.02% is reproduced, and footnoted as the one rate with two decimals.
    expect(report.expenditure.notes).toEqual([
      { code: 'ASSESSMENT-OPS', ko: expect.stringContaining('0.02%'), en: expect.stringContaining('0.02%') },
    ]);
    expect(report.headline).toEqual({ expenditure: '14,019백만원', revenue: '1,036백만원' });
    expect(report.revenue.map((r: { printed: { budgetMillion: string } }) => r.printed.budgetMillion)).toEqual([
      '1,036백만원',
      '1,031백만원',
      '5백만원',
    ]);
    const newcomer = report.quarterly.find((q: { code: string }) => q.code === 'NEWCOMER');
    expect(newcomer).toMatchObject({ plan: ['204638000', '272877000', '131837000', '67228000'], actual: ['60000000', '0', '0', '0'] });
    expect(report.monthly[0]).toEqual({ month: 1, executed: '1272398000', planned: null });

    // A month later, February's commitment counts too.
    const february = (await finance.get('/api/finance/reports/execution?fiscalYear=2022&asOf=2022-02-28')).body;
    expect(february.expenditure.rows.find((r: { code: string }) => r.code === 'ELEARNING').printed.executed).toBe('653,636');
    expect(february.monthly[1].executed).toBe('1273398000');
  });

  it('downloads the report as .xlsx with every table and as CSV with a BOM', async () => {
    const xlsx = await fetch(`${stack.gatewayUrl}/api/finance/reports/execution/export?fiscalYear=2022&asOf=2022-01-31&format=xlsx`, {
      headers: { authorization: `Bearer ${financeToken}` },
    });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toContain(encodeURIComponent('예산집행현황_2022_2022-01-31.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['세출 집행현황', '세입 수납현황', '분기별 계획 대비 실적', '월별 누적 집행']);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(2).values).toEqual([undefined, '합계', 'Total', 'TOTAL', 12174859, 14018927, 1844068, '15.1%', 1272398, '9.1%']);
    const assessment = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(3).value === 'ASSESSMENT-OPS')!;
    expect([assessment.getCell(8).value, assessment.getCell(9).value]).toEqual([250, '0.02%']);

    const csv = await fetch(
      `${stack.gatewayUrl}/api/finance/reports/execution/export?fiscalYear=2022&asOf=2022-01-31&format=csv&table=revenue`,
      { headers: { authorization: `Bearer ${financeToken}` } },
    );
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('경상적세외수입,Recurring non-tax revenue,REVENUE-RECURRING,1031000,');
  });
});

describe("2-6's two programmes in the quarterly plan against actual (분기별 계획 대비 실적)", () => {
  type Cells = { metric: string; component: string; q1: number; q2: number; q3: number; q4: number };
  const source = seoulHrd2022.work_report.programs.find((p) => p.id === '2-6')!.quarterly_plan!.rows as Cells[];
  const won = (component: string) => {
    const row = source.find((r) => r.metric === 'budget_thousand_krw' && r.component === component)!;
    return [row.q1, row.q2, row.q3, row.q4].map((q) => String(q * 1000));
  };
  const retirement = async (asOf: string) => {
    const { status, body } = await finance.get(`/api/finance/reports/execution?fiscalYear=2022&asOf=${asOf}`);
    expect(status).toBe(200);
    return body.quarterly.find((q: { code: string }) => q.code === 'RETIREMENT-PLANNING');
  };

  it('seeds each programme with its own budget per quarter, as the source gives it, adding up to the line', async () => {
    const detail = await line(2022, 'RETIREMENT-PLANNING');
    expect(
      detail.plan.map((p: { labelKo: string; q1: string; q2: string; q3: string; q4: string }) => [p.labelKo, [p.q1, p.q2, p.q3, p.q4]]),
    ).toEqual([
      ['2-6 퇴직 예정 공무원 제2인생 설계 지원 — 행복한 미래설계', won('happy_future_design')],
      ['2-6 퇴직 예정 공무원 제2인생 설계 지원 — 인생이모작 준비', won('second_career_prep')],
    ]);
    const row = await retirement('2022-12-31');
    expect(row.plan).toEqual(won('all'));
    expect(row.programmes.map((p: { courseCodes: string[]; plan: string[] }) => [p.courseCodes, p.plan])).toEqual([
      [['RETIRE-FUTURE'], won('happy_future_design')],
      [['RETIRE-SECOND'], won('second_career_prep')],
    ]);
  });

  it("shows against each programme what its own courses' cohorts booked, from the entries", async () => {
    const before = await retirement('2022-12-31');
    // A 행복한 미래설계 cohort scheduled in May 2022, as curriculum announces it.
    const cohortId = randomUUID();
    const scheduled: EventEnvelope<CohortScheduledV1> = {
      ...envelope(
        CohortScheduledV1,
        {
          cohortId,
          courseId: randomUUID(),
          courseCode: 'RETIRE-FUTURE',
          courseNameKo: '행복한 미래설계 과정',
          startDate: '2022-05-16',
          endDate: '2022-05-27',
          capacity: 125,
          estimatedCost: '50000000',
          budgetLineCode: 'RETIREMENT-PLANNING',
        },
        'curriculum',
      ),
      occurredAt: '2022-05-10T01:00:00.000Z',
    };
    await publish(CohortScheduledV1, scheduled);
    await lineWhen(2022, 'RETIREMENT-PLANNING', (d) => entriesOf(d, scheduled.id).length > 0, 'the 2022 cohort booked');
    const after = await retirement('2022-12-31');
    const delta = (a: string[], b: string[]) => a.map((x, q) => String(BigInt(x) - BigInt(b[q])));
    expect(delta(after.actual, before.actual)).toEqual(['0', '50000000', '0', '0']);
    expect(delta(after.programmes[0].actual, before.programmes[0].actual)).toEqual(['0', '50000000', '0', '0']);
    expect(after.programmes[1].actual).toEqual(before.programmes[1].actual);
    // Before May the cohort had booked nothing.
    expect((await retirement('2022-04-30')).programmes[0].actual).toEqual(before.programmes[0].actual);
  });
});

describe("2-7's international training and 3-3's facility projects per quarter (사업별 분기 계획)", () => {
  type Row = { metric: string; total: number; q1: number; q2: number; q3: number; q4: number };
  const printed = (id: string, metric: string) =>
    (seoulHrd2022.work_report.programs.find((p) => p.id === id) as unknown as { quarterly_plan: { rows: Row[] } }).quarterly_plan.rows.find(
      (r) => r.metric === metric,
    )!;
  const quarters = (row: Row) => [row.q1, row.q2, row.q3, row.q4];
  const won = (row: Row) => quarters(row).map((k) => String(k * 1000));
  const plans = async (asOf: string) => {
    const { status, body } = await finance.get(`/api/finance/reports/programme-plans?fiscalYear=2022&asOf=${asOf}`);
    expect(status).toBe(200);
    return body as {
      asOf: string;
      programmes: {
        programme: string;
        budgetLineCode: string | null;
        fundKo: string | null;
        counts: { planned: number[]; plannedTotal: number; booked: number[] | null } | null;
        budget: { planned: string[]; plannedTotal: string; booked: string[] | null; bookedTotal: string | null };
      }[];
    };
  };

  it("keeps the source's figures: 2-7's budget per quarter on its fund, 3-3's projects per quarter and its line's budget", async () => {
    const report = await plans('2022-12-31');
    expect(report.programmes.map((p) => p.programme)).toEqual(['2-7', '3-3']);
    const [international, facilities] = report.programmes;
    expect(international).toMatchObject({
      budgetLineCode: null,
      fundKo: '대외협력기금',
      counts: null,
      budget: { planned: won(printed('2-7', 'budget_thousand_krw')), plannedTotal: '264467000', booked: null, bookedTotal: null },
    });
    expect(facilities).toMatchObject({
      budgetLineCode: 'BUILDING-REPAIR',
      fundKo: null,
      counts: { planned: quarters(printed('3-3', 'projects')), plannedTotal: printed('3-3', 'projects').total },
      budget: { planned: won(printed('3-3', 'budget_thousand_krw')), plannedTotal: '410000000' },
    });
    // Without an institute book for the year, nothing is planned.
    const empty = await finance.get('/api/finance/reports/programme-plans?fiscalYear=2031&asOf=2031-01-31');
    expect([empty.status, empty.body.programmes]).toEqual([200, []]);
  });

  it("counts each commitment booked on 3-3's line as a project of its quarter, and what it committed against the budget", async () => {
    const before = await plans('2022-12-31');
    const booked = await finance.post('/api/finance/books/2022/lines/BUILDING-REPAIR/commitments', {
      amount: 37_000_000,
      bookedOn: '2022-08-10',
      reason: `외곽 경계울타리 정비 ${randomUUID().slice(0, 8)}`,
    });
    expect(booked.status).toBe(201);
    const after = await plans('2022-12-31');
    const facilities = (r: typeof after) => r.programmes.find((p) => p.programme === '3-3')!;
    const delta = (a: (number | string)[], b: (number | string)[]) => a.map((x, q) => String(BigInt(x) - BigInt(b[q])));
    expect(delta(facilities(after).counts!.booked!, facilities(before).counts!.booked!)).toEqual(['0', '0', '1', '0']);
    expect(delta(facilities(after).budget.booked!, facilities(before).budget.booked!)).toEqual(['0', '0', '37000000', '0']);
    // As of before August the commitment had not been booked; 2-7, on no line, books nothing here.
    const july = await plans('2022-07-31');
    expect(facilities(july).counts!.booked![2]).toBe(facilities(before).counts!.booked![2]);
    expect(after.programmes[0].budget.booked).toBeNull();
  });

  it('answers only those who read the reports', async () => {
    const trainee = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'trainee@seoul-hrd.example', PASSWORD);
    expect((await trainee.get('/api/finance/reports/programme-plans?fiscalYear=2022')).status).toBe(403);
    expect((await finance.get('/api/finance/reports/programme-plans?fiscalYear=20x2')).status).toBe(400);
  });
});

describe('entries booked from events, exactly once, each linked to its event', () => {
  const snapshot = (cohortId: string, overrides: Partial<CohortScheduledV1> = {}): CohortScheduledV1 => ({
    cohortId,
    courseId: newcomerCourseId,
    courseCode: 'NEWCOMER',
    courseNameKo: '신임자 교육과정',
    startDate: '2027-03-08',
    endDate: '2027-03-12',
    capacity: 30,
    estimatedCost: '12000000',
    budgetLineCode: 'NEWCOMER',
    ...overrides,
  });

  it('commits a scheduled cohort, adjusts it on change, moves it to another line, and releases it on cancellation', async () => {
    const scheduled = await manager.post('/api/cohorts', {
      courseId: newcomerCourseId,
      startDate: '2027-03-08',
      endDate: '2027-03-12',
      capacity: 30,
      estimatedCost: 12_000_000,
      budgetLineCode: 'NEWCOMER',
    });
    expect(scheduled.status).toBe(201);
    const cohortId = scheduled.body.id;
    const before = await lineWhen(
      2027,
      'NEWCOMER',
      (d) => d.entries.some((e: any) => e.event?.payload.cohortId === cohortId),
      'the scheduled cohort booked',
    );
    const [commit] = before.entries.filter((e: any) => e.event?.payload.cohortId === cohortId);
    expect(commit).toMatchObject({
      kind: 'commit',
      amount: '12000000',
      recordedByName: 'curriculum',
      event: { type: 'curriculum.cohort.scheduled', source: 'curriculum' },
    });
    expect(commit.reason).toContain('신임자 교육과정');

    // Curriculum raises the cost; the event arrives twice (at-least-once delivery).
    const raised = envelope(
      CohortChangedV1,
      { ...snapshot(cohortId, { estimatedCost: '15000000' }), changedFields: ['estimatedCost'], reason: '강사료 인상' },
      'curriculum',
    );
    await publish(CohortChangedV1, raised, raised);
    const afterRaise = await lineWhen(2027, 'NEWCOMER', (d) => entriesOf(d, raised.id).length > 0, 'the raise booked');
    expect(entriesOf(afterRaise, raised.id)).toEqual([
      expect.objectContaining({ kind: 'adjust', amount: '3000000', reason: expect.stringContaining('강사료 인상') }),
    ]);
    expect(BigInt(afterRaise.line.committed) - BigInt(before.line.committed)).toBe(3_000_000n);
    const shown = await eventually(
      async () => {
        const { body } = await manager.get(`/api/cohorts/${cohortId}`);
        return body.committedAmount === '15000000' ? body : undefined;
      },
      { what: 'the cohort page to show the new amount' },
    );
    expect(shown.committedAmount).toBe('15000000');

    // Moved to the core-values line: released here, committed there, by one event.
    const moved = envelope(
      CohortChangedV1,
      {
        ...snapshot(cohortId, { estimatedCost: '15000000', budgetLineCode: 'CORE-VALUES' }),
        changedFields: ['budgetLineCode'],
        reason: '예산 사업 정정',
      },
      'curriculum',
    );
    await publish(CohortChangedV1, moved);
    const coreValues = await lineWhen(2027, 'CORE-VALUES', (d) => entriesOf(d, moved.id).length > 0, 'the move booked');
    expect(entriesOf(coreValues, moved.id)).toEqual([expect.objectContaining({ kind: 'commit', amount: '15000000' })]);
    const newcomerAfterMove = await line(2027, 'NEWCOMER');
    expect(entriesOf(newcomerAfterMove, moved.id)).toEqual([expect.objectContaining({ kind: 'release', amount: '-15000000' })]);
    expect(BigInt(newcomerAfterMove.line.committed)).toBe(BigInt(before.line.committed) - 12_000_000n);

    const cancelled = envelope(
      CohortCancelledV1,
      {
        cohortId,
        courseId: newcomerCourseId,
        courseCode: 'NEWCOMER',
        startDate: '2027-03-08',
        budgetLineCode: 'CORE-VALUES',
        reason: '수요 부족',
      },
      'curriculum',
    );
    await publish(CohortCancelledV1, cancelled, cancelled);
    const released = await lineWhen(2027, 'CORE-VALUES', (d) => entriesOf(d, cancelled.id).length > 0, 'the cancellation booked');
    expect(entriesOf(released, cancelled.id)).toEqual([
      expect.objectContaining({ kind: 'release', amount: '-15000000', reason: expect.stringContaining('수요 부족') }),
    ]);
    const inbox = await stack.query('finance', 'SELECT count(*)::int AS n FROM finance.inbox WHERE event_id = ANY($1::uuid[])', [
      [raised.id, moved.id, cancelled.id],
    ]);
    expect(inbox).toEqual([{ n: 3 }]);

    // Other services hear of each change to the commitment.
    const announced = await stack.query(
      'finance',
      `SELECT type, envelope->'payload'->>'amount' AS amount FROM finance.outbox WHERE envelope->>'causationId' = ANY($1) ORDER BY seq`,
      [[raised.id, moved.id, cancelled.id]],
    );
    expect(announced).toEqual([
      { type: 'finance.commitment.recorded', amount: '3000000' },
      { type: 'finance.commitment.released', amount: '15000000' },
      { type: 'finance.commitment.recorded', amount: '15000000' },
      { type: 'finance.commitment.released', amount: '15000000' },
    ]);
  });

  const meals =
    "books confirmed trainees' meals for the cohort's training days, gives released seats " +
    'back, and waits for a cohort it does not know yet';
  it(meals, async () => {
    const cohortId = randomUUID();
    const seat = (applicationId: string) => ({ applicationId, cohortId, traineeId: randomUUID(), agencyCode: 'MAPO-GU' });
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    const confirmedA = envelope(SeatConfirmedV1, { ...seat(a), via: 'application', confirmedAt: new Date().toISOString() }, 'enrollment');
    // Seats arrive before finance has heard of their cohort: they wait for it.
    await publish(SeatConfirmedV1, confirmedA, confirmedA);
    await eventually(async () => (await stack.query('finance', 'SELECT 1 FROM finance.seat WHERE application_id = $1', [a])).length === 1, {
      what: 'the early seat',
    });
    const scheduled = envelope(CohortScheduledV1, snapshot(cohortId, { estimatedCost: '4000000' }), 'curriculum');
    await publish(CohortScheduledV1, scheduled);
    // Monday 8 to Friday 12 March 2027: five training days at 8,000 won (the demo book's rule).
    const first = await lineWhen(2027, 'TRAINEE-MEALS', (d) => entriesOf(d, scheduled.id).length > 0, 'meals of the early seat');
    expect(entriesOf(first, scheduled.id)).toEqual([
      expect.objectContaining({ kind: 'commit', amount: '40000', reason: expect.stringContaining('1명 × 5일 × 8,000원') }),
    ]);

    const confirmedB = envelope(SeatConfirmedV1, { ...seat(b), via: 'nomination', confirmedAt: new Date().toISOString() }, 'enrollment');
    const confirmedC = envelope(SeatConfirmedV1, { ...seat(c), via: 'waitlist', confirmedAt: new Date().toISOString() }, 'enrollment');
    const releasedB = envelope(SeatReleasedV1, { ...seat(b), reason: 'cancelled', releasedAt: new Date().toISOString() }, 'enrollment');
    await publish(SeatConfirmedV1, confirmedB, confirmedC, confirmedC);
    await publish(SeatReleasedV1, releasedB);
    // One topic and key (the cohort), so in order. A consumer batch settles its cohort's meals once, behind
    // its last seat event of the cohort: how the three fall into batches decides the entries, not their sum.
    const meals = await lineWhen(2027, 'TRAINEE-MEALS', (d) => entriesOf(d, releasedB.id).length > 0, 'the released seat');
    const behind = [confirmedB, confirmedC, releasedB].flatMap((e) => entriesOf(meals, e.id));
    expect(behind.length).toBeGreaterThanOrEqual(1);
    expect(behind.length).toBeLessThanOrEqual(3);
    expect(behind.reduce((sum: bigint, x: any) => sum + BigInt(x.amount), 0n)).toBe(40000n);
    expect(entriesOf(meals, confirmedB.id).length).toBeLessThanOrEqual(1);
    const [{ total }] = await stack.query(
      'finance',
      `SELECT sum(committed)::text AS total FROM finance.commitment WHERE cause = 'meals' AND cause_id = $1`,
      [cohortId],
    );
    expect(total).toBe('80000'); // two trainees left

    // Rescheduled to a single day: the remaining meals follow.
    const shortened = envelope(
      CohortChangedV1,
      {
        ...snapshot(cohortId, { estimatedCost: '4000000', endDate: '2027-03-08' }),
        changedFields: ['endDate'],
        reason: '1일 과정으로 단축',
      },
      'curriculum',
    );
    await publish(CohortChangedV1, shortened);
    const after = await lineWhen(2027, 'TRAINEE-MEALS', (d) => entriesOf(d, shortened.id).length > 0, 'meals after the change');
    expect(entriesOf(after, shortened.id)).toEqual([
      expect.objectContaining({ kind: 'release', amount: '-64000', reason: expect.stringContaining('2명 × 1일') }),
    ]);
  });

  it('books exam fees as revenue and refunds as its reversal, and refuses a refund beyond the fee', async () => {
    const applicationId = randomUUID();
    const examId = randomUUID();
    const paid = envelope(FeePaidV1, { applicationId, examId, amount: '7000', paidOn: '2027-02-10', paymentRef: 'PAY-1' }, 'examination');
    const refunded = envelope(
      FeeRefundedV1,
      { applicationId, examId, amount: '3500', refundedOn: '2027-02-20', paymentRef: 'PAY-1', reason: '응시 취소 (50% 환불)' },
      'examination',
    );
    const tooMuch = envelope(
      FeeRefundedV1,
      { applicationId, examId, amount: '5000', refundedOn: '2027-02-21', paymentRef: 'PAY-1', reason: '중복 환불' },
      'examination',
    );
    // The same application's events share a partition: the last one is applied after the others.
    const paidAgain = envelope(
      FeePaidV1,
      { applicationId, examId, amount: '1000', paidOn: '2027-02-22', paymentRef: 'PAY-2' },
      'examination',
    );
    await publish(FeePaidV1, paid, paid, refunded, tooMuch, paidAgain);
    const revenue = await lineWhen(2027, 'REVENUE-RECURRING', (d) => entriesOf(d, paidAgain.id).length > 0, 'the last fee');
    expect(
      [paid, refunded, tooMuch, paidAgain].map((e) => entriesOf(revenue, e.id).map((x: any) => [x.kind, x.measure, x.amount, x.bookedOn])),
    ).toEqual([
      [['collect', 'collected', '7000', '2027-02-10']],
      [['refund', 'collected', '-3500', '2027-02-20']],
      [],
      [['collect', 'collected', '1000', '2027-02-22']],
    ]);
    expect(await stack.query('finance', 'SELECT 1 FROM finance.inbox WHERE event_id = $1', [tooMuch.id])).toEqual([]); // dead-lettered
    expect(revenue.line.collected).toBe('4500');
    const report = (await finance.get('/api/finance/reports/execution?fiscalYear=2027&asOf=2027-12-31')).body;
    expect(report.revenue.find((r: { code: string }) => r.code === 'REVENUE-RECURRING')).toMatchObject({
      collected: '4500',
      printed: { collected: '5', budgetMillion: '1,031백만원' },
    });
  });

  it('commits an exam sitting’s cost on the day it was held', async () => {
    const held = envelope(
      SittingHeldV1,
      {
        sittingId: randomUUID(),
        examId: randomUUID(),
        stage: 'written',
        heldOn: '2027-06-11',
        venues: 12,
        candidates: 3208,
        cost: '48120000',
        budgetLineCode: 'RECRUITMENT-EXAMS',
      },
      'examination',
    );
    await publish(SittingHeldV1, held, held);
    const exams = await lineWhen(2027, 'RECRUITMENT-EXAMS', (d) => entriesOf(d, held.id).length > 0, 'the sitting');
    expect(entriesOf(exams, held.id)).toEqual([
      expect.objectContaining({
        kind: 'commit',
        amount: '48120000',
        bookedOn: '2027-06-11',
        reason: expect.stringContaining('필기시험 시행'),
      }),
    ]);
  });
});

describe('budget control and thresholds', () => {
  it('lets exactly one of two commitments through a stop line when both together would exceed it', async () => {
    const stop = await finance.request('PATCH', '/api/finance/books/2027/lines/HRD-CAPACITY', { control: 'stop' });
    expect(stop.status).toBe(200);
    expect(stop.body.line).toMatchObject({ control: 'stop', amount: '14100000', committed: '0' });
    const attempt = (n: number) =>
      finance.post('/api/finance/books/2027/lines/HRD-CAPACITY/commitments', {
        amount: 8_000_000,
        bookedOn: '2027-01-15',
        reason: `HRD 워크숍 ${n}`,
      });
    const results = await Promise.all([attempt(1), attempt(2)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const refused = results.find((r) => r.status === 409)!;
    expect(refused.body.message).toContain('6,100,000');
    expect(refused.body).toMatchObject({
      code: 'LEDGER.OVER_BUDGET',
      field: 'amount',
      params: { remaining: '6100000', requested: '8000000', line: 'HRD-CAPACITY', fiscalYear: 2027 },
      remaining: '6100000',
    });
    const detail = await line(2027, 'HRD-CAPACITY');
    expect(detail.line.committed).toBe('8000000');
    expect(detail.entries).toHaveLength(1);

    // 8,000,000 of 14,100,000 passed 50%: the line's officer (here every finance officer) is told.
    const notified = await toldAbout(finance, 'HRD-CAPACITY');
    expect(notified.map((n) => n.title)).toEqual(['[예산] HRD-CAPACITY 집행률 50% 도달 / Budget line HRD-CAPACITY passed 50%']);
    expect(notified[0].body).toContain('예산 14,100,000원 중 8,000,000원이 집행되었습니다');
    const crossed = await stack.query(
      'finance',
      `SELECT envelope->'payload' AS payload FROM finance.outbox WHERE type = ` +
        `'finance.line.threshold_crossed' AND envelope->'payload'->>'budgetLineCode' = ` +
        `'HRD-CAPACITY'`,
    );
    expect(crossed.map((r) => r.payload)).toEqual([
      expect.objectContaining({ thresholdPercent: 50, executed: '8000000', fiscalYear: 2027 }),
    ]);
  });

  it('books past a warn line but says so, and tells the named officer at 80% and 100%', async () => {
    const planner = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'planner@seoul-hrd.example', PASSWORD);
    const officers = (await planner.get('/api/finance/officers')).body;
    const plannerId = officers.find((o: { role: string }) => o.role === 'planner').id;
    const stranger = await planner.request('PATCH', '/api/finance/books/2027/lines/CURRICULUM-PLANNING', { officerUserId: randomUUID() });
    expect(stranger.body.code).toBe('VALIDATION');
    expect(stranger.body.errors).toEqual([
      { field: 'officerUserId', code: 'BUDGET_LINE.OFFICER_NOT_ELIGIBLE', messages: [expect.stringContaining('담당자가 아닙니다')] },
    ]);
    const named = await planner.request('PATCH', '/api/finance/books/2027/lines/CURRICULUM-PLANNING', { officerUserId: plannerId });
    expect(named.body).toMatchObject({ officerName: '박기획', line: { control: 'warn', amount: '21155000' } });
    const over = await finance.post('/api/finance/books/2027/lines/CURRICULUM-PLANNING/commitments', {
      amount: 22_000_000,
      bookedOn: '2027-02-01',
      reason: '교육훈련계획 연구용역',
    });
    expect(over.status).toBe(201);
    expect(over.body.lineExceeded).toBe(true);
    const detail = await line(2027, 'CURRICULUM-PLANNING');
    expect(detail.entries[0].exceedsBudget).toBe(true);
    const toPlanner = await toldAbout(planner, 'CURRICULUM-PLANNING', 3);
    expect(toPlanner.map((n) => /집행률 (\d+)%/.exec(n.title)![1]).sort()).toEqual(['100', '50', '80']);
    // Named officers' notices go to them, not to every finance officer.
    expect(await toldAbout(finance, 'CURRICULUM-PLANNING', 0)).toEqual([]);
  });

  it('holds what an event asks of a stop line without room, and books it once the budget is amended', async () => {
    await finance.request('PATCH', '/api/finance/books/2027/lines/TRAINING-EQUIPMENT', { control: 'stop' });
    const sitting = envelope(
      SittingHeldV1,
      {
        sittingId: randomUUID(),
        examId: randomUUID(),
        stage: 'interview',
        heldOn: '2027-07-02',
        venues: 1,
        candidates: 40,
        cost: '120000000',
        budgetLineCode: 'TRAINING-EQUIPMENT',
      },
      'examination',
    );
    await publish(SittingHeldV1, sitting);
    const [held] = await eventually(
      async () => {
        const rows = await stack.query('finance', `SELECT id, status, amount::text FROM finance.commitment WHERE source_event_id = $1`, [
          sitting.id,
        ]);
        return rows.length ? rows : undefined;
      },
      { what: 'the held commitment' },
    );
    expect(held).toMatchObject({ status: 'held', amount: '120000000' });
    const book = (await finance.get('/api/finance/books/2027')).body;
    expect(book.expenditure.find((r: { code: string }) => r.code === 'TRAINING-EQUIPMENT')).toMatchObject({
      committed: '0',
      held: { count: 1, amount: '120000000' },
    });
    const toldHeld = await toldAbout(finance, 'TRAINING-EQUIPMENT 약정 보류');
    expect(toldHeld[0].body).toContain('120,000,000원의 약정이 보류되었습니다');
    const [heldEvent] = await stack.query(
      'finance',
      `SELECT envelope->'payload' AS payload FROM finance.outbox WHERE type = 'finance.commitment.held' AND envelope->'payload'->>'commitmentId' = $1`,
      [held.id],
    );
    expect(heldEvent.payload).toMatchObject({ budgetLineCode: 'TRAINING-EQUIPMENT', amount: '120000000', fiscalYear: 2027 });

    const stillNoRoom = await finance.post(`/api/finance/commitments/${held.id}/book`, { reason: '예산 부족 상태에서 집행 시도' });
    expect(stillNoRoom.status).toBe(409);
    expect(stillNoRoom.body).toMatchObject({ code: 'LEDGER.OVER_BUDGET', params: { requested: '120000000', line: 'TRAINING-EQUIPMENT' } });
    expect(stillNoRoom.body.field).toBeUndefined();
    const amended = await finance.post('/api/finance/books/2027/lines/TRAINING-EQUIPMENT/amendments', {
      kind: 'supplementary',
      amount: 20_000_000,
      effectiveOn: '2027-06-30',
      reason: '제1회 추가경정예산',
    });
    expect(amended.status).toBe(201);
    expect(amended.body.amendments[0]).toMatchObject({
      kind: 'supplementary',
      amount: '20000000',
      amountAfter: '125787000',
      reason: '제1회 추가경정예산',
      recordedByName: '최재무',
    });
    const booked = await finance.post(`/api/finance/commitments/${held.id}/book`, { reason: '추경 후 면접시험 비용 집행' });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ status: 'booked', committed: '120000000' });
    const again = await finance.post(`/api/finance/commitments/${held.id}/book`, { reason: '두 번 집행' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'COMMITMENT.NOT_HELD', params: { status: 'booked' } });
    // The amendment counts from its date: the report before it shows the budget before it.
    const june = (await finance.get('/api/finance/reports/execution?fiscalYear=2027&asOf=2027-06-29')).body;
    expect(june.expenditure.rows.find((r: { code: string }) => r.code === 'TRAINING-EQUIPMENT').current).toBe('105787000');
  });
});

describe('audit trail', () => {
  it('keeps entries immutable: a correction is a reversing entry with who, when and why', async () => {
    const created = await finance.post('/api/finance/books/2027/lines/BUILDING-REPAIR/commitments', {
      amount: 3_300_000,
      bookedOn: '2027-03-02',
      reason: '방수 공사 계약',
    });
    const detail = await line(2027, 'BUILDING-REPAIR');
    const entry = detail.entries.find((e: { commitmentId: string }) => e.commitmentId === created.body.id);
    await expect(stack.query('finance', 'UPDATE finance.entry SET amount = 1 WHERE id = $1', [entry.id])).rejects.toThrow(/append-only/);
    await expect(stack.query('finance', 'DELETE FROM finance.entry WHERE id = $1', [entry.id])).rejects.toThrow(/append-only/);

    const reversal = await finance.post(`/api/finance/entries/${entry.id}/reversal`, { reason: '계약 금액 오기 — 재계약 예정' });
    expect(reversal.status).toBe(201);
    expect(reversal.body).toMatchObject({ reversesEntryId: entry.id, amount: '-3300000' });
    const after = await line(2027, 'BUILDING-REPAIR');
    const reversing = after.entries.find((e: { id: string }) => e.id === reversal.body.id);
    expect(reversing).toMatchObject({
      kind: 'reverse',
      reason: '계약 금액 오기 — 재계약 예정',
      recordedByName: '최재무',
      commitmentId: created.body.id,
    });
    expect(Date.parse(reversing.recordedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(after.entries.find((e: { id: string }) => e.id === entry.id)).toMatchObject({ amount: '3300000', reversedBy: reversal.body.id });
    expect(BigInt(after.line.committed)).toBe(BigInt(detail.line.committed) - 3_300_000n);
    const twice = await finance.post(`/api/finance/entries/${entry.id}/reversal`, { reason: '두 번째 정정' });
    expect([twice.status, twice.body.code]).toEqual([409, 'ENTRY.ALREADY_REVERSED']);
    const ofReversal = await finance.post(`/api/finance/entries/${reversal.body.id}/reversal`, { reason: '정정의 정정' });
    expect([ofReversal.status, ofReversal.body.code]).toEqual([409, 'ENTRY.IS_REVERSAL']);
  });
});

describe('payments and releases', () => {
  it('pays against a commitment, and never pays or releases more than it holds unpaid', async () => {
    const created = await finance.post('/api/finance/books/2027/lines/BUILDING-MAINTENANCE/commitments', {
      amount: 10_000_000,
      bookedOn: '2027-04-01',
      reason: '승강기 유지보수 연간 계약',
    });
    const id = created.body.id;
    const paid = await finance.post(`/api/finance/commitments/${id}/payments`, {
      amount: 4_000_000,
      paidOn: '2027-05-31',
      reason: '1차 기성금 지급',
    });
    expect(paid.status).toBe(201);
    expect(paid.body).toMatchObject({ committed: '10000000', paid: '4000000' });
    const overpaid = await finance.post(`/api/finance/commitments/${id}/payments`, {
      amount: 7_000_000,
      paidOn: '2027-06-30',
      reason: '2차 지급',
    });
    expect(overpaid.status).toBe(409);
    expect(overpaid.body).toMatchObject({
      code: 'COMMITMENT.PAYMENT_TOO_LARGE',
      field: 'amount',
      params: { unpaid: '6000000', requested: '7000000' },
    });
    const early = await finance.post(`/api/finance/commitments/${id}/payments`, {
      amount: 1000,
      paidOn: '2026-12-31',
      reason: '연도 착오',
    });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'COMMITMENT.PAID_BEFORE_YEAR', field: 'paidOn', params: { fiscalYear: 2027 } });
    const tooMuch = await finance.post(`/api/finance/commitments/${id}/releases`, { amount: 6_000_001, reason: '계약 변경' });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.message).toContain('6,000,000');
    expect(tooMuch.body).toMatchObject({
      code: 'COMMITMENT.RELEASE_TOO_LARGE',
      field: 'amount',
      params: { releasable: '6000000', requested: '6000001' },
    });
    const released = await finance.post(`/api/finance/commitments/${id}/releases`, {
      amount: 1_000_000,
      bookedOn: '2027-07-01',
      reason: '점검 횟수 축소로 감액',
    });
    expect(released.body).toMatchObject({ committed: '9000000', paid: '4000000' });
    const detail = await line(2027, 'BUILDING-MAINTENANCE');
    expect(detail.line).toMatchObject({ committed: '9000000', paid: '4000000', remaining: String(1_091_160_000 - 9_000_000) });
    expect(
      detail.entries.map((e: { kind: string; measure: string; amount: string; bookedOn: string }) => [
        e.kind,
        e.measure,
        e.amount,
        e.bookedOn,
      ]),
    ).toEqual([
      ['release', 'committed', '-1000000', '2027-07-01'],
      ['pay', 'paid', '4000000', '2027-05-31'],
      ['commit', 'committed', '10000000', '2027-04-01'],
    ]);
    // The commitment cannot be undone below what is already paid.
    const commit = detail.entries.find((e: { kind: string }) => e.kind === 'commit');
    const belowPaid = await finance.post(`/api/finance/entries/${commit.id}/reversal`, { reason: '계약 취소' });
    expect(belowPaid.status).toBe(409);
    expect(belowPaid.body).toMatchObject({ code: 'ENTRY.BELOW_PAID', params: { paid: '4000000' } });
  });
});

describe('bad input, roles and tenancy', () => {
  it('answers bad input with 400 naming each field, in Korean and English, and changes nothing', async () => {
    const before = await line(2027, 'ICT');
    const bad = await finance.post('/api/finance/books/2027/lines/ICT/commitments', {
      amount: 1.5,
      bookedOn: '2027-02-30',
      reason: '',
      surprise: 1,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['amount', 'bookedOn', 'reason', 'surprise']);
    expect(bad.body.errors.find((e: { field: string }) => e.field === 'amount').messages[0]).toMatch(
      /원 단위 정수.* \/ .*whole number of won/,
    );
    expect(bad.body.code).toBe('VALIDATION');
    const codeOf = (errors: { field: string; code: string }[]) => Object.fromEntries(errors.map((e) => [e.field, e.code]));
    expect(codeOf(bad.body.errors)).toEqual({
      amount: 'VALIDATION.INTEGER',
      bookedOn: 'VALIDATION.DATE',
      reason: 'VALIDATION.REQUIRED',
      surprise: 'VALIDATION.UNKNOWN_FIELD',
    });
    const wrongYear = await finance.post('/api/finance/books/2027/lines/ICT/commitments', {
      amount: 1000,
      bookedOn: '2026-12-31',
      reason: '연도 착오',
    });
    expect(wrongYear.body.errors).toEqual([
      {
        field: 'bookedOn',
        code: 'BUDGET_BOOK.DATE_OUTSIDE_YEAR',
        params: { fiscalYear: 2027 },
        messages: [expect.stringContaining('2027')],
      },
    ]);
    const tooBig = await finance.request('PUT', '/api/finance/books/2027/lines/ICT/plan', {
      rows: [{ labelKo: '3-2 정보통신', q1: 400_000_000, q2: 0, q3: 0, q4: 0 }],
      reason: '계획 수정',
    });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.errors[0]).toMatchObject({
      field: 'rows',
      code: 'QUARTERLY_PLAN.OVER_BUDGET',
      params: { planned: '400000000', budget: '356967000' },
      messages: [expect.stringContaining('356,967,000')],
    });
    const badRow = await finance.request('PUT', '/api/finance/books/2027/lines/ICT/plan', {
      rows: [{ labelKo: '', q1: -1, q2: 0, q3: 0 }],
      reason: '계획 수정',
    });
    expect(badRow.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['rows.0.labelKo', 'rows.0.q1', 'rows.0.q4']);
    expect(badRow.body.errors.find((e: { field: string }) => e.field === 'rows.0.q1')).toMatchObject({
      code: 'VALIDATION.MIN',
      params: { min: 0 },
    });
    const badYear = await finance.get('/api/finance/books/20x7');
    expect(badYear.status).toBe(400);
    expect(badYear.body.errors).toEqual([expect.objectContaining({ field: 'fiscalYear', code: 'VALIDATION.INTEGER' })]);
    const badId = await finance.post('/api/finance/commitments/not-an-id/releases', { amount: 1, reason: '잘못된 ID' });
    expect(badId.body.errors).toEqual([{ field: 'id', code: 'VALIDATION.ID', messages: [expect.stringMatching(/UUID.* \/ /)] }]);
    const badDate = await finance.get('/api/finance/reports/execution?fiscalYear=2027&asOf=yesterday');
    expect(badDate.status).toBe(400);
    expect(badDate.body.errors).toEqual([expect.objectContaining({ field: 'asOf', code: 'VALIDATION.DATE' })]);
    const below = await finance.post('/api/finance/books/2027/lines/HRD-CAPACITY/amendments', {
      kind: 'transfer',
      amount: -10_000_000,
      effectiveOn: '2027-04-01',
      reason: '타 사업으로 전용',
    });
    expect(below.status).toBe(409);
    expect(below.body).toMatchObject({
      code: 'AMENDMENT.BELOW_COMMITTED',
      field: 'amount',
      params: { committed: '8000000', amountAfter: '4100000' },
    });
    const reopened = await finance.post('/api/finance/books', { fiscalYear: 2027 });
    expect(reopened.status).toBe(409);
    expect(reopened.body).toMatchObject({ code: 'BUDGET_BOOK.ALREADY_OPEN', field: 'fiscalYear', params: { fiscalYear: 2027 } });
    const copyMissing = await finance.post('/api/finance/books', { fiscalYear: 2090, copyFrom: 2080 });
    expect(copyMissing.body.errors).toEqual([
      expect.objectContaining({ field: 'copyFrom', code: 'BUDGET_BOOK.COPY_FROM_MISSING', params: { copyFrom: 2080 } }),
    ]);
    const revenueAsMeals = await finance.request('PATCH', '/api/finance/books/2027', { mealLineCode: 'REVENUE-RECURRING' });
    expect(revenueAsMeals.body.errors).toEqual([
      {
        field: 'mealLineCode',
        code: 'BUDGET_LINE.WRONG_KIND',
        params: { code: 'REVENUE-RECURRING', kind: 'expenditure', fiscalYear: 2027 },
        messages: [expect.stringContaining('expenditure')],
      },
    ]);
    const duplicate = await finance.post('/api/finance/books/2027/lines', {
      kind: 'expenditure',
      code: 'ICT',
      nameKo: '정보화',
      nameEn: 'ICT',
      amount: 1000,
      reason: '중복 사업',
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({ code: 'BUDGET_LINE.DUPLICATE_CODE', field: 'code', params: { code: 'ICT', fiscalYear: 2027 } });
    const notJson = await finance.request('POST', '/api/finance/books/2027/lines/ICT/commitments', '{"amount":', {
      'content-type': 'application/json',
    });
    expect(notJson.status).toBe(400);
    const after = await line(2027, 'ICT');
    expect([after.line.committed, after.entries.length, after.plan]).toEqual([before.line.committed, before.entries.length, before.plan]);
  });

  it('lets only finance officers commit, and keeps readers out who are not institute staff', async () => {
    const notAllowed = await manager.post('/api/finance/books/2027/lines/ICT/commitments', {
      amount: 1000,
      bookedOn: '2027-02-01',
      reason: '권한 없음',
    });
    expect([notAllowed.status, notAllowed.body.code]).toEqual([403, 'FORBIDDEN']);
    const trainee = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'trainee@seoul-hrd.example', PASSWORD);
    expect((await trainee.get('/api/finance/reports/execution?fiscalYear=2022')).status).toBe(403);
    expect((await trainee.get('/api/finance/books/2022')).status).toBe(403);
    expect((await manager.get('/api/finance/reports/execution?fiscalYear=2022&asOf=2022-01-31')).status).toBe(200);
  });

  it("answers 404 to another tenant's lines, commitments and entries, and lists only its own", async () => {
    // A Sejong finance officer, as the gateway would sign one in: finance checks the token itself.
    const token = await new JwtService({ secret: TEST_JWT_SECRET }).signAsync(
      { sub: randomUUID(), tid: DemoTenants.sejong.id, role: 'finance_officer', name: '세종재무' },
      { algorithm: 'HS256', expiresIn: 600 },
    );
    const sejong = new ApiClient(stack.url('finance'), token);
    const seoulLine = await line(2027, 'BUILDING-REPAIR');
    const seoulEntry = seoulLine.entries[0];
    const notFound = async (answer: Promise<{ status: number; body: { code: string } }>) => {
      const { status, body } = await answer;
      return [status, body.code];
    };
    expect(await notFound(sejong.get('/books/2027/lines/BUILDING-REPAIR'))).toEqual([404, 'BUDGET_LINE.NOT_FOUND']);
    expect(await notFound(sejong.post(`/commitments/${seoulEntry.commitmentId}/releases`, { amount: 1, reason: '남의 예산' }))).toEqual([
      404,
      'COMMITMENT.NOT_FOUND',
    ]);
    expect(await notFound(sejong.post(`/entries/${seoulEntry.id}/reversal`, { reason: '남의 전표' }))).toEqual([404, 'ENTRY.NOT_FOUND']);
    expect(await notFound(sejong.get('/books/2095'))).toEqual([404, 'BUDGET_BOOK.NOT_FOUND']);
    const own = (await sejong.get('/books/2027')).body;
    expect(own.expenditure.filter((r: { level: string }) => r.level === 'unit').map((r: { code: string }) => r.code)).toEqual([
      'AI-CHILDCARE',
    ]);
    const seoulCohorts = await stack.query(
      'finance',
      `SELECT cohort_id FROM finance.commitment WHERE cause = 'cohort' AND tenant_id = $1 LIMIT 1`,
      [SEOUL],
    );
    expect((await sejong.get(`/commitments/by-cohort?cohortIds=${seoulCohorts[0].cohort_id}`)).body).toEqual([]);
  });
});

/** An OpenAPI schema, as much of it as the answers below need. */
interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: boolean | Schema;
}

/** Where `value` departs from `schema`: a missing or unknown field, a wrong type, a null where none may be. */
function departures(value: unknown, schema: Schema, schemas: Record<string, Schema>, at = '$'): string[] {
  if (schema.$ref) return departures(value, schemas[schema.$ref.replace('#/components/schemas/', '')], schemas, at);
  if (schema.allOf) return value === null && schema.nullable ? [] : schema.allOf.flatMap((s) => departures(value, s, schemas, at));
  if (value === null) return schema.nullable ? [] : [`${at} is null`];
  if (schema.enum && !schema.enum.includes(value)) return [`${at} is ${JSON.stringify(value)}, not one of ${schema.enum.join(', ')}`];
  if (schema.type === 'array')
    return Array.isArray(value) ? value.flatMap((v, i) => departures(v, schema.items!, schemas, `${at}[${i}]`)) : [`${at} is not a list`];
  if (schema.properties || schema.type === 'object') {
    if (typeof value !== 'object' || Array.isArray(value)) return [`${at} is not an object`];
    if (!schema.properties) return [];
    const fields = value as Record<string, unknown>;
    return [
      ...Object.keys(fields)
        .filter((k) => !(k in schema.properties!))
        .map((k) => `${at}.${k} is not in the view`),
      ...(schema.required ?? []).filter((k) => !(k in fields)).map((k) => `${at}.${k} is missing`),
      ...Object.entries(fields).flatMap(([k, v]) =>
        schema.properties![k] ? departures(v, schema.properties![k], schemas, `${at}.${k}`) : [],
      ),
    ];
  }
  const type = schema.type === 'integer' ? 'number' : schema.type;
  return type && typeof value !== type ? [`${at} is ${typeof value}, not ${schema.type}`] : [];
}

describe("the gateway's OpenAPI document", () => {
  /** Every route of the finance pages: its body, if it takes one, and the query parameters it reads. */
  const OPERATIONS: { method: string; path: string; body?: string; query?: string[] }[] = [
    { method: 'get', path: '/api/finance/books' },
    { method: 'post', path: '/api/finance/books', body: 'OpenFiscalYearDto' },
    { method: 'get', path: '/api/finance/books/{fiscalYear}' },
    { method: 'patch', path: '/api/finance/books/{fiscalYear}', body: 'ConfigureBookDto' },
    { method: 'post', path: '/api/finance/books/{fiscalYear}/lines', body: 'AddBudgetLineDto' },
    { method: 'get', path: '/api/finance/books/{fiscalYear}/lines/{code}' },
    { method: 'patch', path: '/api/finance/books/{fiscalYear}/lines/{code}', body: 'ConfigureLineDto' },
    { method: 'post', path: '/api/finance/books/{fiscalYear}/lines/{code}/amendments', body: 'AmendBudgetDto' },
    { method: 'put', path: '/api/finance/books/{fiscalYear}/lines/{code}/plan', body: 'ReviseQuarterlyPlanDto' },
    { method: 'post', path: '/api/finance/books/{fiscalYear}/lines/{code}/commitments', body: 'RecordCommitmentDto' },
    { method: 'post', path: '/api/finance/commitments/{id}/releases', body: 'ReleaseCommitmentDto' },
    { method: 'post', path: '/api/finance/commitments/{id}/payments', body: 'RecordPaymentDto' },
    { method: 'post', path: '/api/finance/commitments/{id}/book', body: 'LedgerCorrectionDto' },
    { method: 'post', path: '/api/finance/entries/{id}/reversal', body: 'LedgerCorrectionDto' },
    { method: 'get', path: '/api/finance/reports/execution', query: ['fiscalYear', 'asOf'] },
    { method: 'get', path: '/api/finance/reports/execution/export', query: ['fiscalYear', 'asOf', 'format', 'table'] },
    { method: 'get', path: '/api/finance/reports/programme-plans', query: ['fiscalYear', 'asOf'] },
    { method: 'get', path: '/api/finance/officers' },
  ];
  let document: { paths: Record<string, Record<string, any>>; components: { schemas: Record<string, Schema> } };

  beforeAll(async () => {
    const { status, body } = await new ApiClient(stack.gatewayUrl).get('/docs-json');
    expect(status).toBe(200);
    document = body;
  });

  it('describes every finance route: its parameters, its body, its answer and its errors', () => {
    const documented = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/finance/'))
      .flatMap(([path, item]) =>
        Object.keys(item)
          .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
          .map((method) => `${method} ${path}`),
      );
    expect(documented.sort()).toEqual(OPERATIONS.map((o) => `${o.method} ${o.path}`).sort());
    for (const { method, path, body, query } of OPERATIONS) {
      const operation = document.paths[path][method];
      const what = `${method} ${path}`;
      const [success, ...others] = Object.keys(operation.responses).filter((s) => s.startsWith('2'));
      expect([what, others]).toEqual([what, []]);
      const content: Record<string, { schema?: Schema }> = operation.responses[success].content ?? {};
      expect([what, Object.values(content).length > 0 && Object.values(content).every((c) => c.schema !== undefined)]).toEqual([
        what,
        true,
      ]);
      if (path.endsWith('/export'))
        expect(Object.values(content).map((c) => c.schema)).toEqual([
          { type: 'string', format: 'binary' },
          { type: 'string', format: 'binary' },
        ]);
      else
        expect([what, content['application/json'].schema!.$ref ?? content['application/json'].schema!.items?.$ref]).toEqual([
          what,
          expect.stringMatching(/View$/),
        ]);
      expect([what, operation.responses.default.content['application/json'].schema.$ref]).toEqual([what, '#/components/schemas/ErrorBody']);
      const parameters: { in: string; name: string; schema: Schema }[] = operation.parameters ?? [];
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect([what, parameters.filter((p) => p.in === 'path').map((p) => p.name)]).toEqual([what, inPath]);
      expect([what, parameters.filter((p) => p.in === 'query').map((p) => p.name)]).toEqual([what, query ?? []]);
      expect([what, operation.requestBody?.content['application/json'].schema.$ref]).toEqual([
        what,
        body ? `#/components/schemas/${body}` : undefined,
      ]);
    }
  });

  it('lists the finance codes among the error codes', () => {
    const codes = document.components.schemas.ErrorCode.enum as string[];
    expect(codes).toEqual(
      expect.arrayContaining([
        'LEDGER.OVER_BUDGET',
        'BUDGET_BOOK.NOT_FOUND',
        'COMMITMENT.PAYMENT_TOO_LARGE',
        'ENTRY.ALREADY_REVERSED',
        'BUDGET_LINE.OFFICER_NOT_ELIGIBLE',
      ]),
    );
  });

  it('describes what the routes answer, field for field', async () => {
    const schemaOf = (path: string, method = 'get') =>
      document.paths[path][method].responses[method === 'post' ? '201' : '200'].content['application/json'].schema as Schema;
    const answers: [string, string, Promise<{ status: number; body: unknown }>][] = [
      ['/api/finance/books', 'get', finance.get('/api/finance/books')],
      ['/api/finance/books/{fiscalYear}', 'get', finance.get('/api/finance/books/2027')],
      ['/api/finance/books/{fiscalYear}/lines/{code}', 'get', finance.get('/api/finance/books/2027/lines/TRAINING-EQUIPMENT')],
      ['/api/finance/books/{fiscalYear}/lines/{code}', 'get', finance.get('/api/finance/books/2027/lines/REVENUE-RECURRING')],
      ['/api/finance/books/{fiscalYear}/lines/{code}', 'get', finance.get('/api/finance/books/2027/lines/BUILDING-MAINTENANCE')],
      ['/api/finance/reports/execution', 'get', finance.get('/api/finance/reports/execution?fiscalYear=2022&asOf=2022-01-31')],
      ['/api/finance/reports/programme-plans', 'get', finance.get('/api/finance/reports/programme-plans?fiscalYear=2022&asOf=2022-12-31')],
      ['/api/finance/officers', 'get', finance.get('/api/finance/officers')],
      [
        '/api/finance/books/{fiscalYear}/lines/{code}/commitments',
        'post',
        finance.post('/api/finance/books/2027/lines/ICT/commitments', { amount: 1000, bookedOn: '2027-02-01', reason: '문서 검사' }),
      ],
    ];
    for (const [path, method, answer] of answers) {
      const { status, body } = await answer;
      expect([path, status]).toEqual([path, method === 'post' ? 201 : 200]);
      expect([path, departures(body, schemaOf(path, method), document.components.schemas)]).toEqual([path, []]);
    }
  });
});
