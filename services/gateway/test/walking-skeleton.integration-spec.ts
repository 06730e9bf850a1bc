import { currentFiscalYear } from '@baeum/calendar';
import { DemoTenants } from '@baeum/source-data';
import { ApiClient, eventually, repoRoot, ServiceStack, sleep } from '@baeum/testing';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The walking skeleton over the real broker: a cohort scheduled through the gateway reaches
 * curriculum, enrollment, examination and finance, and the gateway shows the combined view.
 */
const PASSWORD = 'Baeum!2022';
let stack: ServiceStack;
let manager: ApiClient;
let courseId: string;

const cohortBody = (overrides: Record<string, unknown> = {}) => ({
  courseId,
  startDate: '2027-03-02',
  endDate: '2027-03-06',
  capacity: 30,
  estimatedCost: 12_000_000,
  budgetLineCode: 'NEWCOMER',
  ...overrides,
});

beforeAll(async () => {
  stack = await ServiceStack.start();
  manager = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'manager@seoul-hrd.example', PASSWORD);
  const courses = await manager.get('/api/courses');
  courseId = courses.body.find((c: { code: string }) => c.code === 'NEWCOMER').id;
});

afterAll(async () => {
  await stack?.stop();
});

describe('scheduling a cohort through the gateway', () => {
  it('stores it, replicates its seats, books its commitment and shows it all in one view', async () => {
    const created = await manager.post('/api/cohorts', cohortBody());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ courseCode: 'NEWCOMER', capacity: 30, estimatedCost: '12000000', status: 'scheduled' });
    const id = created.body.id;

    const view = await eventually(
      async () => {
        const { body } = await manager.get(`/api/cohorts/${id}`);
        return body.seatsFree !== null && body.committedAmount !== null ? body : undefined;
      },
      { what: 'seats and commitment to appear' },
    );
    expect(view).toMatchObject({ id, seatsFree: 30, committedAmount: '12000000', budgetLineCode: 'NEWCOMER' });

    // Every domain service has it, each in its own database.
    const [seats] = await stack.query('enrollment', 'SELECT capacity, confirmed FROM enrollment.cohort_seats WHERE cohort_id = $1', [id]);
    expect(seats).toEqual({ capacity: 30, confirmed: 0 });
    const commitments = await stack.query(
      'finance',
      'SELECT amount::text, source_event_type FROM finance.commitment WHERE cohort_id = $1',
      [id],
    );
    expect(commitments).toEqual([{ amount: '12000000', source_event_type: 'curriculum.cohort.scheduled' }]);
    await eventually(
      async () =>
        (await stack.query('examination', 'SELECT 1 FROM examination.preparatory_cohort WHERE cohort_id = $1', [id])).length === 1,
      { what: 'examination replica' },
    );

    // The event carried the request's correlation id from the gateway to finance's inbox.
    const [outbox] = await stack.query('curriculum', `SELECT envelope FROM curriculum.outbox WHERE key = $1`, [id]);
    expect(outbox.envelope).toMatchObject({
      type: 'curriculum.cohort.scheduled',
      version: 1,
      tenantId: DemoTenants.seoul.id,
      source: 'curriculum',
    });
    const inbox = await stack.query('finance', 'SELECT event_type FROM finance.inbox WHERE event_id = $1', [outbox.envelope.id]);
    expect(inbox).toEqual([{ event_type: 'curriculum.cohort.scheduled' }]);

    // The budget line's committed amount includes it.
    const lines = await manager.get('/api/budget-lines?fiscalYear=2027');
    expect(lines.status).toBe(200);
  });

  it('books exactly one commitment for each of 200 cohorts scheduled concurrently', async () => {
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        manager.post('/api/cohorts', cohortBody({ capacity: 10 + (i % 20), estimatedCost: 1_000_000 + i })),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(200).fill(201));
    const ids = responses.map((r) => r.body.id as string);
    const counted = await eventually(
      async () => {
        const [row] = await stack.query(
          'finance',
          'SELECT count(*)::int AS n, count(DISTINCT cohort_id)::int AS cohorts, sum(amount)::text AS total ' +
            'FROM finance.commitment WHERE cohort_id = ANY($1::uuid[])',
          [ids],
        );
        return row.n >= 200 ? row : undefined;
      },
      { timeoutMs: 60000, what: '200 commitments' },
    );
    const expectedTotal = Array.from({ length: 200 }, (_, i) => 1_000_000 + i).reduce((a, b) => a + b, 0);
    expect(counted).toEqual({ n: 200, cohorts: 200, total: String(expectedTotal) });
    const [seats] = await stack.query(
      'enrollment',
      'SELECT count(*)::int AS n FROM enrollment.cohort_seats WHERE cohort_id = ANY($1::uuid[])',
      [ids],
    );
    expect(seats.n).toBe(200);
  });

  it('answers bad input with 400 naming each field, and stores nothing', async () => {
    const before = await stack.query('curriculum', 'SELECT count(*)::int AS n FROM curriculum.cohort');
    const bad = await manager.post('/api/cohorts', {
      courseId: 'not-a-uuid',
      startDate: '2027-02-30x',
      endDate: '2027-03-01',
      capacity: 0,
      estimatedCost: 1.5,
      budgetLineCode: 'NEWCOMER',
      surprise: true,
    });
    expect(bad.status).toBe(400);
    const fields = bad.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['capacity', 'courseId', 'estimatedCost', 'startDate', 'surprise']);
    // Each field names its rule by a code, with the rule's limits.
    expect(bad.body.code).toBe('VALIDATION');
    const byField = Object.fromEntries(bad.body.errors.map((e: { field: string }) => [e.field, e]));
    expect(byField.capacity).toMatchObject({ code: 'VALIDATION.MIN', params: { min: 1 }, messages: [expect.stringContaining('capacity')] });
    expect(byField.courseId).toMatchObject({ code: 'VALIDATION.ID' });
    expect(byField.estimatedCost).toMatchObject({ code: 'VALIDATION.INTEGER' });
    expect(byField.startDate).toMatchObject({ code: 'VALIDATION.FORMAT' });
    expect(byField.surprise).toMatchObject({ code: 'VALIDATION.UNKNOWN_FIELD' });
    const backwards = await manager.post('/api/cohorts', cohortBody({ startDate: '2027-03-06', endDate: '2027-03-02' }));
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual([
      {
        field: 'endDate',
        code: 'COHORT.END_BEFORE_START',
        params: { startDate: '2027-03-06', endDate: '2027-03-02' },
        messages: [expect.stringContaining('endDate')],
      },
    ]);
    const unknownLine = await manager.post('/api/cohorts', cohortBody({ budgetLineCode: 'NO-SUCH-LINE' }));
    expect(unknownLine.status).toBe(400);
    expect(unknownLine.body.errors[0]).toMatchObject({
      field: 'budgetLineCode',
      code: 'COHORT.BUDGET_LINE_UNKNOWN',
      params: { budgetLineCode: 'NO-SUCH-LINE', fiscalYear: 2027 },
    });
    const notJson = await manager.request('POST', '/api/cohorts', '{"capacity":', { 'content-type': 'application/json' });
    expect(notJson.status).toBe(400);
    const after = await stack.query('curriculum', 'SELECT count(*)::int AS n FROM curriculum.cohort');
    expect(after).toEqual(before);
  });
});

describe('budget lines as curriculum keeps them', () => {
  it('offers the lines curriculum checks against, and a line finance adds once curriculum has heard of it', async () => {
    const planner = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'planner@seoul-hrd.example', PASSWORD);
    const year = currentFiscalYear();
    const code = `RUN-${stack.runId.toUpperCase()}`;
    const added = await planner.post(`/api/finance/books/${year}/lines`, {
      kind: 'expenditure',
      code,
      nameKo: '시험 사업',
      nameEn: 'Test line',
      amount: 50_000_000,
      reason: '시험 / test',
    });
    expect(added.status).toBe(201);
    // Finance tells curriculum by an event: the form offers the line once curriculum has it, not before.
    const offered = await eventually(
      async () => ((await manager.get('/api/budget-lines')).body as { code: string }[]).find((l) => l.code === code),
      { timeoutMs: 120_000, what: `${code} among the cohort form's lines` },
    );
    expect(offered).toEqual(
      expect.objectContaining({ fiscalYear: year, nameKo: '시험 사업', nameEn: 'Test line', amount: '50000000', remaining: '50000000' }),
    );
    const replica = await stack.query(
      'curriculum',
      'SELECT code FROM curriculum.budget_line WHERE tenant_id = $1 AND fiscal_year = $2 AND chargeable ORDER BY code',
      [DemoTenants.seoul.id, year],
    );
    expect((await manager.get('/api/budget-lines')).body.map((l: { code: string }) => l.code)).toEqual(replica.map((r) => r.code));
    const cohort = await manager.post(
      '/api/cohorts',
      // The year's last days: a line of the current year, and a cohort not yet over (so no reason is asked).
      cohortBody({ startDate: `${year}-12-30`, endDate: `${year}-12-31`, budgetLineCode: code }),
    );
    expect(cohort.status).toBe(201);
    expect(cohort.body).toMatchObject({ budgetLineCode: code });
  });
});

describe('odd input never answered 5xx', () => {
  it('refuses NUL bytes, bodies too large or too deep and files where JSON belongs with 4xx, and stores nothing', async () => {
    const before = await stack.query('curriculum', 'SELECT count(*)::int AS n FROM curriculum.cohort');
    // A NUL in a body (checked by the gateway) or passed on to a service (checked there), and in a query.
    const nulBody = await manager.post('/api/cohorts', cohortBody({ courseId: 'x\u0000' }));
    expect([nulBody.status, nulBody.body.errors]).toEqual([
      400,
      [expect.objectContaining({ field: 'courseId', code: 'VALIDATION.CONTROL_CHARACTER' })],
    ]);
    const trainee = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'trainee@seoul-hrd.example', PASSWORD);
    const passedOn = await trainee.post('/api/enrollment/applications', { cohortId: '\u0000' });
    expect([passedOn.status, passedOn.body.errors?.[0]?.code]).toEqual([400, 'VALIDATION.CONTROL_CHARACTER']);
    const nulQuery = await manager.get('/api/courses?q=%00');
    expect([nulQuery.status, nulQuery.body.errors?.[0]]).toEqual([
      400,
      expect.objectContaining({ field: 'q', code: 'VALIDATION.CONTROL_CHARACTER' }),
    ]);
    // Over the body limit: 413; nested 10,000 deep: 400; a file sent to a JSON endpoint: 415.
    const huge = await manager.post('/api/cohorts', { ...cohortBody(), note: 'x'.repeat(300_000) });
    expect([huge.status, huge.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const deep = await manager.request('POST', '/api/cohorts', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`, {
      'content-type': 'application/json',
    });
    expect(deep.status).toBe(400);
    const file = await manager.request('POST', '/api/cohorts', 'PK\u0003\u0004 a spreadsheet', {
      'content-type': 'application/octet-stream',
    });
    expect([file.status, file.body.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    expect(await stack.query('curriculum', 'SELECT count(*)::int AS n FROM curriculum.cohort')).toEqual(before);
  });
});

describe('sign-in and tenancy', () => {
  it('answers 401 without a token or with a forged one', async () => {
    const anonymous = new ApiClient(stack.gatewayUrl);
    expect((await anonymous.get('/api/cohorts')).status).toBe(401);
    expect((await anonymous.withToken('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.forged').get('/api/cohorts')).status).toBe(401);
    // The domain services check tokens themselves, not only the gateway.
    expect((await new ApiClient(stack.url('curriculum')).get('/cohorts')).status).toBe(401);
    // Who is asking is settled before what they sent is looked at: a malformed body without a token is a 401 too.
    expect((await anonymous.post('/api/cohorts', { note: '\u0000' })).status).toBe(401);
    expect((await new ApiClient(stack.url('curriculum')).post('/cohorts', { note: '\u0000' })).status).toBe(401);
    const wrongPassword = await anonymous.post('/api/auth/login', {
      tenant: 'seoul-hrd',
      email: 'manager@seoul-hrd.example',
      password: 'wrong',
    });
    expect(wrongPassword.status).toBe(401);
  });

  it("forbids a trainee to schedule a cohort (403) or read the staff's cohort table, but lets them see the catalog", async () => {
    const trainee = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'trainee@seoul-hrd.example', PASSWORD);
    const refused = await trainee.post('/api/cohorts', cohortBody());
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    // The cohort table (agency quotas, budget) is the institute's and the agencies' (docs/security/role-matrix.csv).
    expect((await trainee.get('/api/cohorts')).status).toBe(403);
    expect((await trainee.get('/api/enrollment/catalog')).status).toBe(200);
  });

  it("answers 404 to another tenant's cohort, and lists only the caller's own", async () => {
    const created = await manager.post('/api/cohorts', cohortBody());
    const sejong = await new ApiClient(stack.gatewayUrl).signIn('sejong-edu', 'manager@sejong-edu.example', PASSWORD);
    const foreign = await sejong.get(`/api/cohorts/${created.body.id}`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('COHORT.NOT_FOUND');
    const sejongList = await sejong.get('/api/cohorts');
    expect(sejongList.body.some((c: { id: string }) => c.id === created.body.id)).toBe(false);
    // Sejong cannot schedule on Seoul's course either.
    const foreignCourse = await sejong.post('/api/cohorts', cohortBody({ budgetLineCode: 'AI-CHILDCARE' }));
    expect(foreignCourse.status).toBe(400);
    expect(foreignCourse.body.errors[0]).toMatchObject({ field: 'courseId', code: 'COURSE.NOT_FOUND' });
  });

  it('holds back repeated wrong sign-ins with growing waits (429 with Retry-After), not a lock', async () => {
    const anonymous = new ApiClient(stack.gatewayUrl);
    const email = `nobody-${stack.runId}@seoul-hrd.example`;
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++)
      statuses.push((await anonymous.post('/api/auth/login', { tenant: 'seoul-hrd', email, password: 'x' })).status);
    // Five free failures for an account from one address; then each try waits 1, 2, 4 … s (identity/sign-in-throttle.ts).
    expect(statuses.slice(0, 5)).toEqual(Array(5).fill(401));
    expect(statuses.slice(5)).toContain(429);
  });
});

describe('service kit', () => {
  it('serves liveness, readiness with its dependencies, metrics and OpenAPI', async () => {
    const finance = new ApiClient(stack.url('finance'));
    expect((await finance.get('/health/live')).body).toEqual({ status: 'up' });
    expect((await finance.get('/health/ready')).body).toEqual({ status: 'up', checks: { database: 'up', redis: 'up', kafka: 'up' } });
    const metrics = await finance.get('/metrics');
    expect(metrics.body).toContain('baeum_events_consumed_total{service="finance",topic="curriculum.cohort",outcome="applied"}');
    expect(metrics.body).toContain('baeum_consumer_lag');
    // Once caught up, consumption stops: a batch redelivered in a loop would keep these counters rising.
    const consumedTotal = async () =>
      [...String((await finance.get('/metrics')).body).matchAll(/^baeum_events_consumed_total\{service="finance"[^}]*\} (\d+)$/gm)].reduce(
        (sum, m) => sum + Number(m[1]),
        0,
      );
    // Events of earlier tests may still arrive; what must not happen is a total that never settles.
    let previous = await consumedTotal();
    await eventually(
      async () => {
        await sleep(1500);
        const now = await consumedTotal();
        const settled = now === previous;
        previous = now;
        return settled;
      },
      { timeoutMs: 60_000, intervalMs: 0, what: 'the consumed-events total to settle (a batch redelivered in a loop keeps it rising)' },
    );
    expect(metrics.body).toContain('baeum_http_request_duration_seconds_bucket');
    const curriculumMetrics = await new ApiClient(stack.url('curriculum')).get('/metrics');
    expect(curriculumMetrics.body).toContain('baeum_events_published_total{service="curriculum",topic="curriculum.cohort"}');
    expect(curriculumMetrics.body).toContain('baeum_outbox_backlog');
    const docs = await new ApiClient(stack.gatewayUrl).get('/docs-json');
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/cohorts', '/api/cohorts/{id}']));
  });

  it('serves the AsyncAPI document of the events and a page rendering it beside /docs', async () => {
    const gateway = new ApiClient(stack.gatewayUrl);
    const document = await gateway.get('/docs/events.json');
    expect(document.status).toBe(200);
    expect(document.body.asyncapi).toBe('3.0.0');
    expect(document.body.channels['curriculum.cohort'].address).toBe('curriculum.cohort');
    expect(Object.keys(document.body.components.messages)).toEqual(
      expect.arrayContaining(['curriculum.cohort.scheduled.v1', 'enrollment.seat.confirmed.v1', 'finance.commitment.recorded.v1']),
    );
    const page = await gateway.get('/docs/events');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<!doctype html>');
    expect(page.body).toContain('curriculum.cohort.scheduled v1');
    expect(page.body).toContain('<code>budgetLineCode</code>');
    expect(page.body).toContain('봉투 / Envelope');
    // Swagger UI still answers at /docs.
    expect((await gateway.get('/docs')).status).toBe(200);
  });

  it('refuses to start with a bad environment, naming each bad variable', () => {
    const result = spawnSync(process.execPath, [join(repoRoot(), 'dist', 'services', 'finance', 'src', 'main.js')], {
      env: {
        PATH: process.env.PATH ?? '',
        PORT: 'eighty',
        DATABASE_URL: 'mysql://nope',
        MESSAGING_TRANSPORT: 'kafka',
        REDIS_URL: 'redis://127.0.0.1:6379',
        JWT_SECRET: 'short',
      },
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid environment');
    for (const name of ['PORT', 'DATABASE_URL', 'KAFKA_BROKERS', 'JWT_SECRET']) expect(result.stderr).toContain(`- ${name}:`);
  });

  it("removes a new trainee's account again when enrollment cannot make the trainee (the workflow's compensation)", async () => {
    const agencyAdmin = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'agency@seoul-hrd.example', 'Baeum!2022');
    await stack.kill('enrollment', 'SIGKILL');
    const email = `unreachable-${stack.runId}@mapo.example`;
    // Sent once (not asked again): enrollment gives no answer, which is 503 with a wait, not 502.
    const made = await agencyAdmin.raw('/api/trainee-accounts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email,
        name: '보상확인',
        employeeNo: `MAPO-COMP-${stack.runId}`,
        grade: '9급',
        position: '주무관',
        jobSeries: '행정',
      }),
    });
    expect([made.status, made.headers.get('retry-after'), ((await made.json()) as { code: string }).code]).toEqual([
      503,
      '1',
      'UPSTREAM.UNAVAILABLE',
    ]);
    expect((await stack.query('gateway', 'SELECT count(*)::int AS n FROM gateway.app_user WHERE email = $1', [email]))[0].n).toBe(0);
  });

  it('shuts down gracefully on SIGTERM', async () => {
    const exit = await stack.kill('examination', 'SIGTERM');
    expect(exit).toEqual({ code: 0, signal: null });
  });
});
