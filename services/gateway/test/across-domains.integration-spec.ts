import { announcePerson, ApiClient, clientAs, eventually, ServiceStack, toldInInbox } from '@baeum/testing';

/**
 * The four domains together over the real broker, each learning of the others only from events:
 * a cohort scheduled in curriculum opens quota-bound seats in enrollment and commits its cost in
 * finance; trainees' seats book their meals in finance and report the fill back to curriculum;
 * completion (수료 처리) ends the cohort in curriculum too, and a survey rates the instructor there; cancelling a cohort releases every
 * seat in enrollment and every won committed for it in finance; a course manager's choice for an
 * under-filled cohort (extend or cancel) carried out in curriculum and followed by the others.
 */
const PASSWORD = 'Baeum!2022';
const MEAL_COST_PER_DAY = 8_000n; // the demo book's rule for TRAINEE-MEALS
let stack: ServiceStack;
let manager: ApiClient;
let newcomerCourseId: string;

/** Business dates in Asia/Seoul, `offset` days from today. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Seoul' });
/** The days a cohort meets, written out here as the rule says: its weekdays, or, held only on a weekend, those days. */
const trainingDaysBetween = (start: string, end: string): string[] => {
  const all: string[] = [];
  for (let d = new Date(`${start}T00:00:00Z`); d <= new Date(`${end}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1))
    all.push(d.toISOString().slice(0, 10));
  const weekdays = all.filter((d) => new Date(`${d}T00:00:00Z`).getUTCDay() % 6 !== 0);
  return weekdays.length > 0 ? weekdays : all;
};
const trainingDayCount = (start: string, end: string) => trainingDaysBetween(start, end).length;
/** Days from today to the Saturday at least `after` days away. */
const saturdayAfter = (after: number) => after + ((6 - new Date(`${day(after)}T00:00:00Z`).getUTCDay() + 7) % 7);

/** What finance has committed for a cohort, by cause (the cohort's cost, its trainees' meals). */
const committedFor = async (cohortId: string): Promise<Record<string, string>> =>
  Object.fromEntries(
    (
      await stack.query(
        'finance',
        `SELECT cause, sum(committed)::text AS committed FROM finance.commitment WHERE cause_id = $1 GROUP BY cause`,
        [cohortId],
      )
    ).map((r) => [r.cause, r.committed]),
  );

beforeAll(async () => {
  // Enrollment checks minimum fill every 0.3 s here rather than every minute.
  stack = await ServiceStack.start({ env: { enrollment: { ENROLLMENT_CUTOFF_INTERVAL_MS: '300' } } });
  manager = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'manager@seoul-hrd.example', PASSWORD);
  newcomerCourseId = (await manager.get('/api/courses')).body.find((c: { code: string }) => c.code === 'NEWCOMER').id;
});

afterAll(async () => {
  await stack?.stop();
});

it('carries a cohort from curriculum through enrollment and finance, and the survey back to curriculum', async () => {
  const instructor = (await manager.get('/api/instructors')).body[0];
  const scheduled = await manager.post('/api/cohorts', {
    courseId: newcomerCourseId,
    startDate: day(14),
    endDate: day(18),
    capacity: 4,
    estimatedCost: 4_000_000,
    dailyStartTime: '10:00',
    dailyEndTime: '16:00',
    applicationOpens: day(-1),
    applicationCloses: day(13),
    instructorIds: [instructor.id],
    agencyQuotas: [
      { agencyCode: 'MAPO-GU', seats: 2 },
      { agencyCode: 'GANGNAM-GU', seats: 2 },
    ],
  });
  expect([scheduled.status, scheduled.body.errors ?? scheduled.body.message]).toEqual([201, undefined]);
  const cohortId = scheduled.body.id;

  // Finance committed the estimated cost on the course's line; enrollment opened the seats.
  await eventually(async () => ((await committedFor(cohortId)).cohort === '4000000' ? true : undefined), {
    what: "finance's commitment of the cohort's cost",
  });
  await eventually(async () => ((await manager.get(`/api/cohorts/${cohortId}`)).body.seatsFree === 4 ? true : undefined), {
    what: "enrollment's seats",
  });

  // The quotas came with curriculum's event: Mapo's third trainee waits while Gangnam still has room.
  const mapo = [1, 2, 3].map((i) => clientAs(stack.gatewayUrl, { role: 'trainee', agencyCode: 'MAPO-GU', name: `마포 ${i}` }));
  const gangnam = clientAs(stack.gatewayUrl, { role: 'trainee', agencyCode: 'GANGNAM-GU', name: '강남 1' });
  const statuses: string[] = [];
  const applicationIds: string[] = [];
  for (const trainee of [...mapo, gangnam]) {
    const applied = await trainee.post('/api/enrollment/applications', { cohortId });
    expect(applied.status).toBe(201);
    statuses.push(applied.body.status);
    applicationIds.push(applied.body.id);
  }
  expect(statuses).toEqual(['confirmed', 'confirmed', 'waitlisted', 'confirmed']);

  // Enrollment told curriculum the fill, and finance the meals of the three confirmed trainees.
  const view = await eventually(
    async () => {
      const { body } = await manager.get(`/api/cohorts/${cohortId}`);
      return body.confirmed === 3 && body.waitlisted === 1 ? body : undefined;
    },
    { what: 'the fill in curriculum' },
  );
  expect(view).toMatchObject({ seatsFree: 1, committedAmount: '4000000' });
  const mealsOf = (start: string, end: string) => String(3n * BigInt(trainingDayCount(start, end)) * MEAL_COST_PER_DAY);
  await eventually(async () => ((await committedFor(cohortId)).meals === mealsOf(day(14), day(18)) ? true : undefined), {
    what: 'the meals of three trainees in finance',
  });

  // The cohort is moved to the days just past (its record was late): the change reaches enrollment,
  // which keeps the seats, and finance, which books the meals of the new days and the new cost.
  const moved = await manager.request('PATCH', `/api/cohorts/${cohortId}`, {
    startDate: day(-4),
    endDate: day(0),
    applicationOpens: day(-10),
    applicationCloses: day(-4),
    cancellationCloses: day(-5),
    minimumFillCutoff: day(-5),
    estimatedCost: 4_200_000,
    reason: '일정 변경 기록 / schedule recorded late',
  });
  expect([moved.status, moved.body.errors]).toEqual([200, undefined]);
  await eventually(
    async () => {
      const committed = await committedFor(cohortId);
      return committed.cohort === '4200000' && committed.meals === mealsOf(day(-4), day(0)) ? true : undefined;
    },
    { what: 'finance to follow the change' },
  );

  // Attendance, completion by the course's rule, and a survey that rates the cohort's instructor.
  const confirmed = [mapo[0], mapo[1], gangnam];
  const confirmedIds = [applicationIds[0], applicationIds[1], applicationIds[3]];
  const sheet = (await manager.get(`/api/enrollment/cohorts/${cohortId}/attendance`)).body;
  const entries = confirmedIds.flatMap((applicationId) => sheet.days.map((d: string) => ({ applicationId, day: d, mark: 'present' })));
  expect((await manager.request('PUT', `/api/enrollment/cohorts/${cohortId}/attendance`, { entries })).status).toBe(200);
  expect((await manager.post(`/api/enrollment/cohorts/${cohortId}/completion`, {})).body).toMatchObject({ completed: 3 });
  // One completion, reflected everywhere: curriculum ends the cohort (교육 종료) from enrollment's 수료 처리, and its
  // cohort.completed comes back to enrollment's own view of the cohort; ending it again by hand is refused as done.
  await eventually(async () => ((await manager.get(`/api/cohorts/${cohortId}`)).body.status === 'completed' ? true : undefined), {
    what: 'the cohort completed in curriculum',
  });
  await eventually(
    async () => ((await manager.get(`/api/enrollment/cohorts/${cohortId}`)).body.status === 'completed' ? true : undefined),
    { what: "the cohort completed in enrollment's view" },
  );
  const again = await manager.post(`/api/cohorts/${cohortId}/complete`, {});
  expect([again.status, again.body.code]).toEqual([409, 'COHORT.ALREADY_CLOSED']);

  const ratingBefore = (await manager.get('/api/instructors')).body.find((i: { id: string }) => i.id === instructor.id);
  const items = ['overall', 'content', 'usefulness', 'operation', 'environment'].map((itemCode) => ({ itemCode, score: 5 }));
  for (const [trainee, score] of [
    [confirmed[0], 5],
    [confirmed[1], 4],
  ] as const) {
    expect(
      (await trainee.post('/api/enrollment/surveys', { cohortId, items, instructors: [{ instructorId: instructor.id, score }] })).status,
    ).toBe(201);
  }
  const rated = await eventually(
    async () => {
      const now = (await manager.get('/api/instructors')).body.find((i: { id: string }) => i.id === instructor.id);
      return now.ratingCount === ratingBefore.ratingCount + 2 ? now : undefined;
    },
    { what: "the instructor's rating in curriculum" },
  );
  if (ratingBefore.ratingCount === 0) expect(rated.rating).toBe(4.5);
});

it('gives a weekend-only cohort the same training days in enrollment (attendance) and finance (meals)', async () => {
  const saturday = saturdayAfter(14);
  const [start, end] = [day(saturday), day(saturday + 1)];
  const scheduled = await manager.post('/api/cohorts', {
    courseId: newcomerCourseId,
    startDate: start,
    endDate: end,
    capacity: 5,
    estimatedCost: 900_000,
    applicationOpens: day(0),
  });
  expect([scheduled.status, scheduled.body.errors]).toEqual([201, undefined]);
  const cohortId = scheduled.body.id;
  await eventually(async () => ((await manager.get(`/api/cohorts/${cohortId}`)).body.seatsFree === 5 ? true : undefined), {
    what: "enrollment's seats",
  });
  const trainee = clientAs(stack.gatewayUrl, { role: 'trainee', agencyCode: 'MAPO-GU', name: '주말 1' });
  expect((await trainee.post('/api/enrollment/applications', { cohortId })).body.status).toBe('confirmed');

  const sheet = (await manager.get(`/api/enrollment/cohorts/${cohortId}/attendance`)).body;
  expect(sheet.days).toEqual([start, end]);
  await eventually(async () => ((await committedFor(cohortId)).meals === String(1n * 2n * MEAL_COST_PER_DAY) ? true : undefined), {
    what: 'the two meal-days of one trainee in finance',
  });
});

it('releases every seat and every won committed when curriculum cancels a cohort', async () => {
  const scheduled = await manager.post('/api/cohorts', {
    courseId: newcomerCourseId,
    startDate: day(21),
    endDate: day(22),
    capacity: 10,
    estimatedCost: 2_500_000,
    applicationOpens: day(0),
  });
  expect(scheduled.status).toBe(201);
  const cohortId = scheduled.body.id;
  await eventually(async () => ((await manager.get(`/api/cohorts/${cohortId}`)).body.seatsFree === 10 ? true : undefined), {
    what: "enrollment's seats",
  });
  const trainees = [1, 2].map((i) => clientAs(stack.gatewayUrl, { role: 'trainee', agencyCode: 'MAPO-GU', name: `폐강 ${i}` }));
  for (const [i, trainee] of trainees.entries()) {
    expect((await trainee.post('/api/enrollment/applications', { cohortId })).body.status).toBe('confirmed');
    // Made known to the notification service (as the gateway announces a user), so the cancellation reaches their inbox.
    await announcePerson(
      stack,
      { userId: trainee.userId, role: 'trainee', name: `폐강 ${i + 1}`, agencyCode: 'MAPO-GU' },
      { linked: true },
    );
  }
  const meals = 2n * BigInt(trainingDayCount(day(21), day(22))) * MEAL_COST_PER_DAY;
  await eventually(
    async () => {
      const committed = await committedFor(cohortId);
      return committed.cohort === '2500000' && committed.meals === String(meals) ? true : undefined;
    },
    { what: 'the cost and the meals in finance' },
  );

  const cancelled = await manager.post(`/api/cohorts/${cohortId}/cancel`, { reason: '강사 사정 / instructor unavailable' });
  expect(cancelled.body.status).toBe('cancelled');

  await eventually(
    async () => {
      const committed = await committedFor(cohortId);
      return committed.cohort === '0' && committed.meals === '0' ? true : undefined;
    },
    { what: 'finance to release the cost and the meals' },
  );
  for (const trainee of trainees) {
    const mine = await eventually(
      async () => {
        const [application] = (await trainee.get('/api/enrollment/applications/mine')).body;
        return application.status !== 'confirmed' ? application : undefined;
      },
      { what: 'the seat released in enrollment' },
    );
    expect(mine.status).toBe('cancelled');
    expect((await toldInInbox(trainee, 'enrollment.application.ended', '[폐강]')).body).toContain(`(${day(21)} ~ ${day(22)})`);
  }
  const [seats] = await stack.query('enrollment', 'SELECT confirmed FROM enrollment.cohort_seats WHERE cohort_id = $1', [cohortId]);
  expect(seats).toEqual({ confirmed: 0 });
});

it("carries out a course manager's choice for an under-filled cohort: extend applications, merge or cancel", async () => {
  const scheduleUnderFilled = async (startOffset: number) => {
    const scheduled = await manager.post('/api/cohorts', {
      courseId: newcomerCourseId,
      startDate: day(startOffset),
      endDate: day(startOffset + 1),
      capacity: 10,
      estimatedCost: 1_500_000,
      applicationOpens: day(-1),
      applicationCloses: day(startOffset - 10),
      minimumFill: 5,
      minimumFillCutoff: day(0),
    });
    expect([scheduled.status, scheduled.body.errors]).toEqual([201, undefined]);
    const cohortId: string = scheduled.body.id;
    await eventually(async () => ((await manager.get(`/api/cohorts/${cohortId}`)).body.seatsFree === 10 ? true : undefined), {
      what: "enrollment's seats",
    });
    const trainee = clientAs(stack.gatewayUrl, { role: 'trainee', agencyCode: 'MAPO-GU', name: `미달 ${startOffset}` });
    expect((await trainee.post('/api/enrollment/applications', { cohortId })).body.status).toBe('confirmed');
    await announcePerson(
      stack,
      { userId: trainee.userId, role: 'trainee', name: `미달 ${startOffset}`, agencyCode: 'MAPO-GU' },
      { linked: true },
    );
    return { cohortId, trainee };
  };
  const isFlagged = async (cohortId: string) =>
    (await manager.get('/api/enrollment/under-filled-cohorts')).body.some((c: { cohortId: string }) => c.cohortId === cohortId);
  /** Curriculum follows enrollment's decision by event: its cohort once `ready` says it has. */
  const curriculumCohort = (cohortId: string, ready: (cohort: Record<string, unknown>) => boolean, what: string) =>
    eventually(
      async () => {
        const { body } = await manager.get(`/api/cohorts/${cohortId}`);
        return ready(body) ? body : undefined;
      },
      { what },
    );
  const extended = await scheduleUnderFilled(40);
  const cancelled = await scheduleUnderFilled(45);
  const merged = await scheduleUnderFilled(50);
  for (const { cohortId } of [extended, cancelled, merged])
    await eventually(async () => ((await isFlagged(cohortId)) ? true : undefined), { what: 'the under-filled flag at the cut-off' });

  // A bad choice names its field and changes nothing.
  const bad = await manager.post(`/api/enrollment/cohorts/${extended.cohortId}/under-fill-decision`, {
    decision: 'extend',
    applicationCloses: 'next week',
  });
  expect([bad.status, bad.body.errors?.map((e: { field: string }) => e.field)]).toEqual([400, ['applicationCloses']]);
  expect(bad.body.errors[0]).toMatchObject({
    code: 'VALIDATION.DATE',
    messages: [expect.stringContaining('applicationCloses must be a date')],
  });
  expect((await manager.get(`/api/cohorts/${extended.cohortId}`)).body.applicationCloses).toBe(day(30));

  // Extend: curriculum takes the new dates, and enrollment waits for the new cut-off.
  const extend = await manager.post(`/api/enrollment/cohorts/${extended.cohortId}/under-fill-decision`, {
    decision: 'extend',
    applicationCloses: day(35),
  });
  expect([extend.status, extend.body]).toEqual([200, { cohortId: extended.cohortId, decision: 'extend', moved: 0 }]);
  expect(
    await curriculumCohort(extended.cohortId, (c) => c.applicationCloses === day(35), "curriculum's new application window"),
  ).toMatchObject({ applicationCloses: day(35), minimumFillCutoff: day(35), status: 'scheduled' });
  await eventually(async () => ((await isFlagged(extended.cohortId)) ? undefined : true), {
    what: 'the flag cleared until the new cut-off',
  });
  const notAwaiting = await manager.post(`/api/enrollment/cohorts/${extended.cohortId}/under-fill-decision`, { decision: 'cancel' });
  expect([notAwaiting.status, notAwaiting.body.code]).toEqual([409, 'UNDER_FILL.NOT_AWAITING']);
  expect((await extended.trainee.get('/api/enrollment/applications/mine')).body[0].status).toBe('confirmed');

  // Cancel: curriculum cancels, enrollment releases the seat and tells the trainee, finance releases every won.
  await eventually(async () => ((await committedFor(cancelled.cohortId)).cohort === '1500000' ? true : undefined), {
    what: "the cohort's cost in finance",
  });
  const cancel = await manager.post(`/api/enrollment/cohorts/${cancelled.cohortId}/under-fill-decision`, {
    decision: 'cancel',
    note: '신청 인원 부족',
  });
  expect([cancel.status, cancel.body]).toEqual([200, { cohortId: cancelled.cohortId, decision: 'cancel', moved: 0 }]);
  expect(await curriculumCohort(cancelled.cohortId, (c) => c.status === 'cancelled', 'the cohort cancelled in curriculum')).toMatchObject({
    status: 'cancelled',
  });
  const mine = await eventually(
    async () => {
      const [application] = (await cancelled.trainee.get('/api/enrollment/applications/mine')).body;
      return application.status === 'cancelled' ? application : undefined;
    },
    { what: 'the seat released in enrollment' },
  );
  expect(mine.status).toBe('cancelled');
  expect((await toldInInbox(cancelled.trainee, 'enrollment.application.ended', '[폐강]')).body).toContain(`(${day(45)} ~ ${day(46)})`);
  await eventually(
    async () => {
      const committed = await committedFor(cancelled.cohortId);
      return committed.cohort === '0' && (committed.meals ?? '0') === '0' ? true : undefined;
    },
    { what: 'finance to release the cost and the meals' },
  );
  expect(await isFlagged(cancelled.cohortId)).toBe(false);

  // Merge: enrollment moves the trainee to another cohort of the course; curriculum then cancels the emptied cohort.
  const target = await manager.post('/api/cohorts', {
    courseId: newcomerCourseId,
    startDate: day(55),
    endDate: day(56),
    capacity: 10,
    estimatedCost: 1_500_000,
    applicationOpens: day(-1),
    applicationCloses: day(50),
  });
  expect([target.status, target.body.errors]).toEqual([201, undefined]);
  await eventually(async () => ((await manager.get(`/api/cohorts/${target.body.id}`)).body.seatsFree === 10 ? true : undefined), {
    what: "the target's seats in enrollment",
  });
  const merge = await manager.post(`/api/enrollment/cohorts/${merged.cohortId}/under-fill-decision`, {
    decision: 'merge',
    targetCohortId: target.body.id,
  });
  expect([merge.status, merge.body]).toEqual([200, { cohortId: merged.cohortId, decision: 'merge', moved: 1 }]);
  const again = await manager.post(`/api/enrollment/cohorts/${merged.cohortId}/under-fill-decision`, { decision: 'cancel' });
  expect([again.status, again.body.code]).toEqual([409, 'UNDER_FILL.NOT_AWAITING']);
  expect(
    await curriculumCohort(merged.cohortId, (c) => c.status === 'cancelled', 'the merged cohort cancelled in curriculum'),
  ).toMatchObject({
    status: 'cancelled',
  });
  await eventually(
    async () => ((await manager.get(`/api/enrollment/cohorts/${merged.cohortId}`)).body.status === 'cancelled' ? true : undefined),
    { what: 'the merged cohort cancelled in enrollment' },
  );
  const afterCancel = await manager.post(`/api/enrollment/cohorts/${merged.cohortId}/under-fill-decision`, { decision: 'cancel' });
  expect([afterCancel.status, afterCancel.body.code]).toEqual([409, 'UNDER_FILL.NOT_AWAITING']);
  const [moved] = (await merged.trainee.get('/api/enrollment/applications/mine')).body.filter(
    (a: { cohortId: string }) => a.cohortId === target.body.id,
  );
  expect(moved).toMatchObject({ status: 'confirmed' });
});
