import { ApiClient, clientAs, eventually, ServiceStack } from '@baeum/testing';

/**
 * What the institute administrator's settings do elsewhere, over the real stack (PostgreSQL, Kafka,
 * Redis), through the gateway: a holiday added in curriculum's settings reaches enrollment and finance
 * as `curriculum.settings.changed`, and a cohort meeting on it loses that day from its attendance days
 * and its trainees' meal-days; an agency deactivated in enrollment reaches curriculum as
 * `enrollment.agency.changed`, and is given no quota on a cohort.
 */
const PASSWORD = 'Baeum!2022';
const MEAL_COST_PER_DAY = 8_000n; // the demo book's rule for TRAINEE-MEALS
let stack: ServiceStack;
let admin: ApiClient;
let manager: ApiClient;
let newcomerCourseId: string;

/** Business dates in Asia/Seoul, `offset` days from today. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Seoul' });
/** Days from today to the Monday at least `after` days away. */
const mondayAfter = (after: number) => after + ((8 - new Date(`${day(after)}T00:00:00Z`).getUTCDay()) % 7);

/** What finance has committed for a cohort's meals. */
const mealsCommitted = async (cohortId: string): Promise<string | undefined> =>
  (
    await stack.query(
      'finance',
      `SELECT sum(committed)::text AS committed FROM finance.commitment WHERE cause = 'meals' AND cause_id = $1 AND status = 'booked'`,
      [cohortId],
    )
  )[0]?.committed ?? undefined;

beforeAll(async () => {
  stack = await ServiceStack.start();
  const gateway = new ApiClient(stack.gatewayUrl);
  [admin, manager] = await Promise.all([
    gateway.signIn('seoul-hrd', 'admin@seoul-hrd.example', PASSWORD),
    gateway.signIn('seoul-hrd', 'manager@seoul-hrd.example', PASSWORD),
  ]);
  newcomerCourseId = (await manager.get('/api/courses')).body.find((c: { code: string }) => c.code === 'NEWCOMER').id;
}, 600_000);

afterAll(async () => {
  await stack?.stop();
});

it("takes a holiday the administrator adds off a cohort's attendance days in enrollment and its meal-days in finance", async () => {
  // A cohort from a Monday three weeks away to its Friday, with two confirmed trainees.
  const monday = mondayAfter(21);
  const [start, wednesday, end] = [day(monday), day(monday + 2), day(monday + 4)];
  const scheduled = await manager.post('/api/cohorts', {
    courseId: newcomerCourseId,
    startDate: start,
    endDate: end,
    capacity: 4,
    estimatedCost: 1_000_000,
    applicationOpens: day(-1),
    applicationCloses: day(monday - 1),
  });
  expect([scheduled.status, scheduled.body.errors ?? scheduled.body.message]).toEqual([201, undefined]);
  const cohortId = scheduled.body.id;
  await eventually(async () => ((await manager.get(`/api/cohorts/${cohortId}`)).body.seatsFree === 4 ? true : undefined), {
    what: "enrollment's seats",
    timeoutMs: 120_000,
  });
  for (const name of ['휴일 1', '휴일 2']) {
    const applied = await clientAs(stack.gatewayUrl, { role: 'trainee', agencyCode: 'MAPO-GU', name }).post(
      '/api/enrollment/applications',
      {
        cohortId,
      },
    );
    expect([applied.status, applied.body.status]).toEqual([201, 'confirmed']);
  }
  const attendanceDays = async (): Promise<string[]> => (await manager.get(`/api/enrollment/cohorts/${cohortId}/attendance`)).body.days;
  expect(await attendanceDays()).toHaveLength(5);
  await eventually(async () => ((await mealsCommitted(cohortId)) === String(2n * 5n * MEAL_COST_PER_DAY) ? true : undefined), {
    what: 'five meal-days of two trainees in finance',
    timeoutMs: 120_000,
  });

  // The administrator adds the Wednesday to the institute's holidays, keeping those it had.
  const { body: settings } = await admin.get('/api/admin/settings');
  const holidays = [...settings.holidays, { date: wednesday, name: '개원기념일' }];
  const changed = await admin.request('PUT', '/api/admin/settings', { holidays });
  expect([changed.status, changed.body.errors]).toEqual([200, undefined]);

  await eventually(async () => ((await attendanceDays()).length === 4 ? true : undefined), {
    what: 'enrollment to leave the holiday out of the attendance days',
    timeoutMs: 120_000,
  });
  expect(await attendanceDays()).not.toContain(wednesday);
  await eventually(async () => ((await mealsCommitted(cohortId)) === String(2n * 4n * MEAL_COST_PER_DAY) ? true : undefined), {
    what: 'finance to book four meal-days of two trainees',
    timeoutMs: 120_000,
  });
}, 600_000);

it('refuses a quota for a deactivated agency, naming the field, and changes nothing; its kept quota is shown marked', async () => {
  const code = `Q-${Date.now().toString(36).toUpperCase()}`;
  const created = await admin.post('/api/admin/agencies', {
    code,
    nameKo: '배정 시험 기관',
    nameEn: 'Quota test agency',
    kind: 'other',
    defaultQuota: 0,
  });
  expect(created.status).toBe(201);
  const scheduled = await manager.post('/api/cohorts', {
    courseId: newcomerCourseId,
    startDate: day(40),
    endDate: day(41),
    capacity: 10,
    estimatedCost: 500_000,
    applicationOpens: day(-1),
    applicationCloses: day(39),
    agencyQuotas: [{ agencyCode: code, seats: 2 }],
  });
  expect([scheduled.status, scheduled.body.errors]).toEqual([201, undefined]);
  const cohortId = scheduled.body.id;

  expect((await admin.post(`/api/admin/agencies/${code}/deactivate`, {})).body).toMatchObject({ active: false });
  const knownInactive = async () =>
    (await stack.query('curriculum', `SELECT active FROM curriculum.agency_state WHERE code = $1`, [code]))[0]?.active === false;
  await eventually(async () => ((await knownInactive()) ? true : undefined), {
    what: 'curriculum to learn that the agency was deactivated',
    timeoutMs: 120_000,
  });
  expect((await manager.get(`/api/cohorts/${cohortId}`)).body.agencyQuotas).toEqual([{ agencyCode: code, seats: 2, agencyActive: false }]);

  const cohortCount = async () => (await stack.query('curriculum', `SELECT count(*)::int AS n FROM curriculum.cohort`))[0].n;
  const before = await cohortCount();
  const refusedNew = await manager.post('/api/cohorts', {
    courseId: newcomerCourseId,
    startDate: day(42),
    endDate: day(43),
    capacity: 10,
    estimatedCost: 500_000,
    agencyQuotas: [
      { agencyCode: 'MAPO-GU', seats: 1 },
      { agencyCode: code, seats: 2 },
    ],
  });
  expect(refusedNew.status).toBe(400);
  expect(refusedNew.body.errors).toEqual([
    expect.objectContaining({ field: 'agencyQuotas.1.agencyCode', code: 'COHORT.QUOTA_AGENCY_INACTIVE', params: { agencyCode: code } }),
  ]);
  const refusedChange = await manager.request('PATCH', `/api/cohorts/${cohortId}`, {
    agencyQuotas: [{ agencyCode: code, seats: 4 }],
    reason: '배정 변경 / quota changed',
  });
  expect(refusedChange.status).toBe(400);
  expect(refusedChange.body.errors).toEqual([
    expect.objectContaining({ field: 'agencyQuotas.0.agencyCode', code: 'COHORT.QUOTA_AGENCY_INACTIVE' }),
  ]);
  expect(await cohortCount()).toBe(before);
  expect((await manager.get(`/api/cohorts/${cohortId}`)).body).toMatchObject({
    agencyQuotas: [{ agencyCode: code, seats: 2, agencyActive: false }],
    updatedAt: scheduled.body.updatedAt,
  });
}, 600_000);
