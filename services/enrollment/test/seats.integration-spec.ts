import { CohortScheduledV1 } from '@baeum/contracts';
import { announcePerson, ApiClient, ApiResponse, clientAs, eventually, repoRoot, ServiceStack, toldInInbox } from '@baeum/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Curriculum, day, enrollmentStack, outboxOf, PASSWORD, SEJONG, SEOUL } from './support';

/**
 * Seats over the real broker, database and cache: the replica from curriculum's events, first
 * come first served under a rush, quotas, selection by agency rank, approvals, waitlist
 * promotion, cut-offs, cancellation of a cohort, a consumer killed mid-event, and who may see what.
 */
const crashCorrelationId = `enrollment-crash-${randomUUID()}`;
let stack: ServiceStack;
let curriculum: Curriculum;
let gateway: ApiClient;
let manager: ApiClient;
let mapoAdmin: ApiClient;

beforeAll(async () => {
  ({ stack, curriculum, gateway, manager, mapoAdmin } = await enrollmentStack({
    ENROLLMENT_CUTOFF_INTERVAL_MS: '300',
    ENROLLMENT_FILL_INTERVAL_MS: '200',
    BAEUM_FAULT_CRASH_BEFORE_COMMIT: crashCorrelationId,
    BAEUM_FAULT_ONCE_FILE: join(repoRoot(), 'tmp', `crash-once-${crashCorrelationId}`),
  }));
});

/** Processes a test started to keep the cores busy; stopped here too, should a test be cut short. */
const busyProcesses = new Set<ChildProcess>();

afterAll(async () => {
  for (const child of busyProcesses) child.kill('SIGKILL');
  await curriculum?.close();
  await stack?.stop();
});

/** A trainee of an agency, signed in with a token of their own. */
const traineeOf = (agencyCode: string, name = `교육생 ${agencyCode}`, tenantId = SEOUL) =>
  Object.assign(clientAs(stack.gatewayUrl, { role: 'trainee', agencyCode, name, tenantId }), { agencyCode, name, tenantId });
/** A trainee who has applied, made known to the notification service: what concerns them from now on reaches their inbox. */
const told = (trainee: ReturnType<typeof traineeOf>) => announcePerson(stack, { ...trainee, role: 'trainee' }, { linked: true });
const seatsOf = async (cohortId: string) =>
  (
    await stack.query('enrollment', 'SELECT capacity, confirmed, waitlisted FROM enrollment.cohort_seats WHERE cohort_id = $1', [cohortId])
  )[0];
const statusesOf = async (cohortId: string) =>
  stack.query(
    'enrollment',
    `SELECT trainee_name, agency_code, status, rank FROM enrollment.application WHERE cohort_id = $1 ` +
      `ORDER BY COALESCE(rank, 2147483647), applied_at`,
    [cohortId],
  );

describe('the seat replica', () => {
  it("opens the seats of a cohort scheduled through the gateway with curriculum's defaults", async () => {
    const course = (await manager.get('/api/courses')).body.find((c: { code: string }) => c.code === 'NEWCOMER');
    // Applications open today; the rest of the window is curriculum's default.
    const created = await manager.post('/api/cohorts', {
      courseId: course.id,
      startDate: day(40),
      endDate: day(44),
      capacity: 3,
      estimatedCost: 9_000_000,
      budgetLineCode: 'NEWCOMER',
      applicationOpens: day(0),
    });
    expect(created.status).toBe(201);
    const cohortId = created.body.id;
    await curriculum.replicated(cohortId);
    const [replica] = await stack.query(
      'enrollment',
      `SELECT approval, to_char(application_closes, 'YYYY-MM-DD') AS closes, daily_start_time, completion_min_attendance_percent ` +
        `FROM enrollment.cohort_seats WHERE cohort_id = $1`,
      [cohortId],
    );
    // Curriculum fills what the request left out (applications close a week before the start).
    expect(replica).toEqual({ approval: 'none', closes: day(33), daily_start_time: '09:00', completion_min_attendance_percent: 80 });

    const trainee = await gateway.signIn('seoul-hrd', 'trainee@seoul-hrd.example', PASSWORD);
    const catalog = await trainee.get('/api/enrollment/catalog');
    expect(catalog.body.find((c: { cohortId: string }) => c.cohortId === cohortId)).toMatchObject({
      free: 3,
      capacity: 3,
      hostTenant: { nameKo: '서울특별시 인재개발원' },
      myApplication: null,
    });
    const applied = await trainee.post('/api/enrollment/applications', { cohortId });
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({ status: 'confirmed', traineeName: '정교육생', agencyCode: 'MAPO-GU', grade: '7급' });
    const again = await trainee.post('/api/enrollment/applications', { cohortId });
    expect([again.status, again.body.code, again.body.field]).toEqual([409, 'APPLICATION.ALREADY_APPLIED', 'cohortId']);
    expect(again.body.errors).toEqual([
      expect.objectContaining({
        field: 'cohortId',
        code: 'APPLICATION.ALREADY_APPLIED',
        messages: [expect.stringContaining('already applied')],
      }),
    ]);

    // The gateway's cohort view (seats left) and the events others book from.
    const view = await eventually(async () => ((await manager.get(`/api/cohorts/${cohortId}`)).body.seatsFree === 2 ? true : undefined), {
      what: 'seats left in the cohort view',
    });
    expect(view).toBe(true);
    const [confirmed] = await outboxOf(stack, cohortId, 'enrollment.seat.confirmed');
    expect(confirmed).toMatchObject({
      tenantId: SEOUL,
      source: 'enrollment',
      payload: { applicationId: applied.body.id, agencyCode: 'MAPO-GU', via: 'application' },
    });
    const fills = await eventually(
      async () => {
        const found = await outboxOf(stack, cohortId, 'enrollment.fill.changed');
        return found.some((f) => f.payload.confirmed === 1) ? found : undefined;
      },
      { what: 'FillChanged with one confirmed seat' },
    );
    expect(fills.at(-1)!.payload).toEqual({ cohortId, capacity: 3, confirmed: 1, waitlisted: 0, underFilled: false });
    // The announcement is recorded with it (in its transaction), so the version is not announced again.
    const [versions] = await stack.query(
      'enrollment',
      'SELECT fill_version, fill_published_version FROM enrollment.cohort_seats WHERE cohort_id = $1',
      [cohortId],
    );
    expect(versions.fill_published_version).toBe(versions.fill_version);
  });
});

describe('a rush for seats', () => {
  const AGENCIES = ['SEOUL-PLANNING', 'SEOUL-WELFARE', 'GANGNAM-GU', 'MAPO-GU', 'SEOUL-METRO'];
  const QUOTAS = [
    { agencyCode: 'SEOUL-PLANNING', seats: 8 },
    { agencyCode: 'SEOUL-WELFARE', seats: 6 },
    { agencyCode: 'GANGNAM-GU', seats: 5 },
    { agencyCode: 'MAPO-GU', seats: 4 },
  ]; // SEOUL-METRO has none: it shares the 7 seats no quota reserves.

  /** Two processes that keep both cores of the machine busy until stopped. */
  const saturateCores = () =>
    Array.from({ length: 2 }, () => {
      const child = spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' });
      busyProcesses.add(child);
      return child;
    });

  it(
    'never overbooks 30 seats, nor any quota, under 1,000 concurrent applications from 5 agencies, three times, ' +
      'the last with both cores busy',
    async () => {
      // Straight to the enrollment service: the gateway only passes these on, and its timeout would measure the queue, not the seats.
      const trainees = Array.from({ length: 1000 }, (_, i) =>
        clientAs(stack.url('enrollment'), { role: 'trainee', agencyCode: AGENCIES[i % 5], name: `러시 ${i}` }),
      );
      // Their records first (a trainee's first call makes it), so the rush is about seats alone.
      for (let i = 0; i < trainees.length; i += 100) await Promise.all(trainees.slice(i, i + 100).map((t) => t.get('/trainees/me')));
      for (let round = 0; round < 3; round++) {
        // Each round a week apart, so one trainee's seats never overlap.
        const cohort = await curriculum.schedule({
          capacity: 30,
          agencyQuotas: QUOTAS,
          startDate: day(50 + 7 * round),
          endDate: day(51 + 7 * round),
        });
        // The last round while two other processes saturate both cores: overload may be answered
        // 503 with Retry-After (the client tries again), never 500, and the seats still hold.
        const busy = round === 2 ? saturateCores() : [];
        const started = Date.now();
        const shedBefore = ApiClient.overloadAnswers;
        let answers: ApiResponse[];
        try {
          answers = await Promise.all(trainees.map((t) => t.post('/applications', { cohortId: cohort.cohortId })));
        } finally {
          for (const child of busy) {
            child.kill('SIGKILL');
            busyProcesses.delete(child);
          }
        }
        process.stdout.write(
          `rush ${round + 1}${busy.length > 0 ? ' (both cores busy)' : ''}: 1,000 applications for 30 seats answered ` +
            `in ${((Date.now() - started) / 1000).toFixed(1)} s, ${ApiClient.overloadAnswers - shedBefore} answers of 503 tried again\n`,
        );
        expect(answers.filter((a) => a.status !== 201).map((a) => a.status)).toEqual([]);
        const byStatus = (s: string) => answers.filter((a) => a.body.status === s);
        expect([byStatus('confirmed').length, byStatus('waitlisted').length]).toEqual([30, 970]);

        const perAgency = await stack.query(
          'enrollment',
          `SELECT agency_code, count(*)::int AS n FROM enrollment.application WHERE cohort_id = $1 AND status = 'confirmed' GROUP BY 1 ` +
            `ORDER BY 1`,
          [cohort.cohortId],
        );
        expect(perAgency).toEqual([
          { agency_code: 'GANGNAM-GU', n: 5 },
          { agency_code: 'MAPO-GU', n: 4 },
          { agency_code: 'SEOUL-METRO', n: 7 },
          { agency_code: 'SEOUL-PLANNING', n: 8 },
          { agency_code: 'SEOUL-WELFARE', n: 6 },
        ]);
        expect(await seatsOf(cohort.cohortId)).toEqual({ capacity: 30, confirmed: 30, waitlisted: 970 });
        // One event per seat, and each pool's waitlist numbered 1, 2, 3, … without a gap or a double.
        expect(await outboxOf(stack, cohort.cohortId, 'enrollment.seat.confirmed')).toHaveLength(30);
        const waitlisted = await outboxOf(stack, cohort.cohortId, 'enrollment.seat.waitlisted');
        for (const agency of AGENCIES) {
          const positions = waitlisted
            .filter((e) => e.payload.agencyCode === agency)
            .map((e) => e.payload.position)
            .sort((a, b) => a - b);
          expect(positions).toEqual(Array.from({ length: positions.length }, (_, i) => i + 1));
        }
      }
    },
    420_000,
  );
});

describe('selection and approvals', () => {
  const agencyAdmin = (agencyCode: string) => clientAs(stack.gatewayUrl, { role: 'agency_admin', agencyCode, name: `${agencyCode} 담당` });
  const staff = async (admin: ApiClient, names: string[]) =>
    Promise.all(
      names.map(async (name) => {
        const made = await admin.post('/api/enrollment/trainees', { name, employeeNo: `E-${randomUUID().slice(0, 8)}`, grade: '7급' });
        expect(made.status).toBe(201);
        return made.body.id as string;
      }),
    );

  it("fills an oversubscribed cohort by each agency's first-ranked nominee first, then application time", async () => {
    const cohort = await curriculum.schedule({ capacity: 4, approval: 'agency', startDate: day(80), endDate: day(81) });
    const gangnam = agencyAdmin('GANGNAM-GU');
    const [m1, m2, m3] = await staff(mapoAdmin, ['마포1', '마포2', '마포3']);
    const [g1, g2, g3] = await staff(gangnam, ['강남1', '강남2', '강남3']);
    const selfApplicant = traineeOf('MAPO-GU', '마포자원');
    // Mapo nominates first, Gangnam after; a Mapo trainee also applies by themselves.
    const mapoNominated = await mapoAdmin.post('/api/enrollment/nominations', {
      cohortId: cohort.cohortId,
      nominees: [
        { traineeId: m2, rank: 2 },
        { traineeId: m1, rank: 1 },
        { traineeId: m3, rank: 3 },
      ],
    });
    expect(mapoNominated.body.results.map((r: { status: string }) => r.status)).toEqual(['approved', 'approved', 'approved']);
    const own = await selfApplicant.post('/api/enrollment/applications', { cohortId: cohort.cohortId });
    expect(own.body).toMatchObject({ status: 'pending', awaiting: 'agency' });
    await gangnam.post('/api/enrollment/nominations', {
      cohortId: cohort.cohortId,
      nominees: [
        { traineeId: g1, rank: 1 },
        { traineeId: g2, rank: 2 },
        { traineeId: g3, rank: 3 },
      ],
    });
    // The agency approves its own trainee's application (no rank: after every ranked nominee); another agency cannot.
    const notTheirs = await gangnam.post(`/api/enrollment/applications/${own.body.id}/decision`, { approve: true });
    expect([notTheirs.status, notTheirs.body.code]).toEqual([404, 'APPLICATION.NOT_FOUND']);
    expect((await mapoAdmin.post(`/api/enrollment/applications/${own.body.id}/decision`, { approve: true })).body).toMatchObject({
      status: 'approved',
      awaiting: null,
    });
    expect(await seatsOf(cohort.cohortId)).toMatchObject({ confirmed: 0 });

    const selected = await manager.post(`/api/enrollment/cohorts/${cohort.cohortId}/selection`, {});
    expect(selected.status).toBe(200);
    expect((await statusesOf(cohort.cohortId)).map((a) => [a.trainee_name, a.status])).toEqual([
      ['마포1', 'confirmed'],
      ['강남1', 'confirmed'],
      ['마포2', 'confirmed'],
      ['강남2', 'confirmed'],
      ['마포3', 'waitlisted'],
      ['강남3', 'waitlisted'],
      ['마포자원', 'waitlisted'],
    ]);
    const positions = (await outboxOf(stack, cohort.cohortId, 'enrollment.seat.waitlisted')).map((e) => e.payload.position);
    expect(positions).toEqual([1, 2, 3]);

    // Mapo withdraws its first nominee: the seat goes to the first on the waitlist, once.
    const m1App = (await mapoAdmin.get(`/api/enrollment/agency/applications?cohortId=${cohort.cohortId}`)).body.find(
      (a: { traineeId: string }) => a.traineeId === m1,
    );
    expect((await mapoAdmin.post(`/api/enrollment/applications/${m1App.id}/cancel`, { reason: '업무 사정' })).body).toMatchObject({
      status: 'cancelled',
      endReason: 'withdrawn',
    });
    const promoted = (await outboxOf(stack, cohort.cohortId, 'enrollment.seat.confirmed')).filter((e) => e.payload.via === 'waitlist');
    const m3App = (await statusesOf(cohort.cohortId)).find((a) => a.trainee_name === '마포3');
    expect(promoted).toHaveLength(1);
    expect(m3App.status).toBe('confirmed');
    const [released] = await outboxOf(stack, cohort.cohortId, 'enrollment.seat.released');
    expect(released.payload).toMatchObject({ applicationId: m1App.id, reason: 'withdrawn', agencyCode: 'MAPO-GU' });
  });

  it('takes an application through agency and institute approval, and tells a rejected trainee', async () => {
    const cohort = await curriculum.schedule({ capacity: 10, approval: 'agency_and_institute', startDate: day(90), endDate: day(90) });
    const first = traineeOf('MAPO-GU', '승인대상');
    const second = traineeOf('MAPO-GU', '반려대상');
    const a = (await first.post('/api/enrollment/applications', { cohortId: cohort.cohortId })).body;
    const b = (await second.post('/api/enrollment/applications', { cohortId: cohort.cohortId })).body;
    await Promise.all([told(first), told(second)]);
    // The institute cannot act before the agency has.
    const early = await manager.post(`/api/enrollment/applications/${a.id}/decision`, { approve: true });
    expect([early.status, early.body.code, early.body.params]).toEqual([
      409,
      'APPLICATION.NOT_AWAITING_YOU',
      { status: 'pending', step: 'institute', awaiting: 'agency' },
    ]);
    expect((await mapoAdmin.post(`/api/enrollment/applications/${a.id}/decision`, { approve: true, rank: 1 })).body).toMatchObject({
      status: 'pending',
      awaiting: 'institute',
      rank: 1,
    });
    expect((await manager.post(`/api/enrollment/applications/${a.id}/decision`, { approve: true })).body).toMatchObject({
      status: 'approved',
    });
    expect(
      (await mapoAdmin.post(`/api/enrollment/applications/${b.id}/decision`, { approve: false, reason: '업무 공백' })).body,
    ).toMatchObject({ status: 'rejected', endReason: 'rejected' });
    expect((await toldInInbox(second, 'enrollment.application.ended', '[신청 반려]')).body).toContain('반려되었습니다');
    await manager.post(`/api/enrollment/cohorts/${cohort.cohortId}/selection`, {});
    expect((await first.get('/api/enrollment/applications/mine')).body[0]).toMatchObject({
      status: 'confirmed',
      cohort: { cohortId: cohort.cohortId },
    });
    expect((await toldInInbox(first, 'enrollment.seat.confirmed', '[선발 확정]')).title).toContain('직위·직급별 리더십 교육');
  });
});

describe('the waitlist', () => {
  /** A cohort of `capacity` seats, all taken, and `waiting` more trainees on its waitlist, in order. */
  async function fullCohort(capacity: number, waiting: number, overrides: Partial<CohortScheduledV1> = {}) {
    const cohort = await curriculum.schedule({ capacity, ...overrides });
    const holders: { client: ReturnType<typeof traineeOf>; applicationId: string }[] = [];
    const waiters: { client: ReturnType<typeof traineeOf>; applicationId: string }[] = [];
    for (let i = 0; i < capacity + waiting; i++) {
      const client = traineeOf('SEOUL-METRO', `대기 ${i}`);
      const { body } = await client.post('/api/enrollment/applications', { cohortId: cohort.cohortId });
      (i < capacity ? holders : waiters).push({ client, applicationId: body.id });
    }
    return { cohort, holders, waiters };
  }
  const statusOf = async (applicationId: string) =>
    (await stack.query('enrollment', 'SELECT status FROM enrollment.application WHERE id = $1', [applicationId]))[0].status;

  it('promotes two waitlisted trainees, each exactly once, when two seats are released at the same moment', async () => {
    const cohorts = await Promise.all(Array.from({ length: 4 }, () => fullCohort(2, 3)));
    await Promise.all(cohorts.map(({ waiters }) => told(waiters[0].client)));
    await Promise.all(
      cohorts.flatMap(({ holders }) => holders.map((h) => h.client.post(`/api/enrollment/applications/${h.applicationId}/cancel`, {}))),
    );
    for (const { cohort, waiters } of cohorts) {
      expect([
        await statusOf(waiters[0].applicationId),
        await statusOf(waiters[1].applicationId),
        await statusOf(waiters[2].applicationId),
      ]).toEqual(['confirmed', 'confirmed', 'waitlisted']);
      const promoted = (await outboxOf(stack, cohort.cohortId, 'enrollment.seat.confirmed')).filter((e) => e.payload.via === 'waitlist');
      expect(promoted.map((e) => e.payload.applicationId).sort()).toEqual([waiters[0].applicationId, waiters[1].applicationId].sort());
      expect(await seatsOf(cohort.cohortId)).toEqual({ capacity: 2, confirmed: 2, waitlisted: 1 });
      expect((await toldInInbox(waiters[0].client, 'enrollment.seat.confirmed', '대기에서 선발로 확정')).body).toContain(
        '대기 중이던 교육에',
      );
      expect((await waiters[2].client.get('/api/enrollment/applications/mine')).body[0]).toMatchObject({
        status: 'waitlisted',
        waitlistPosition: 1,
      });
    }
  });

  it('promotes in order when curriculum raises the capacity, and when unused quota seats are released at the close', async () => {
    const { cohort, waiters } = await fullCohort(2, 3);
    await curriculum.change(cohort, { capacity: 4 });
    await eventually(async () => (await seatsOf(cohort.cohortId)).capacity === 4, { what: 'the raised capacity' });
    expect([
      await statusOf(waiters[0].applicationId),
      await statusOf(waiters[1].applicationId),
      await statusOf(waiters[2].applicationId),
    ]).toEqual(['confirmed', 'confirmed', 'waitlisted']);

    // Quotas hold while applications are taken: Metro's 1 seat is taken, Mapo's 2 are not used.
    const quota = await curriculum.schedule({
      capacity: 3,
      agencyQuotas: [
        { agencyCode: 'SEOUL-METRO', seats: 1 },
        { agencyCode: 'MAPO-GU', seats: 2 },
      ],
    });
    const metro = [traineeOf('SEOUL-METRO', '메트로1'), traineeOf('SEOUL-METRO', '메트로2'), traineeOf('SEOUL-METRO', '메트로3')];
    const apps = [];
    for (const t of metro) apps.push((await t.post('/api/enrollment/applications', { cohortId: quota.cohortId })).body);
    expect(apps.map((a) => a.status)).toEqual(['confirmed', 'waitlisted', 'waitlisted']);
    // Applications close (curriculum moves the close to yesterday): the two unused seats go to the waitlist, in order.
    await curriculum.change(quota, { applicationCloses: day(-1) });
    await eventually(async () => (await seatsOf(quota.cohortId)).confirmed === 3, { what: 'released quota seats to be filled' });
    expect(await Promise.all(apps.map((a) => statusOf(a.id)))).toEqual(['confirmed', 'confirmed', 'confirmed']);
    await eventually(
      async () =>
        (await stack.query('enrollment', 'SELECT selection_done FROM enrollment.cohort_seats WHERE cohort_id = $1', [quota.cohortId]))[0]
          .selection_done,
      { what: 'the close to be done' },
    );
  });

  it("tells each trainee holding or waiting for a seat when curriculum moves the cohort's dates, and no one when it moves only seats", async () => {
    const { cohort, holders, waiters } = await fullCohort(1, 1, { roomName: '대강당' });
    await curriculum.change(cohort, { startDate: day(37), endDate: day(39), roomName: '제1강의실' });
    const told = await eventually(
      async () => {
        const events = await outboxOf(stack, cohort.cohortId, 'enrollment.seat.cohort-rescheduled');
        return events.length === 2 && events;
      },
      { what: 'the rescheduled events' },
    );
    expect(new Map(told.map((e) => [e.payload.applicationId, e.payload.standing]))).toEqual(
      new Map([
        [holders[0].applicationId, 'confirmed'],
        [waiters[0].applicationId, 'waitlisted'],
      ]),
    );
    expect(told[0].payload).toMatchObject({
      cohortId: cohort.cohortId,
      courseNameKo: cohort.courseNameKo,
      changed: ['dates', 'venue'],
      oldStartDate: cohort.startDate,
      oldEndDate: cohort.endDate,
      oldRoomName: '대강당',
      startDate: day(37),
      endDate: day(39),
      roomName: '제1강의실',
    });
    // A change of seats alone tells no one of a new schedule.
    await curriculum.change(cohort, { startDate: day(37), endDate: day(39), roomName: '제1강의실', capacity: 2 });
    await eventually(async () => (await seatsOf(cohort.cohortId)).capacity === 2, { what: 'the raised capacity' });
    expect(await outboxOf(stack, cohort.cohortId, 'enrollment.seat.cohort-rescheduled')).toHaveLength(2);
  });

  it('keeps every seat right when the enrollment consumer is killed in the middle of a cohort event', async () => {
    const { cohort, waiters } = await fullCohort(2, 3);
    const change = await curriculum.change(cohort, { capacity: 4 }, { correlationId: crashCorrelationId });
    // Enrollment wrote the promotions, then died before committing them.
    expect((await stack.waitForExit('enrollment')).signal).toBe('SIGKILL');
    expect(await seatsOf(cohort.cohortId)).toEqual({ capacity: 2, confirmed: 2, waitlisted: 3 });
    await stack.launch('enrollment');
    await eventually(async () => (await seatsOf(cohort.cohortId)).capacity === 4, { timeoutMs: 60000, what: 'the change after restart' });
    expect(await seatsOf(cohort.cohortId)).toEqual({ capacity: 4, confirmed: 4, waitlisted: 1 });
    // Redelivered once more: no second effect.
    await curriculum.resend(change, (await import('@baeum/contracts')).CohortChangedV1);
    const marker = await curriculum.schedule();
    expect(marker.cohortId).toBeDefined();
    const promoted = (await outboxOf(stack, cohort.cohortId, 'enrollment.seat.confirmed')).filter((e) => e.payload.via === 'waitlist');
    expect(promoted.map((e) => e.payload.applicationId).sort()).toEqual([waiters[0].applicationId, waiters[1].applicationId].sort());
    expect(await stack.query('enrollment', 'SELECT count(*)::int AS n FROM enrollment.inbox WHERE event_id = $1', [change.id])).toEqual([
      { n: 1 },
    ]);
  });
});

describe('rules for applying and cancelling', () => {
  it('refuses overlapping hours but lets a morning and an afternoon cohort of the same days go together', async () => {
    const base = { startDate: day(100), endDate: day(102) };
    const morning = await curriculum.schedule({ ...base, dailyStartTime: '09:00', dailyEndTime: '12:00' });
    const midday = await curriculum.schedule({
      ...base,
      dailyStartTime: '11:00',
      dailyEndTime: '15:00',
      courseNameKo: '정보통신 집합교육',
      courseCode: 'ICT',
    });
    const afternoon = await curriculum.schedule({ ...base, dailyStartTime: '13:00', dailyEndTime: '16:00' });
    const trainee = traineeOf('MAPO-GU', '시간표');
    expect((await trainee.post('/api/enrollment/applications', { cohortId: morning.cohortId })).status).toBe(201);
    const clash = await trainee.post('/api/enrollment/applications', { cohortId: midday.cohortId });
    expect(clash.status).toBe(409);
    expect(clash.body.message).toContain('직위·직급별 리더십 교육');
    expect(clash.body).toMatchObject({
      code: 'APPLICATION.TIME_CLASH',
      params: {
        cohortId: morning.cohortId,
        course: '직위·직급별 리더십 교육',
        startDate: day(100),
        endDate: day(102),
        hours: '09:00-12:00',
      },
    });
    expect((await trainee.post('/api/enrollment/applications', { cohortId: afternoon.cohortId })).status).toBe(201);
  });

  it('keeps to the application window, the cancellation cut-off and who may attend', async () => {
    const notYet = await curriculum.schedule({ applicationOpens: day(3) });
    const trainee = traineeOf('MAPO-GU', '기한');
    const early = await trainee.post('/api/enrollment/applications', { cohortId: notYet.cohortId });
    expect([early.status, early.body.code, early.body.params]).toEqual([
      409,
      'APPLICATION.WINDOW_CLOSED',
      { opens: day(3), closes: day(20) },
    ]);

    const late = await curriculum.schedule({ startDate: day(10), endDate: day(11), cancellationCloses: day(-1) });
    const app = (await trainee.post('/api/enrollment/applications', { cohortId: late.cohortId })).body;
    const refused = await trainee.post(`/api/enrollment/applications/${app.id}/cancel`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain(day(-1));
    expect(refused.body).toMatchObject({ code: 'APPLICATION.CANCELLATION_CLOSED', params: { cancellationCloses: day(-1) } });
    // Past the trainee's own cut-off, their agency may still withdraw them before training starts.
    expect((await mapoAdmin.post(`/api/enrollment/applications/${app.id}/cancel`, {})).body).toMatchObject({
      status: 'cancelled',
      endReason: 'withdrawn',
    });

    const gyeonggi = traineeOf('GYEONGGI-PROVINCE', '경기도');
    const closed = await curriculum.schedule({ startDate: day(120), endDate: day(120) });
    const otherProvince = await gyeonggi.post('/api/enrollment/applications', { cohortId: closed.cohortId });
    expect([otherProvince.status, otherProvince.body.code, otherProvince.body.params]).toEqual([
      409,
      'APPLICATION.OTHER_PROVINCE',
      { agencyCode: 'GYEONGGI-PROVINCE' },
    ]);
    const open = await curriculum.schedule({ startDate: day(121), endDate: day(121), openToOtherProvinces: true });
    expect((await gyeonggi.post('/api/enrollment/applications', { cohortId: open.cohortId })).body).toMatchObject({ status: 'confirmed' });
  });
});

describe('under-filled and cancelled cohorts', () => {
  it('flags a cohort below its minimum at the cut-off, merges or cancels it, releasing every seat and telling everyone', async () => {
    const cohort = await curriculum.schedule({
      capacity: 20,
      minimumFill: 5,
      minimumFillCutoff: day(0),
      startDate: day(60),
      endDate: day(61),
    });
    const sibling = await curriculum.schedule({ capacity: 20, startDate: day(67), endDate: day(68) });
    const people = [traineeOf('MAPO-GU', '미달1'), traineeOf('GANGNAM-GU', '미달2')];
    for (const p of people) await p.post('/api/enrollment/applications', { cohortId: cohort.cohortId });
    await Promise.all(people.map(told));
    const flagged = await eventually(
      async () => {
        const { body } = await manager.get('/api/enrollment/under-filled-cohorts');
        return body.find((c: { cohortId: string }) => c.cohortId === cohort.cohortId);
      },
      { what: 'the under-filled flag' },
    );
    expect(flagged).toMatchObject({ confirmed: 2, minimumFill: 5, underFilled: true });
    // Every course manager of the institute is told (the seeded one among them), naming the cohort by its dates.
    await eventually(
      async () =>
        ((await manager.get('/api/me/inbox')).body.items as { eventType: string; body: string }[]).some(
          (i) => i.eventType === 'enrollment.cohort.under_filled' && i.body.includes(`(${cohort.startDate} ~ ${cohort.endDate})`),
        ),
      { what: "the course manager's under-fill notice" },
    );
    await eventually(async () => (await outboxOf(stack, cohort.cohortId, 'enrollment.fill.changed')).some((e) => e.payload.underFilled), {
      what: 'FillChanged saying under-filled',
    });

    // Merge (enrollment's part): both trainees move to the sibling cohort, each told.
    const merged = await clientAs(stack.url('enrollment'), { role: 'course_manager', name: '김교육' }).post(
      `/cohorts/${cohort.cohortId}/under-fill-decision`,
      { decision: 'merge', targetCohortId: sibling.cohortId },
    );
    expect(merged.body).toMatchObject({ decision: 'merge', moved: 2 });
    // Curriculum is to follow: the decision is announced, the emptied cohort to be cancelled there.
    expect((await outboxOf(stack, cohort.cohortId, 'enrollment.under_fill.decided')).map((e) => e.payload)).toEqual([
      {
        cohortId: cohort.cohortId,
        decision: 'merge',
        reason: '최소 인원 미달 / below its minimum fill',
        targetCohortId: sibling.cohortId,
        moved: 2,
      },
    ]);
    expect(await seatsOf(sibling.cohortId)).toMatchObject({ confirmed: 2 });
    for (const p of people)
      expect((await toldInInbox(p, 'enrollment.application.ended', '[기수 통합]')).body).toContain(
        `${sibling.startDate} ~ ${sibling.endDate} 기수로 옮겨졌습니다`,
      );

    // Cancelling (curriculum's event) releases every seat and tells everyone, waitlisted and pending too.
    const doomed = await curriculum.schedule({ capacity: 1, approval: 'none', startDate: day(70), endDate: day(70) });
    const holders = [traineeOf('MAPO-GU', '폐강1'), traineeOf('MAPO-GU', '폐강2')];
    const apps = [];
    for (const h of holders) apps.push((await h.post('/api/enrollment/applications', { cohortId: doomed.cohortId })).body);
    await Promise.all(holders.map(told));
    await curriculum.cancel(doomed);
    await eventually(async () => (await statusesOf(doomed.cohortId)).every((a) => a.status === 'cancelled'), {
      what: 'every application cancelled',
    });
    const released = await outboxOf(stack, doomed.cohortId, 'enrollment.seat.released');
    expect(released.map((e) => e.payload)).toEqual([expect.objectContaining({ applicationId: apps[0].id, reason: 'cohort_cancelled' })]);
    for (const h of holders)
      expect((await toldInInbox(h, 'enrollment.application.ended', '[폐강]')).title).toContain('직위·직급별 리더십 교육');
    expect(await seatsOf(doomed.cohortId)).toEqual({ capacity: 1, confirmed: 0, waitlisted: 0 });
  });
});

describe('input, tenants and agencies', () => {
  it('answers bad input with 400 naming each field, and changes nothing', async () => {
    const trainee = traineeOf('MAPO-GU', '입력');
    const before = await stack.query('enrollment', 'SELECT count(*)::int AS n FROM enrollment.application');
    const bad = await trainee.post('/api/enrollment/applications', { cohortId: 'nope', extra: true });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['cohortId', 'extra']);
    expect(bad.body.code).toBe('VALIDATION');
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'cohortId', code: 'VALIDATION.ID' }),
        expect.objectContaining({ field: 'extra', code: 'VALIDATION.UNKNOWN_FIELD' }),
      ]),
    );
    const nominations = await mapoAdmin.post('/api/enrollment/nominations', {
      cohortId: randomUUID(),
      nominees: [{ traineeId: 'x', rank: 0 }],
    });
    expect(nominations.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['nominees.0.rank', 'nominees.0.traineeId']);
    expect(nominations.body.errors.find((e: { field: string }) => e.field === 'nominees.0.rank')).toMatchObject({
      code: 'VALIDATION.MIN',
      params: { min: 1 },
    });
    const sameRank = await mapoAdmin.post('/api/enrollment/nominations', {
      cohortId: randomUUID(),
      nominees: [
        { traineeId: randomUUID(), rank: 1 },
        { traineeId: randomUUID(), rank: 1 },
      ],
    });
    expect([sameRank.status, sameRank.body.errors]).toEqual([
      400,
      [
        {
          field: 'nominees',
          code: 'NOMINATION.DUPLICATE_RANK',
          params: { rank: 1, index: 1 },
          messages: [expect.stringContaining('rank of their own')],
        },
      ],
    ]);
    expect(
      (await trainee.request('POST', '/api/enrollment/applications', '{"cohortId":', { 'content-type': 'application/json' })).status,
    ).toBe(400);
    const unknown = await trainee.post('/api/enrollment/applications', { cohortId: randomUUID() });
    expect([unknown.status, unknown.body.code, unknown.body.field]).toEqual([404, 'ENROLLMENT_COHORT.NOT_FOUND', 'cohortId']);
    const staffOnly = await manager.post('/api/enrollment/applications', { cohortId: randomUUID() });
    expect([staffOnly.status, staffOnly.body.code]).toEqual([403, 'FORBIDDEN']);
    expect(await stack.query('enrollment', 'SELECT count(*)::int AS n FROM enrollment.application')).toEqual(before);
  });

  it('lets a course manager add a trainee directly (a walk-in): confirmed after the window, audited, refused by code when full, repeated or unknown', async () => {
    const cohort = await curriculum.schedule({
      capacity: 1,
      applicationOpens: day(-10),
      applicationCloses: day(-1),
      cancellationCloses: day(-1),
    });
    const stamp = randomUUID().slice(0, 6);
    const walkIn = traineeOf('MAPO-GU', `현장 ${stamp}`);
    const late = traineeOf('MAPO-GU', `전화 ${stamp}`);
    const walkInId = (await walkIn.get('/api/enrollment/trainees/me')).body.id as string;
    const lateId = (await late.get('/api/enrollment/trainees/me')).body.id as string;
    const add = (client: ApiClient, body: object) => client.post(`/api/enrollment/cohorts/${cohort.cohortId}/trainees`, body);

    // Applications closed yesterday: the trainee cannot apply, the course manager can add them.
    expect((await walkIn.post('/api/enrollment/applications', { cohortId: cohort.cohortId })).body.code).toBe('APPLICATION.WINDOW_CLOSED');
    const added = await add(manager, { traineeId: walkInId, reason: '현장 접수 / walk-in' });
    expect([added.status, added.body]).toEqual([201, expect.objectContaining({ status: 'confirmed', via: 'staff', traineeId: walkInId })]);
    expect((await walkIn.get('/api/enrollment/applications/mine')).body).toEqual([
      expect.objectContaining({ id: added.body.id, status: 'confirmed' }),
    ]);
    expect(await seatsOf(cohort.cohortId)).toEqual({ capacity: 1, confirmed: 1, waitlisted: 0 });
    expect((await outboxOf(stack, cohort.cohortId, 'enrollment.seat.confirmed')).map((e) => e.payload.via)).toEqual(['nomination']);
    expect(
      await stack.query(
        'enrollment',
        "SELECT action, actor_role, after->>'reason' AS reason FROM enrollment.audit_log WHERE subject_id = $1",
        [added.body.id],
      ),
    ).toEqual([{ action: 'application.added_by_staff', actor_role: 'course_manager', reason: '현장 접수 / walk-in' }]);

    const again = await add(manager, { traineeId: walkInId });
    expect([again.status, again.body.code, again.body.field]).toEqual([409, 'APPLICATION.ALREADY_IN_COHORT', 'traineeId']);
    const full = await add(manager, { traineeId: lateId });
    expect([full.status, full.body.code, full.body.params]).toEqual([409, 'ENROLLMENT_COHORT.FULL', { capacity: 1, confirmed: 1 }]);
    const unknown = await add(manager, { traineeId: randomUUID() });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'TRAINEE.NOT_FOUND']);
    const malformed = await add(manager, { traineeId: 'someone' });
    expect([malformed.status, malformed.body.errors?.[0]?.code]).toEqual([400, 'VALIDATION.ID']);
    expect((await add(late, { traineeId: lateId })).status).toBe(403);
    expect(await statusesOf(cohort.cohortId)).toEqual([expect.objectContaining({ trainee_name: `현장 ${stamp}`, status: 'confirmed' })]);
  });

  it('documents every gateway route of enrollment: its parameters, body and answers', async () => {
    const JSON_BODY = 'application/json';
    const SHEET_UPLOAD = 'application/octet-stream';
    // Each operation of the domain, with the body it takes and the query parameters it reads.
    const expected: Record<string, { body?: string; query?: string[] }> = {
      'get /api/enrollment/catalog': { query: ['q', 'educationType'] },
      'get /api/enrollment/catalog/courses/{courseId}': {},
      'get /api/enrollment/cohorts': {},
      'get /api/enrollment/cohorts/{id}': {},
      'post /api/enrollment/applications': { body: JSON_BODY },
      'get /api/enrollment/applications/mine': {},
      'get /api/enrollment/applications/{id}': {},
      'post /api/enrollment/applications/{id}/cancel': { body: JSON_BODY },
      'post /api/enrollment/applications/{id}/decision': { body: JSON_BODY },
      'put /api/enrollment/applications/{id}/assessment': { body: JSON_BODY },
      'put /api/enrollment/applications/{id}/progress': { body: JSON_BODY },
      'get /api/enrollment/agencies': {},
      'post /api/enrollment/nominations': { body: JSON_BODY },
      'get /api/enrollment/agency/applications': { query: ['cohortId', 'status'] },
      'get /api/enrollment/agency/quotas': {},
      'get /api/enrollment/trainees': { query: ['agencyCode', 'q'] },
      'post /api/enrollment/trainees': { body: JSON_BODY },
      'get /api/enrollment/trainees/me': {},
      'get /api/enrollment/trainees/{id}': {},
      'patch /api/enrollment/trainees/{id}': { body: JSON_BODY },
      'post /api/enrollment/trainees/import': { body: SHEET_UPLOAD },
      'get /api/enrollment/cohorts/{id}/roster': {},
      'get /api/enrollment/cohorts/{id}/roster/export': { query: ['format'] },
      'post /api/enrollment/cohorts/{id}/selection': {},
      'post /api/enrollment/cohorts/{id}/trainees': { body: JSON_BODY },
      'get /api/enrollment/cohorts/{id}/attendance': {},
      'put /api/enrollment/cohorts/{id}/attendance': { body: JSON_BODY },
      'post /api/enrollment/cohorts/{id}/attendance/import': { body: SHEET_UPLOAD },
      'get /api/enrollment/cohorts/{id}/attendance/export': { query: ['format'] },
      'post /api/enrollment/cohorts/{id}/completion': {},
      'get /api/enrollment/under-filled-cohorts': {},
      'post /api/enrollment/cohorts/{id}/under-fill-decision': { body: JSON_BODY },
      'get /api/enrollment/surveys/mine': {},
      'post /api/enrollment/surveys': { body: JSON_BODY },
      'get /api/enrollment/surveys/results': { query: ['year'] },
      'get /api/enrollment/reports/results': { query: ['year'] },
      'get /api/enrollment/reports/results/export': { query: ['year', 'format'] },
      'get /api/enrollment/reports/agency': { query: ['year', 'agencyCode'] },
      'get /api/enrollment/reports/agency/export': { query: ['year', 'agencyCode', 'format'] },
      'post /api/enrollment/completion-imports': { body: JSON_BODY },
      'get /api/enrollment/completion-imports': {},
      'get /api/enrollment/completion-imports/{id}': {},
      'put /api/enrollment/completion-imports/{id}/content': { body: 'text/csv' },
      'get /api/enrollment/completion-imports/{id}/errors': { query: ['format'] },
      'get /api/enrollment/certificates/{applicationId}/pdf': {},
      'post /api/enrollment/certificates/{id}/revoke': { body: JSON_BODY },
      'get /api/public/certificates/{code}': {},
      'post /api/trainee-accounts': { body: JSON_BODY },
    };
    type Operation = {
      parameters?: { in: string; name: string; schema?: object }[];
      requestBody?: { content: Record<string, { schema?: object }> };
      responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
    };
    const { status, body: document } = await gateway.get('/docs-json');
    expect(status).toBe(200);
    const operations = Object.entries(document.paths as Record<string, Record<string, Operation>>)
      .filter(([path]) => /^\/api\/(enrollment\/|public\/certificates\/|trainee-accounts)/.test(path))
      .flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => [`${method} ${path}`, operation] as const));
    expect(operations.map(([key]) => key).sort()).toEqual(Object.keys(expected).sort());
    for (const [key, operation] of operations) {
      const answers = Object.entries(operation.responses).filter(([code]) => /^2\d\d$/.test(code));
      expect([key, answers.length]).toEqual([key, 1]);
      const content = answers[0][1].content ?? {};
      expect([key, Object.keys(content).length > 0]).toEqual([key, true]);
      for (const media of Object.values(content)) expect([key, media.schema]).toEqual([key, expect.any(Object)]);
      expect([key, operation.responses.default?.content?.['application/json']?.schema?.$ref]).toEqual([
        key,
        '#/components/schemas/ErrorBody',
      ]);
      const { body, query = [] } = expected[key];
      expect([key, operation.requestBody ? Object.keys(operation.requestBody.content) : []]).toEqual([key, body ? [body] : []]);
      if (body) expect([key, operation.requestBody!.content[body].schema]).toEqual([key, expect.any(Object)]);
      const queryNames = (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      expect([key, queryNames]).toEqual([key, expect.arrayContaining(query)]);
    }
    // JSON answers and bodies name their schema (a generated client types them), and the schemas are there.
    const schemas = document.components.schemas as Record<string, unknown>;
    for (const name of [
      'HostedCatalogCohortView',
      'EnrollmentApplicationView',
      'NominateDto',
      'AttendanceEntriesDto',
      'UnderFillDecisionDto',
      'TrainingResultsView',
      'CompletionImportView',
      'TraineeAccountView',
      'CertificateCheckView',
    ]) {
      expect([name, schemas[name]]).toEqual([name, expect.any(Object)]);
    }
    expect((schemas.ErrorCode as { enum: string[] }).enum).toEqual(
      expect.arrayContaining(['APPLICATION.WINDOW_CLOSED', 'NOMINATION.DUPLICATE_RANK', 'SHEET.ROW_INVALID']),
    );
  });

  it("keeps institutes apart, and lets an agency admin see their own agency's staff only", async () => {
    const seoulCohort = await curriculum.schedule();
    const sejongManager = await gateway.signIn('sejong-edu', 'manager@sejong-edu.example', PASSWORD);
    const hidden = await sejongManager.get(`/api/enrollment/cohorts/${seoulCohort.cohortId}`);
    expect([hidden.status, hidden.body.code]).toEqual([404, 'ENROLLMENT_COHORT.NOT_FOUND']);
    expect((await sejongManager.get(`/api/enrollment/cohorts/${seoulCohort.cohortId}/roster`)).status).toBe(404);
    expect(
      (await sejongManager.get('/api/enrollment/catalog')).body.some((c: { cohortId: string }) => c.cohortId === seoulCohort.cohortId),
    ).toBe(false);
    const sejongTrainee = traineeOf('SEJONG-SCHOOLS', '세종교사', SEJONG);
    expect((await sejongTrainee.post('/api/enrollment/applications', { cohortId: seoulCohort.cohortId })).status).toBe(404);

    const mapoStaff = (await mapoAdmin.get('/api/enrollment/trainees')).body;
    expect(mapoStaff.length).toBeGreaterThan(0);
    expect(mapoStaff.every((t: { agencyCode: string }) => t.agencyCode === 'MAPO-GU')).toBe(true);
    const gangnamStaff = (await manager.get('/api/enrollment/trainees?agencyCode=GANGNAM-GU')).body;
    expect(gangnamStaff.length).toBeGreaterThan(0);
    expect((await mapoAdmin.get(`/api/enrollment/trainees/${gangnamStaff[0].id}`)).status).toBe(404);
    const nominated = await mapoAdmin.post('/api/enrollment/nominations', {
      cohortId: seoulCohort.cohortId,
      nominees: [{ traineeId: gangnamStaff[0].id, rank: 1 }],
    });
    expect(nominated.body.results[0].error).toMatchObject({ statusCode: 404, code: 'TRAINEE.NOT_FOUND' });
    const gangnamApplication = (
      await traineeOf('GANGNAM-GU', '강남직원').post('/api/enrollment/applications', { cohortId: seoulCohort.cohortId })
    ).body;
    expect((await mapoAdmin.get(`/api/enrollment/applications/${gangnamApplication.id}`)).status).toBe(404);
    expect((await mapoAdmin.post(`/api/enrollment/applications/${gangnamApplication.id}/cancel`, {})).status).toBe(404);
    expect((await traineeOf('MAPO-GU', '남의 것').get(`/api/enrollment/applications/${gangnamApplication.id}`)).status).toBe(404);
    expect(
      (await mapoAdmin.get('/api/enrollment/agency/applications')).body.every((a: { agencyCode: string }) => a.agencyCode === 'MAPO-GU'),
    ).toBe(true);
    expect((await mapoAdmin.get('/api/enrollment/reports/agency?year=2026&agencyCode=GANGNAM-GU')).body.agencyCode).toBe('MAPO-GU');
  });

  it("lets a trainee attend another institute's cohort open to other provinces, seen by both institutes and their agency", async () => {
    const open = await curriculum.schedule(
      {
        courseNameKo: '육아 친화형 인공지능(AI) 연수',
        courseCode: 'AI-CHILDCARE',
        openToOtherProvinces: true,
        dailyStartTime: '10:00',
        dailyEndTime: '16:00',
        startDate: day(130),
        endDate: day(131),
      },
      SEJONG,
    );
    const closed = await curriculum.schedule(
      { courseNameKo: '세종 내부 연수', courseCode: 'AI-CHILDCARE', startDate: day(132), endDate: day(132) },
      SEJONG,
    );
    const trainee = await gateway.signIn('seoul-hrd', 'trainee@seoul-hrd.example', PASSWORD);
    const listed = (await trainee.get('/api/enrollment/catalog')).body;
    expect(listed.find((c: { cohortId: string }) => c.cohortId === open.cohortId)).toMatchObject({
      hostTenant: { nameKo: '세종특별자치시교육청 교육원' },
    });
    expect(listed.some((c: { cohortId: string }) => c.cohortId === closed.cohortId)).toBe(false);
    expect((await trainee.post('/api/enrollment/applications', { cohortId: closed.cohortId })).status).toBe(404);
    const applied = await trainee.post('/api/enrollment/applications', { cohortId: open.cohortId });
    expect(applied.body).toMatchObject({ status: 'confirmed', hostTenantId: SEJONG, agencyCode: 'MAPO-GU' });

    const sejongManager = await gateway.signIn('sejong-edu', 'manager@sejong-edu.example', PASSWORD);
    expect((await sejongManager.get(`/api/enrollment/cohorts/${open.cohortId}/roster`)).body.applications).toEqual([
      expect.objectContaining({ traineeName: '정교육생', agencyCode: 'MAPO-GU', status: 'confirmed' }),
    ]);
    expect(
      (await mapoAdmin.get('/api/enrollment/agency/applications')).body.find((a: { id: string }) => a.id === applied.body.id),
    ).toMatchObject({ hostTenant: { nameKo: '세종특별자치시교육청 교육원' } });
    expect((await manager.get(`/api/enrollment/cohorts/${open.cohortId}/roster`)).status).toBe(404);
    const [event] = await outboxOf(stack, open.cohortId, 'enrollment.seat.confirmed');
    expect(event.tenantId).toBe(SEJONG);
  });

  it("lets an agency admin make a trainee's account, who then signs in as their agency's trainee", async () => {
    const made = await mapoAdmin.post('/api/trainee-accounts', {
      email: `new-${stack.runId}@mapo.example`,
      name: '신규직원',
      employeeNo: `MAPO-NEW-${stack.runId}`,
      grade: '9급',
      position: '주무관',
      jobSeries: '행정',
    });
    expect(made.status).toBe(201);
    expect(made.body.user).toMatchObject({ role: 'trainee', agencyCode: 'MAPO-GU' });
    const signedIn = await gateway.signIn('seoul-hrd', `new-${stack.runId}@mapo.example`, made.body.temporaryPassword);
    // A temporary password opens nothing but who-am-I and the change itself, in every service.
    const held = await signedIn.get('/api/enrollment/trainees/me');
    expect([held.status, held.body.code]).toEqual([403, 'AUTH.PASSWORD_CHANGE_REQUIRED']);
    // The temporary password must be replaced: bad tries name their field and change nothing.
    expect((await signedIn.get('/api/me')).body.mustChangePassword).toBe(true);
    const bad = await signedIn.post('/api/me/password', { currentPassword: '', newPassword: 'short', role: 'admin' });
    expect([bad.status, bad.body.errors.map((e: { field: string }) => e.field).sort()]).toEqual([
      400,
      ['currentPassword', 'newPassword', 'role'],
    ]);
    const wrong = await signedIn.post('/api/me/password', { currentPassword: 'not-the-password', newPassword: 'mapo-new-2031' });
    expect([wrong.status, wrong.body.errors.map((e: { field: string }) => e.field)]).toEqual([400, ['currentPassword']]);
    const same = await signedIn.post('/api/me/password', {
      currentPassword: made.body.temporaryPassword,
      newPassword: made.body.temporaryPassword,
    });
    expect([same.status, same.body.errors.map((e: { field: string }) => e.field)]).toEqual([400, ['newPassword']]);
    expect(
      (await gateway.post('/api/me/password', { currentPassword: made.body.temporaryPassword, newPassword: 'mapo-new-2031' })).status,
    ).toBe(401);
    const changed = await signedIn.post('/api/me/password', { currentPassword: made.body.temporaryPassword, newPassword: 'mapo-new-2031' });
    expect([changed.status, changed.body.user.mustChangePassword]).toEqual([200, false]);
    // The answer is a new session; the trainee record is there for it (the old token no longer stands).
    expect((await gateway.withToken(changed.body.accessToken).get('/api/enrollment/trainees/me')).body).toMatchObject({
      name: '신규직원',
      agencyCode: 'MAPO-GU',
      grade: '9급',
      userId: made.body.user.id,
    });
    expect((await signedIn.get('/api/me')).status).toBe(401);
    expect(
      (
        await gateway.post('/api/auth/login', {
          tenant: 'seoul-hrd',
          email: `new-${stack.runId}@mapo.example`,
          password: made.body.temporaryPassword,
        })
      ).status,
    ).toBe(401);
    const renewed = await gateway.post('/api/auth/login', {
      tenant: 'seoul-hrd',
      email: `new-${stack.runId}@mapo.example`,
      password: 'mapo-new-2031',
    });
    expect([renewed.status, renewed.body.user.mustChangePassword]).toEqual([200, false]);
    // The same e-mail twice, or a trainee for another agency, is refused.
    const taken = await mapoAdmin.post('/api/trainee-accounts', { email: `new-${stack.runId}@mapo.example`, name: '또' });
    expect([taken.status, taken.body.code, taken.body.field]).toEqual([409, 'AUTH.EMAIL_TAKEN', 'email']);
    const unknownAgency = await manager.post('/api/trainee-accounts', {
      email: `x-${stack.runId}@x.example`,
      name: '무소속',
      agencyCode: 'NO-SUCH-AGENCY',
    });
    expect([unknownAgency.status, unknownAgency.body.errors]).toEqual([
      400,
      [{ field: 'agencyCode', code: 'TRAINEE.AGENCY_UNKNOWN', params: { agencyCode: 'NO-SUCH-AGENCY' }, messages: [expect.any(String)] }],
    ]);
    expect(
      (await stack.query('gateway', 'SELECT count(*)::int AS n FROM gateway.app_user WHERE email = $1', [`x-${stack.runId}@x.example`]))[0]
        .n,
    ).toBe(0);
  });
});
