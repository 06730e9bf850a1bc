import {
  CohortCancelledV1,
  CohortChangedV1,
  CohortCompletedV1,
  CohortScheduledV1,
  CoursePublishedV1,
  EventContract,
  EventEnvelope,
  FillChangedV1,
  PlanApprovedV1,
  SurveySubmittedV1,
  validatePayload,
} from '@baeum/contracts';
import { readSpreadsheet, toCsv } from '@baeum/documents';
import { DemoTenants, seoulHrd2022 } from '@baeum/source-data';
import { ApiClient, eventEnvelope, eventually, infra, ServiceStack } from '@baeum/testing';
import { Consumer, Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';

/**
 * Curriculum over the real PostgreSQL, Kafka and Redis, driven through the gateway: the Seoul
 * plans as the report prints them, every event it publishes read back from Kafka, the events it
 * consumes produced onto the stack's own topics, bookings under concurrency, imports and tenancy.
 */
const PASSWORD = 'Baeum!2022';
const table = seoulHrd2022.work_report.training_plan_summary_by_field;
let stack: ServiceStack;
let managerToken: string;
let manager: ApiClient;
let planner: ApiClient;
let trainee: ApiClient;
let sejong: ApiClient;
let kafka: Kafka;
let consumer: Consumer;
let producer: Producer;
const received: EventEnvelope<Record<string, unknown>>[] = [];

const courseId = (code: string) =>
  manager.get(`/api/courses?fiscalYear=2022&q=${code}`).then((r) => r.body.find((c: { code: string }) => c.code === code).id as string);
const roomId = async (client: ApiClient, code: string) =>
  (await client.get('/api/rooms')).body.find((r: { code: string }) => r.code === code).id as string;
const eventsOf = <P>(contract: EventContract<P>, key: string) =>
  received.filter((e) => e.type === contract.type && contract.keyOf(e.payload as P) === key) as unknown as EventEnvelope<P>[];
const awaitEvent = <P>(contract: EventContract<P>, key: string, count = 1) =>
  eventually(async () => (eventsOf(contract, key).length >= count ? eventsOf(contract, key) : undefined), {
    what: `${count} ${contract.type} for ${key}`,
  });

beforeAll(async () => {
  stack = await ServiceStack.start();
  const gateway = new ApiClient(stack.gatewayUrl);
  managerToken = (await gateway.post('/api/auth/login', { tenant: 'seoul-hrd', email: 'manager@seoul-hrd.example', password: PASSWORD }))
    .body.accessToken;
  manager = gateway.withToken(managerToken);
  [planner, trainee, sejong] = await Promise.all([
    gateway.signIn('seoul-hrd', 'planner@seoul-hrd.example', PASSWORD),
    gateway.signIn('seoul-hrd', 'trainee@seoul-hrd.example', PASSWORD),
    gateway.signIn('sejong-edu', 'manager@sejong-edu.example', PASSWORD),
  ]);
  kafka = new Kafka({ clientId: 'curriculum-test', brokers: infra().kafkaBrokers.split(','), logLevel: logLevel.ERROR });
  consumer = kafka.consumer({ groupId: `curriculum-test-${stack.runId}` });
  await consumer.connect();
  await consumer.subscribe({
    topics: ['curriculum.cohort', 'curriculum.course', 'curriculum.plan'].map((t) => stack.topic(t)),
    fromBeginning: true,
  });
  await consumer.run({ eachMessage: async ({ message }) => void received.push(JSON.parse(message.value!.toString())) });
  producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
});

afterAll(async () => {
  await consumer?.disconnect();
  await producer?.disconnect();
  await stack?.stop();
});

describe('the Seoul plans as the report prints them', () => {
  it('reproduces every figure of the summary table in all three column groups, through the API', async () => {
    const { status, body } = await planner.get('/api/plans/reports/summary');
    expect(status).toBe(200);
    expect(body.versions.map((v: { labelKo: string }) => v.labelKo)).toEqual(['2021년 계획 당초', '2021년 계획 변경', '2022년 계획(안)']);
    const columns = ['plan_2021_original', 'plan_2021_changed', 'plan_2022'] as const;
    expect(body.total).toEqual(columns.map((c) => table.total[c]));
    const printed = [table.general_education, table.e_learning];
    body.sections.forEach((section: any, s: number) => {
      const eLearning = s === 1;
      const cell = (f: { courses: number; sessions: number | null; trainees: number }) => ({
        courses: f.courses,
        sessions: eLearning ? null : f.sessions,
        trainees: f.trainees,
      });
      expect(section.subtotal).toEqual(columns.map((c) => cell(printed[s].subtotal[c])));
      printed[s].groups.forEach((group: any, g: number) => {
        expect(section.groups[g].cells[2].courses).toBe(group.header_course_count_2022);
        group.rows.forEach((row: any, r: number) => {
          expect(section.groups[g].rows[r].nameKo).toBe(row.label_ko);
          expect(section.groups[g].rows[r].cells).toEqual(columns.map((c) => cell(row[c])));
        });
      });
    });
    expect(body.sections[1].memoLines[0].values.map((v: { trainees: number }) => v.trainees)).toEqual([33000, 33000, 33000]);
  });

  it('exports the summary as .xlsx and as CSV with a BOM, laid out like the source', async () => {
    const xlsx = await planner.raw('/api/plans/reports/summary?format=xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toContain(encodeURIComponent('교육훈련계획_분야별_총괄표.xlsx'));
    const rows = await readSpreadsheet(Buffer.from(await xlsx.arrayBuffer()), 'summary.xlsx');
    expect(rows[1]).toEqual(['전체', '', '', '321', '424', '283588', '316', '398', '283645', '390', '410', '383773']);
    const eLearningCoreValues = rows.find((r) => r[2] === '핵심가치' && r[4] === '상시');
    expect(eLearningCoreValues).toEqual(['', '', '핵심가치', '21', '상시', '70550', '21', '상시', '70550', '25', '상시', '94900']);
    expect(rows.find((r) => r[2]?.startsWith('u-지식여행'))?.slice(3)).toEqual([
      '',
      '',
      '(33,000)',
      '',
      '',
      '(33,000)',
      '',
      '',
      '(33,000)',
    ]);
    const csv = Buffer.from(await (await planner.raw('/api/plans/reports/summary?format=csv')).arrayBuffer());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('일반교육 (126),소계,,130,424,25558,125,398,25615,126,410,23543');
  });

  it('reports delivery modes, restructuring and the year-on-year change, flagging where the source differs', async () => {
    const modes = (await planner.get('/api/plans/reports/delivery-modes')).body;
    const [original2021, , plan2022] = modes.rows;
    expect(plan2022.faceToFace).toEqual({ courses: 66, trainees: 5089, share: 17 });
    expect(original2021.faceToFace.share).toBe(26);
    expect(modes.notes).toEqual([expect.objectContaining({ ref: 'D5' })]);
    const restructuring = (await planner.get('/api/plans/reports/restructuring')).body;
    expect(restructuring.rows[2].total).toMatchObject({ new: 86, improved: 119, merged: 17 });
    const versions = (await planner.get('/api/plans?fiscalYear=2022')).body;
    const change = (await planner.get(`/api/plans/reports/year-on-year?versionId=${versions[0].id}`)).body;
    expect(change.rows[0].change).toEqual({ courses: 69, trainees: 100185 });
    expect(change.notes.map((n: { ref: string | null }) => n.ref)).toContain('D7');
    const quarters = (await planner.get(`/api/plans/reports/quarters?versionId=${versions[0].id}`)).body;
    expect(quarters.notes[0].ref).toBe('D1');
  });
});

describe("2-7's international courses per quarter, beside the lines and out of the totals", () => {
  it('gives the sessions and trainees the source plans per quarter, in the API and the download', async () => {
    type Row = { metric: string; total: number; q1: number; q2: number; q3: number; q4: number };
    const rows = (seoulHrd2022.work_report.programs.find((p) => p.id === '2-7') as unknown as { quarterly_plan: { rows: Row[] } })
      .quarterly_plan.rows;
    const quarters = (metric: string) => {
      const row = rows.find((r) => r.metric === metric)!;
      return [row.q1, row.q2, row.q3, row.q4];
    };
    const [plan2022] = (await planner.get('/api/plans?fiscalYear=2022')).body;
    const { status, body } = await planner.get(`/api/plans/reports/quarters?versionId=${plan2022.id}`);
    expect(status).toBe(200);
    expect(body.apart).toEqual([
      {
        labelKo: '외국공무원 대상 국제연수 운영 (별도 통계, 합계 제외)',
        labelEn: 'International training for foreign officials (counted separately, not in the totals)',
        sessions: quarters('sessions'),
        trainees: quarters('trainees'),
        // 예산집행 계획, printed in thousands of won.
        budget: quarters('budget_thousand_krw').map((k) => k * 1000),
        categoryCode: 'international_training',
        // The catalog has no international course yet: nothing is shown as booked.
        booked: null,
      },
    ]);
    const sheet = await planner.raw(`/api/plans/reports/quarters?versionId=${plan2022.id}&format=csv`);
    expect(Buffer.from(await sheet.arrayBuffer()).toString('utf8')).toContain(
      // The label holds a comma, so the CSV quotes it.
      `"외국공무원 대상 국제연수 운영 (별도 통계, 합계 제외)",,,${quarters('sessions')
        .flatMap((n, q) => [n, quarters('trainees')[q]])
        .join(',')},10,144`,
    );
  });
});

describe("2-6's two programmes per quarter, planned against the cohorts held", () => {
  it("shows each programme's own sessions and trainees from the source, and the cohorts scheduled for it", async () => {
    type Cell = { sessions: number; trainees: number };
    const rows = seoulHrd2022.work_report.programs.find((p) => p.id === '2-6')!.quarterly_plan!.rows as {
      component: string;
      q1: Cell;
      q2: Cell;
      q3: Cell;
      q4: Cell;
    }[];
    const cells = (component: string) => {
      const row = rows.find((r) => r.component === component)!;
      const quarters = [row.q1, row.q2, row.q3, row.q4];
      return { sessions: quarters.map((q) => q.sessions), trainees: quarters.map((q) => q.trainees) };
    };
    const [plan2022] = (await planner.get('/api/plans?fiscalYear=2022')).body;
    const retirement = async () => {
      const { status, body } = await planner.get(`/api/plans/reports/quarters?versionId=${plan2022.id}`);
      expect(status).toBe(200);
      return body.rows.find((r: { budgetLineCode: string }) => r.budgetLineCode === 'RETIREMENT-PLANNING');
    };
    const before = await retirement();
    expect(
      before.programmes.map((p: { code: string; sessions: number[]; trainees: number[] }) => [
        p.code,
        { sessions: p.sessions, trainees: p.trainees },
      ]),
    ).toEqual([
      ['RETIRE-FUTURE', cells('happy_future_design')],
      ['RETIRE-SECOND', cells('second_career_prep')],
    ]);

    // A 행복한 미래설계 cohort recorded for May 2022 (after the fact, with its reason) counts in the second quarter.
    const direct = new ApiClient(stack.url('curriculum'), managerToken);
    const recorded = await direct.post('/cohorts', {
      courseId: await courseId('RETIRE-FUTURE'),
      startDate: '2022-05-16',
      endDate: '2022-05-27',
      capacity: 125,
      estimatedCost: 0,
      pastReason: '2022년 실적 입력',
    });
    expect(recorded.status).toBe(201);
    const after = await retirement();
    const delta = (a: number[], b: number[]) => a.map((x, q) => x - b[q]);
    expect(delta(after.programmes[0].held.cohorts, before.programmes[0].held.cohorts)).toEqual([0, 1, 0, 0]);
    expect(after.programmes[1].held).toEqual(before.programmes[1].held);
    expect(delta(after.held.cohorts, before.held.cohorts)).toEqual([0, 1, 0, 0]);
    // The download carries the programme rows and what they held.
    const sheet = await planner.raw(`/api/plans/reports/quarters?versionId=${plan2022.id}&format=csv`);
    expect(sheet.status).toBe(200);
    expect(Buffer.from(await sheet.arrayBuffer()).toString('utf8')).toContain(
      '└ 행복한 미래설계 과정,RETIRE-FUTURE,1,1,125,2,276,2,325,1,100,6,826,',
    );
  });
});

describe('the events curriculum publishes, read from Kafka', () => {
  it('announced the seeded catalog, and announces a new course and an approved plan', async () => {
    const seoulCourses2022 = await eventually(
      async () => {
        const n = received.filter(
          (e) => e.type === CoursePublishedV1.type && e.tenantId === DemoTenants.seoul.id && e.payload.fiscalYear === 2022,
        ).length;
        return n >= 390 ? n : undefined;
      },
      { what: 'the 390 courses of 2022' },
    );
    expect(seoulCourses2022).toBe(390);

    const created = await planner.post('/api/courses', {
      fiscalYear: 2022,
      code: 'IT-AI-DOCS',
      nameKo: 'AI 활용 문서 자동화',
      nameEn: 'Document automation with AI',
      educationType: 'general',
      fieldCode: 'job_competency',
      subfieldCode: 'it',
      deliveryMode: 'face_to_face',
      hours: 14,
      budgetLineCode: 'ICT',
    });
    expect(created.status).toBe(201);
    const [published] = await awaitEvent(CoursePublishedV1, created.body.id);
    expect(validatePayload(CoursePublishedV1, published.payload)).toEqual([]);
    expect(published.payload).toMatchObject({ code: 'IT-AI-DOCS', fiscalYear: 2022, status: 'new', hours: 14 });

    const [draft] = (await planner.get('/api/plans?fiscalYear=2022')).body;
    expect(draft).toMatchObject({ status: 'draft', courses: 390, sessions: 410, trainees: 383773 });
    expect((await manager.post(`/api/plans/${draft.id}/approve`, {})).status).toBe(403);
    const approved = await planner.post(`/api/plans/${draft.id}/approve`, {});
    expect(approved.body.status).toBe('approved');
    const [event] = await awaitEvent(PlanApprovedV1, draft.id);
    // The summary table's subtotals: general education 126 / 410 / 23,543 and e-learning 264 / 상시 / 360,230.
    expect(event.payload).toEqual({
      planVersionId: draft.id,
      fiscalYear: 2022,
      kind: 'original',
      versionNo: 1,
      courses: 390,
      sessions: 410,
      trainees: 383773,
      byEducationType: [
        { educationType: 'general', courses: 126, sessions: 410, trainees: 23543 },
        { educationType: 'e_learning', courses: 264, sessions: 0, trainees: 360230 },
      ],
    });
    const again = await planner.post(`/api/plans/${draft.id}/approve`, {});
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'PLAN.ALREADY_APPROVED', message: expect.stringContaining('이미 확정된 계획') });
  });

  const cohortEvents =
    'announces a scheduled cohort with its whole snapshot, every change with the ' +
    'changed fields and reason, a cancellation and a completion';
  it(cohortEvents, async () => {
    const room = await roomId(manager, 'BAEUM-201');
    const instructor = (await manager.get('/api/instructors')).body.find((i: { name: string }) => i.name === '박지호');
    const created = await manager.post('/api/cohorts', {
      courseId: await courseId('FUTURE-TALENT-6'),
      startDate: '2027-05-10',
      endDate: '2027-05-12',
      capacity: 40,
      estimatedCost: 9_000_000,
      dailyStartTime: '10:00',
      dailyEndTime: '16:00',
      roomId: room,
      instructorIds: [instructor.id],
      approval: 'agency',
      applicationOpens: '2027-04-01',
      applicationCloses: '2027-04-30',
      minimumFill: 15,
      agencyQuotas: [
        { agencyCode: 'MAPO-GU', seats: 5 },
        { agencyCode: 'GANGNAM-GU', seats: 5 },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      budgetLineCode: 'FUTURE-TALENT-6',
      cohortNo: 1,
      roomNameKo: '배움관 201호',
      instructors: [{ id: instructor.id, name: '박지호' }],
    });
    const id = created.body.id;
    const [scheduled] = await awaitEvent(CohortScheduledV1, id);
    expect(validatePayload(CohortScheduledV1, scheduled.payload)).toEqual([]);
    expect(
      Object.keys(CohortScheduledV1.fields).filter((f) => (scheduled.payload as unknown as Record<string, unknown>)[f] === undefined),
    ).toEqual([]);
    expect(scheduled.payload).toMatchObject({
      courseCode: 'FUTURE-TALENT-6',
      cohortNo: 1,
      educationType: 'general',
      fieldCode: 'leadership_competency',
      subfieldCode: 'position',
      dailyStartTime: '10:00',
      dailyEndTime: '16:00',
      applicationOpens: '2027-04-01',
      applicationCloses: '2027-04-30',
      cancellationCloses: '2027-05-07',
      minimumFill: 15,
      minimumFillCutoff: '2027-04-30',
      approval: 'agency',
      agencyQuotas: [
        { agencyCode: 'MAPO-GU', seats: 5 },
        { agencyCode: 'GANGNAM-GU', seats: 5 },
      ],
      roomName: '배움관 201호',
      instructors: [{ instructorId: instructor.id, name: '박지호' }],
      completionMinAttendancePercent: 80,
      completionRequiresAssessment: true,
      openToOtherProvinces: false,
      hours: 840,
    });

    const moved = await manager.request('PATCH', `/api/cohorts/${id}`, {
      startDate: '2027-05-17',
      endDate: '2027-05-19',
      reason: '강사 일정 변경 / instructor unavailable',
    });
    expect(moved.status).toBe(200);
    const [changed] = await awaitEvent(CohortChangedV1, id);
    expect(validatePayload(CohortChangedV1, changed.payload)).toEqual([]);
    expect(changed.payload).toMatchObject({
      startDate: '2027-05-17',
      endDate: '2027-05-19',
      capacity: 40,
      roomName: '배움관 201호',
      reason: '강사 일정 변경 / instructor unavailable',
    });
    expect(changed.payload.changedFields.sort()).toEqual(['endDate', 'startDate']);
    const noReason = await manager.request('PATCH', `/api/cohorts/${id}`, { capacity: 35 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
    expect(noReason.body.errors[0]).toMatchObject({ field: 'reason', code: 'VALIDATION.REQUIRED' });

    const cancelled = await manager.post(`/api/cohorts/${id}/cancel`, { reason: '최소 인원 미달 / under-filled' });
    expect(cancelled.body.status).toBe('cancelled');
    const [cancel] = await awaitEvent(CohortCancelledV1, id);
    expect(cancel.payload).toEqual({
      cohortId: id,
      courseId: created.body.courseId,
      courseCode: 'FUTURE-TALENT-6',
      startDate: '2027-05-17',
      budgetLineCode: 'FUTURE-TALENT-6',
      reason: '최소 인원 미달 / under-filled',
    });
    const closed = await manager.request('PATCH', `/api/cohorts/${id}`, { capacity: 30, reason: 'x' });
    expect(closed.status).toBe(409);
    expect(closed.body).toMatchObject({
      code: 'COHORT.CLOSED',
      params: { status: 'cancelled' },
      message: expect.stringContaining('폐강한 기수'),
    });

    // A cohort whose last day has passed can be closed; one still to come cannot.
    // Straight to curriculum (which checks the token itself): finance has no budget for 2024.
    const direct = new ApiClient(stack.url('curriculum'), managerToken);
    const pastCohort = {
      courseId: await courseId('LEAD-TEAM'),
      startDate: '2024-05-13',
      endDate: '2024-05-14',
      capacity: 20,
      estimatedCost: 0,
    };
    // A cohort wholly in the past is recorded only with the reason, asked for beside its field.
    const unexplained = await direct.post('/cohorts', pastCohort);
    expect(unexplained.status).toBe(400);
    expect(unexplained.body.errors).toEqual([
      expect.objectContaining({ field: 'pastReason', code: 'COHORT.IN_THE_PAST', params: { endDate: '2024-05-14' } }),
    ]);
    const past = await direct.post('/cohorts', { ...pastCohort, pastReason: '교육 종료 후 실적 입력' });
    expect(past.status).toBe(201);
    expect(past.body.lateEntryReason).toBe('교육 종료 후 실적 입력');
    expect((await manager.post(`/api/cohorts/${past.body.id}/complete`, {})).body.status).toBe('completed');
    const [completed] = await awaitEvent(CohortCompletedV1, past.body.id);
    expect(completed.payload).toEqual({
      cohortId: past.body.id,
      courseId: past.body.courseId,
      courseCode: 'LEAD-TEAM',
      endDate: '2024-05-14',
    });
    const early = await manager.post(`/api/cohorts/${created.body.id}/complete`, {});
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'COHORT.ALREADY_CLOSED', params: { status: 'cancelled' } });
  });
});

/** An event as enrollment would send it, onto this stack's own topic. */
async function produce<P>(
  contract: EventContract<P>,
  payload: P,
  tenantId: string = DemoTenants.seoul.id,
  id: string = randomUUID(),
): Promise<EventEnvelope<P>> {
  const envelope = eventEnvelope(contract, tenantId, payload, id);
  expect(validatePayload(contract, payload)).toEqual([]);
  await producer.send({
    topic: stack.topic(contract.topic),
    messages: [{ key: contract.keyOf(payload), value: JSON.stringify(envelope) }],
  });
  return envelope;
}

describe('the events curriculum consumes', () => {
  it('keeps fill rates from enrollment and rates instructors from surveys, once per event', async () => {
    const [taught, other] = (await manager.get('/api/instructors')).body.filter((i: { name: string }) =>
      ['김도윤', '이서연'].includes(i.name),
    );
    const created = await manager.post('/api/cohorts', {
      courseId: await courseId('IT-R-STATS'),
      startDate: '2027-06-07',
      endDate: '2027-06-08',
      capacity: 25,
      estimatedCost: 3_000_000,
      instructorIds: [taught.id],
      minimumFill: 10,
    });
    expect(created.status).toBe(201);
    const cohortId = created.body.id;
    // The real enrollment of this stack announces the new cohort's empty fill too: let that land
    // first, so that the events below, as enrollment would send them, have the last word.
    await eventually(
      async () =>
        (await stack.query('curriculum', 'SELECT fill_updated_at FROM curriculum.cohort WHERE id = $1', [cohortId]))[0]?.fill_updated_at !=
        null,
      {
        what: "enrollment's own first fill of the cohort",
      },
    );

    const fill = await produce(FillChangedV1, { cohortId, capacity: 25, confirmed: 7, waitlisted: 0, underFilled: true });
    const view = await eventually(
      async () => {
        const { body } = await manager.get(`/api/cohorts/${cohortId}`);
        return body.confirmed === 7 ? body : undefined;
      },
      { what: 'the fill from enrollment' },
    );
    expect(view).toMatchObject({ confirmed: 7, waitlisted: 0, underFilled: true });
    // Capacity cannot go below the confirmed seats.
    const tooSmall = await manager.request('PATCH', `/api/cohorts/${cohortId}`, { capacity: 6, reason: 'smaller room' });
    expect(tooSmall.status).toBe(400);
    expect(tooSmall.body.errors[0].messages[0]).toContain('7');
    expect(tooSmall.body.errors[0]).toMatchObject({
      field: 'capacity',
      code: 'COHORT.CAPACITY_BELOW_CONFIRMED',
      params: { capacity: 6, confirmed: 7 },
    });

    const survey = {
      responseId: randomUUID(),
      cohortId,
      courseId: created.body.courseId,
      itemScores: [{ itemCode: 'overall', score: 5 }],
      instructorScores: [
        { instructorId: taught.id, score: 4 },
        { instructorId: other.id, score: 1 },
      ],
    };
    const first = await produce(SurveySubmittedV1, survey);
    await produce(SurveySubmittedV1, { ...survey, responseId: randomUUID(), instructorScores: [{ instructorId: taught.id, score: 5 }] });
    // The first survey again (a redelivery): the inbox keeps it from counting twice.
    await produce(SurveySubmittedV1, survey, DemoTenants.seoul.id, first.id);
    await produce(
      FillChangedV1,
      { cohortId, capacity: 25, confirmed: 9, waitlisted: 1, underFilled: false },
      DemoTenants.seoul.id,
      fill.id,
    );
    // Markers after them in the same partitions: once they are in, so is everything before.
    const markers = [
      await produce(FillChangedV1, { cohortId, capacity: 25, confirmed: 11, waitlisted: 0, underFilled: false }),
      await produce(SurveySubmittedV1, { ...survey, responseId: randomUUID(), itemScores: [], instructorScores: [] }),
    ];
    await eventually(
      async () =>
        (await stack.query('curriculum', 'SELECT 1 FROM curriculum.inbox WHERE event_id = ANY($1::uuid[])', [markers.map((m) => m.id)]))
          .length === 2,
      { what: 'the marker events' },
    );
    const instructors = (await manager.get('/api/instructors')).body;
    expect(instructors.find((i: { id: string }) => i.id === taught.id)).toMatchObject({ rating: 4.5, ratingCount: 2 });
    // Only instructors who taught the cohort are rated by it.
    expect(instructors.find((i: { id: string }) => i.id === other.id)).toMatchObject({ rating: null, ratingCount: 0 });
    expect((await manager.get(`/api/cohorts/${cohortId}`)).body).toMatchObject({ confirmed: 11, waitlisted: 0, underFilled: false });
  });
});

describe('rooms, instructors and capacity', () => {
  it('lets exactly one of many concurrent bookings of one room slot succeed, naming the conflict to the rest', async () => {
    const room = await roomId(manager, 'BAEUM-202');
    const courses = await Promise.all(
      [
        'IT-EXCEL',
        'IT-POWERPOINT',
        'IT-R-STATS',
        'IT-CLOUD',
        'ICT',
        'IT-SECURITY',
        'IT-SMART-DEVICES',
        'IT-REPORT-DESIGN',
        'IT-AI-BLOCKS',
        'IT-IOT-BLOCKS',
      ].map(courseId),
    );
    const responses = await Promise.all(
      courses.map((id, i) =>
        manager.post('/api/cohorts', {
          courseId: id,
          startDate: '2027-09-06',
          endDate: '2027-09-08',
          capacity: 20,
          estimatedCost: 1_000_000,
          roomId: room,
          dailyStartTime: `${String(9 + (i % 3)).padStart(2, '0')}:00`,
          dailyEndTime: '17:00',
        }),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    const refused = responses.find((r) => r.status === 409)!;
    expect(refused.body.message).toContain('배움관 202호');
    expect(refused.body).toMatchObject({
      code: 'COHORT.ROOM_BOOKED',
      field: 'roomId',
      params: { room: '배움관 202호', startDate: '2027-09-06', endDate: '2027-09-08' },
    });
    // The pages still find the sentence beside the field.
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'roomId', code: 'COHORT.ROOM_BOOKED', messages: [expect.stringContaining('일정이 겹칩니다')] }),
    ]);
    expect(refused.body.conflicts).toEqual([
      expect.objectContaining({ resource: 'room', resourceName: '배움관 202호', startDate: '2027-09-06', endDate: '2027-09-08' }),
    ]);
    const [row] = await stack.query(
      'curriculum',
      `SELECT count(*)::int AS n FROM curriculum.cohort WHERE room_id = $1 AND start_date = '2027-09-06'`,
      [room],
    );
    expect(row.n).toBe(1);
    // The room's schedule shows the one booking; the afternoon of another day is free.
    const schedule = (await manager.get(`/api/rooms/${room}/schedule?from=2027-09-01&to=2027-09-30`)).body;
    expect(schedule).toHaveLength(1);
    const later = await manager.post('/api/cohorts', {
      courseId: courses[0],
      startDate: '2027-09-08',
      endDate: '2027-09-08',
      capacity: 20,
      estimatedCost: 1,
      roomId: room,
      dailyStartTime: '17:00',
      dailyEndTime: '19:00',
    });
    expect(later.status).toBe(201);
  });

  it('refuses an instructor booked elsewhere at the same hours', async () => {
    const instructor = (await manager.get('/api/instructors')).body.find((i: { name: string }) => i.name === '최민준');
    const first = await manager.post('/api/cohorts', {
      courseId: await courseId('IT-CLOUD'),
      startDate: '2027-10-04',
      endDate: '2027-10-05',
      capacity: 20,
      estimatedCost: 1,
      instructorIds: [instructor.id],
      dailyStartTime: '09:00',
      dailyEndTime: '12:00',
    });
    expect(first.status).toBe(201);
    const clash = await manager.post('/api/cohorts', {
      courseId: await courseId('IT-EXCEL'),
      startDate: '2027-10-05',
      endDate: '2027-10-06',
      capacity: 20,
      estimatedCost: 1,
      instructorIds: [instructor.id],
      dailyStartTime: '11:00',
      dailyEndTime: '15:00',
    });
    expect(clash.status).toBe(409);
    expect(clash.body.conflicts).toEqual([
      expect.objectContaining({ resource: 'instructor', resourceName: '최민준', cohortId: first.body.id }),
    ]);
    expect(clash.body).toMatchObject({
      code: 'COHORT.INSTRUCTOR_BOOKED',
      field: 'instructorIds',
      params: { instructor: '최민준', cohortId: first.body.id, dailyStartTime: '09:00', dailyEndTime: '12:00' },
    });
    expect((await manager.get(`/api/instructors/${instructor.id}/schedule`)).body.map((c: { id: string }) => c.id)).toEqual([
      first.body.id,
    ]);
  });

  it('keeps cohorts within their room, and applies the distancing rule when the tenant switches it on', async () => {
    const room = await roomId(manager, 'BAEUM-HALL'); // 200 seats
    const tooMany = await manager.post('/api/cohorts', {
      courseId: await courseId('CORE-VALUES'),
      startDate: '2027-11-01',
      endDate: '2027-11-01',
      capacity: 250,
      estimatedCost: 1,
      roomId: room,
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors[0]).toMatchObject({
      field: 'capacity',
      code: 'COHORT.OVER_ROOM_CAPACITY',
      params: { capacity: 250, seats: 200 },
    });
    const big = await manager.post('/api/cohorts', {
      courseId: await courseId('CORE-VALUES'),
      startDate: '2027-11-02',
      endDate: '2027-11-02',
      capacity: 150,
      estimatedCost: 1,
      roomId: room,
      agencyQuotas: [
        { agencyCode: 'MAPO-GU', seats: 100 },
        { agencyCode: 'GANGNAM-GU', seats: 50 },
      ],
    });
    expect(big.status).toBe(201);
    const notBoolean = await manager.request('PUT', '/api/curriculum-settings', { distancingEnabled: 'yes' });
    expect(notBoolean.status).toBe(400);
    expect(notBoolean.body.errors[0]).toMatchObject({ field: 'distancingEnabled', code: 'VALIDATION.BOOLEAN' });
    const switched = await manager.request('PUT', '/api/curriculum-settings', { distancingEnabled: true });
    expect(switched.body.adjustedCohorts).toEqual(
      expect.arrayContaining([{ id: big.body.id, courseNameKo: '핵심가치 교육과정', cohortNo: expect.any(Number), from: 150, to: 99 }]),
    );
    const events = await awaitEvent(CohortChangedV1, big.body.id);
    expect(events[0].payload).toMatchObject({
      capacity: 99,
      changedFields: ['capacity', 'agencyQuotas'],
      agencyQuotas: [
        { agencyCode: 'MAPO-GU', seats: 66 },
        { agencyCode: 'GANGNAM-GU', seats: 33 },
      ],
    });
    expect(events[0].payload.reason).toContain('거리두기');
    const small = await manager.post('/api/cohorts', {
      courseId: await courseId('CORE-VALUES'),
      startDate: '2027-11-03',
      endDate: '2027-11-03',
      capacity: 50,
      estimatedCost: 1,
      roomId: await roomId(manager, 'BAEUM-201'),
    });
    expect(small.body).toMatchObject({ capacity: 30, limitedByDistancing: true });
    expect((await manager.get('/api/rooms')).body.find((r: { code: string }) => r.code === 'BAEUM-201').seatsNow).toBe(30);
    await manager.request('PUT', '/api/curriculum-settings', { distancingEnabled: false });
  });
});

describe('importing a plan from a spreadsheet', () => {
  const header = [
    '과정코드',
    '과정명',
    '영문 과정명',
    '교육구분',
    '분야',
    '세부분야',
    '교육방식',
    '교육시간',
    '예산사업코드',
    '과정상태',
    '대체 과정코드',
    '1분기 횟수',
    '1분기 인원',
    '2분기 횟수',
    '2분기 인원',
    '3분기 횟수',
    '3분기 인원',
    '4분기 횟수',
    '4분기 인원',
  ];
  const good = [
    'IT-AI-2023',
    'AI 업무혁신',
    'AI at work',
    '일반교육',
    '직무역량',
    'IT',
    '대면',
    '14',
    'ICT',
    '신설',
    '',
    '1',
    '20',
    '1',
    '20',
    '0',
    '0',
    '0',
    '0',
  ];
  const upload = (client: ApiClient, versionId: string, content: Buffer, name: string) =>
    client
      .raw(`/api/plans/${versionId}/import`, {
        method: 'POST',
        body: content,
        headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) },
      })
      .then(async (r) => ({ status: r.status, body: (await r.json()) as any }));

  it('reports every bad row with its line and reason and imports nothing; then imports a good file', async () => {
    const version = (await planner.post('/api/plans', { fiscalYear: 2023, kind: 'original' })).body;
    expect(version).toMatchObject({ fiscalYear: 2023, kind: 'original', versionNo: 1, status: 'draft', courses: 0 });
    const bad = toCsv([
      header,
      good,
      ['IT-AI-2023', '중복', '', '일반교육', '직무역량', 'IT', '대면', '7', '', '', '', '1', '10', '0', '0', '0', '0', '0', '0'],
      ['el-bad code', '이러닝', '', 'e-러닝', '직무역량', '없는분야', '대면', 'x', '', '', '', '3', '100', '', '', '', '', '', ''],
      [
        'OK-BUT-MERGED',
        '통합과정',
        '',
        '일반교육',
        '기본역량',
        '핵심가치',
        '비대면',
        '7',
        '',
        '통합·대체',
        'NOPE',
        '1',
        '-5',
        '0',
        '0',
        '0',
        '0',
        '0',
        '0',
      ],
      // A budget line finance does not have (issue 13, finding 9): refused on its row, by its column.
      [
        'NO-LINE-2023',
        '예산 없는 과정',
        '',
        '일반교육',
        '직무역량',
        'IT',
        '대면',
        '7',
        'NO-SUCH-LINE',
        '신설',
        '',
        '1',
        '10',
        '0',
        '0',
        '0',
        '0',
        '0',
        '0',
      ],
    ]);
    const refused = await upload(planner, version.id, bad, '2023 계획.csv');
    expect(refused.status).toBe(400);
    expect(refused.body.rows.map((r: { line: number }) => r.line)).toEqual([3, 4, 5, 6]);
    expect(refused.body).toMatchObject({ code: 'PLAN_IMPORT.ROWS_INVALID', field: 'file', params: { rows: 4 } });
    expect(refused.body.errors).toEqual([
      {
        field: 'file',
        code: 'PLAN_IMPORT.ROWS_INVALID',
        params: { rows: 4 },
        messages: [
          expect.stringContaining('3행'),
          expect.stringContaining('4행'),
          expect.stringContaining('5행'),
          expect.stringContaining('6행'),
        ],
      },
    ]);
    expect(refused.body.rows[3].problems).toEqual([
      {
        line: 6,
        field: 'budgetLineCode',
        code: 'PLAN_IMPORT.BUDGET_LINE_UNKNOWN',
        params: { budgetLineCode: 'NO-SUCH-LINE', fiscalYear: 2023 },
      },
    ]);
    expect(refused.body.rows[3].messages[0]).toContain('NO-SUCH-LINE');
    // Every problem of every row has its code beside the text.
    expect(refused.body.rows[0].problems).toEqual([
      { line: 3, field: 'code', code: 'PLAN_IMPORT.DUPLICATE_CODE', params: { code: 'IT-AI-2023', firstLine: 2 } },
    ]);
    expect(refused.body.rows[2].problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'replacesCode', code: 'PLAN_IMPORT.REPLACED_COURSE_UNKNOWN', params: { code: 'NOPE' } }),
      ]),
    );
    for (const row of refused.body.rows) expect(row.problems).toHaveLength(row.messages.length);
    expect(refused.body.rows[0].messages[0]).toContain('2행과 중복');
    expect(refused.body.rows[1].messages.join(' ')).toMatch(/과정코드.*세부분야|과정코드/);
    expect(refused.body.rows[1].messages.join(' ')).toContain('e-러닝');
    expect(refused.body.rows[2].messages.join(' ')).toContain('NOPE');
    expect((await planner.get(`/api/plans/${version.id}`)).body.lines).toEqual([]);
    expect((await planner.get('/api/courses?fiscalYear=2023')).body).toEqual([]);
    const pdf = await upload(planner, version.id, Buffer.from('not a spreadsheet'), 'plan.pdf');
    expect(pdf.status).toBe(400);
    expect(pdf.body.errors[0]).toMatchObject({ field: 'file', code: 'PLAN_IMPORT.FILE_TYPE' });
    expect((await upload(trainee, version.id, toCsv([header, good]), 'plan.csv')).status).toBe(403);

    const imported = await upload(
      planner,
      version.id,
      toCsv([
        header,
        good,
        [
          'EL-ETHICS',
          '생성형 AI 윤리',
          'Generative AI ethics',
          'e-러닝',
          '직무역량',
          '공통',
          'e-러닝',
          '3',
          'ELEARNING',
          '신설',
          '',
          '상시',
          '500',
          '상시',
          '500',
          '상시',
          '500',
          '상시',
          '500',
        ],
      ]),
      '2023 계획.csv',
    );
    expect(imported).toEqual({ status: 200, body: { rows: 2, coursesCreated: 2, coursesUpdated: 0 } });
    const detail = (await planner.get(`/api/plans/${version.id}`)).body;
    expect(detail).toMatchObject({ courses: 2, sessions: 2, trainees: 2040 });
    // The year's change against 2022's original plan, which the source's basis also is.
    const change = (await planner.get(`/api/plans/reports/year-on-year?versionId=${version.id}`)).body;
    expect(change.rows[0]).toMatchObject({ base: { courses: 390, trainees: 383773 }, current: { courses: 2, trainees: 2040 } });

    // Round trip: the exported version imports again unchanged.
    const exported = await planner.raw(`/api/plans/${version.id}/export?format=xlsx`);
    const again = await upload(planner, version.id, Buffer.from(await exported.arrayBuffer()), 'export.xlsx');
    expect(again.body).toEqual({ rows: 2, coursesCreated: 0, coursesUpdated: 0 });
  });
});

describe('demand surveys', () => {
  it("shows the Sejong pre-survey's shares and suggests childcare-friendly hours", async () => {
    const [survey] = (await sejong.get('/api/demand-surveys')).body;
    const results = (await sejong.get(`/api/demand-surveys/${survey.id}/results?hoursPerDay=6`)).body;
    expect(results.respondents).toBe(50);
    expect(results.hardDueToChildcare.share).toBe(62);
    expect(results.wantsChildcareFriendly.share).toBe(64);
    expect(results.suggestion).toMatchObject({ dailyStartTime: '10:00', dailyEndTime: '16:00', share: 100 });
    const foreign = await manager.get(`/api/demand-surveys/${survey.id}/results`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('DEMAND_SURVEY.NOT_FOUND');
  });

  it('takes one answer per trainee while open, and shows staff only the aggregate', async () => {
    const created = await manager.post('/api/demand-surveys', {
      titleKo: '2028 리더십 수요조사',
      titleEn: '2028 leadership demand',
      opensOn: '2020-01-01',
      closesOn: '2099-12-31',
    });
    expect(created.status).toBe(201);
    const answer = {
      hardDueToChildcare: true,
      wantsChildcareFriendly: true,
      earliestStart: '10:00',
      latestEnd: '16:00',
      constraints: ['childcare'],
    };
    expect((await trainee.post(`/api/demand-surveys/${created.body.id}/responses`, answer)).status).toBe(201);
    const twice = await trainee.post(`/api/demand-surveys/${created.body.id}/responses`, answer);
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('DEMAND_SURVEY.ALREADY_ANSWERED');
    const badTime = await trainee.post(`/api/demand-surveys/${created.body.id}/responses`, { ...answer, earliestStart: '25:00' });
    expect(badTime.status).toBe(400);
    expect(badTime.body.errors[0]).toMatchObject({ field: 'earliestStart', code: 'VALIDATION.FORMAT' });
    const reversed = await trainee.post(`/api/demand-surveys/${created.body.id}/responses`, {
      ...answer,
      earliestStart: '16:00',
      latestEnd: '10:00',
    });
    expect(reversed.body.errors[0]).toMatchObject({
      field: 'latestEnd',
      code: 'DEMAND_SURVEY.HOURS_REVERSED',
      params: { earliestStart: '16:00', latestEnd: '10:00' },
    });
    expect((await trainee.get(`/api/demand-surveys/${created.body.id}/results`)).status).toBe(403);
    expect((await trainee.get(`/api/demand-surveys/${created.body.id}/my-response`)).body.response).toMatchObject({
      earliestStart: '10:00',
      agencyCode: 'MAPO-GU',
    });
    expect((await manager.get(`/api/demand-surveys/${created.body.id}/results`)).body).toMatchObject({
      respondents: 1,
      hardDueToChildcare: { count: 1, share: 100 },
    });
  });
});

describe('tenancy and roles', () => {
  it('keeps each institute to its own plans, catalog, rooms and cohorts', async () => {
    const seoulPlan = (await planner.get('/api/plans?fiscalYear=2022')).body[0];
    const foreignPlan = await sejong.get(`/api/plans/${seoulPlan.id}`);
    expect(foreignPlan.status).toBe(404);
    expect(foreignPlan.body).toMatchObject({ code: 'PLAN.NOT_FOUND', message: expect.stringContaining('Plan version not found') });
    expect((await sejong.get(`/api/plans/reports/summary?versionIds=${seoulPlan.id}`)).status).toBe(404);
    const sejongCourses = (await sejong.get('/api/courses')).body;
    expect(sejongCourses.map((c: { code: string }) => c.code)).toEqual(['AI-CHILDCARE']);
    const foreignCourse = await sejong.get(`/api/courses/${await courseId('NEWCOMER')}`);
    expect(foreignCourse.status).toBe(404);
    expect(foreignCourse.body.code).toBe('COURSE.NOT_FOUND');
    const seoulRoom = await roomId(manager, 'PC-1');
    const foreignRoom = await sejong.post('/api/cohorts', {
      courseId: sejongCourses[0].id,
      startDate: '2027-03-10',
      endDate: '2027-03-12',
      capacity: 30,
      estimatedCost: 1,
      roomId: seoulRoom,
    });
    expect(foreignRoom.status).toBe(400);
    expect(foreignRoom.body.errors[0]).toMatchObject({ field: 'roomId', code: 'ROOM.NOT_FOUND' });
    const foreignSchedule = await sejong.get(`/api/rooms/${seoulRoom}/schedule`);
    expect(foreignSchedule.status).toBe(404);
    expect(foreignSchedule.body.code).toBe('ROOM.NOT_FOUND');
    expect((await sejong.request('PATCH', `/api/rooms/${seoulRoom}`, { capacity: 1 })).status).toBe(404);
    // The childcare-friendly cohort of the article, in Sejong's own computer room.
    const own = await sejong.post('/api/cohorts', {
      courseId: sejongCourses[0].id,
      startDate: '2027-03-10',
      endDate: '2027-03-12',
      capacity: 30,
      estimatedCost: 1,
      roomId: await roomId(sejong, 'SEJONG-PC'),
      dailyStartTime: '10:00',
      dailyEndTime: '16:00',
    });
    expect(own.body).toMatchObject({
      status: 'scheduled',
      budgetLineCode: 'AI-CHILDCARE',
      dailyStartTime: '10:00',
      roomNameKo: '세종교육원 컴퓨터실',
    });
    expect((await manager.get(`/api/cohorts/${own.body.id}`)).status).toBe(404);
  });

  it('lets trainees browse the catalog but not plan, schedule or see plans', async () => {
    expect((await trainee.get('/api/courses')).status).toBe(200);
    expect((await trainee.get('/api/plans')).status).toBe(403);
    expect((await trainee.get('/api/plans/reports/summary')).status).toBe(403);
    expect((await trainee.post('/api/plans', { fiscalYear: 2024, kind: 'original' })).status).toBe(403);
    expect((await trainee.post('/api/rooms', { code: 'X', nameKo: 'x', nameEn: 'x', kind: 'lecture', capacity: 1 })).status).toBe(403);
    // Instructors' contact details are for staff.
    expect((await trainee.get('/api/instructors')).body[0]).not.toHaveProperty('email');
    expect((await manager.get('/api/instructors')).body[0]).toHaveProperty('email');
  });
});

describe("the gateway's OpenAPI document", () => {
  /** Every operation of this domain at the gateway, and the query parameters each reads. */
  const operations: Record<string, string[]> = {
    'GET /api/courses': [
      'fiscalYear',
      'q',
      'educationType',
      'fieldCode',
      'subfieldCode',
      'deliveryMode',
      'yearStatus',
      'generated',
      'openToOtherProvinces',
    ],
    'POST /api/courses': [],
    'GET /api/budget-lines': [],
    'GET /api/cohorts': ['from', 'to', 'courseId', 'roomId', 'instructorId', 'status'],
    'POST /api/cohorts': [],
    'GET /api/cohorts/{id}': [],
    'PATCH /api/cohorts/{id}': [],
    'POST /api/cohorts/{id}/cancel': [],
    'POST /api/cohorts/{id}/complete': [],
    'GET /api/categories': [],
    'POST /api/categories': [],
    'PATCH /api/categories/{code}': [],
    'GET /api/course-years': [],
    'POST /api/course-years': [],
    'GET /api/courses/{id}': [],
    'PATCH /api/courses/{id}': [],
    'GET /api/plans': ['fiscalYear'],
    'POST /api/plans': [],
    'GET /api/plans/import-template': ['format'],
    'GET /api/plans/reports/summary': ['versionIds', 'format'],
    'GET /api/plans/reports/delivery-modes': ['versionIds', 'format'],
    'GET /api/plans/reports/restructuring': ['versionIds', 'format'],
    'GET /api/plans/reports/year-on-year': ['versionId', 'basis', 'format'],
    'GET /api/plans/reports/quarters': ['versionId', 'format'],
    'GET /api/plans/{id}': [],
    'GET /api/plans/{id}/export': ['format'],
    'PUT /api/plans/{id}/lines/{courseId}': [],
    'DELETE /api/plans/{id}/lines/{courseId}': [],
    'POST /api/plans/{id}/approve': [],
    'POST /api/plans/{id}/import': [],
    'GET /api/rooms': [],
    'POST /api/rooms': [],
    'PATCH /api/rooms/{id}': [],
    'GET /api/rooms/{id}/schedule': ['from', 'to', 'status'],
    'GET /api/instructors': [],
    'POST /api/instructors': [],
    'PATCH /api/instructors/{id}': [],
    'GET /api/instructors/{id}/schedule': ['from', 'to', 'status'],
    'GET /api/curriculum-settings': [],
    'PUT /api/curriculum-settings': [],
    'GET /api/admin/settings': [],
    'PUT /api/admin/settings': [],
    'PUT /api/admin/settings/logo': [],
    'PUT /api/admin/settings/seal': [],
    'GET /api/settings/logo': [],
    'GET /api/settings/seal': [],
    'GET /api/demand-surveys': [],
    'POST /api/demand-surveys': [],
    'GET /api/demand-surveys/{id}/results': ['hoursPerDay'],
    'GET /api/demand-surveys/{id}/my-response': [],
    'POST /api/demand-surveys/{id}/responses': [],
  };
  /** Operations that take no body. */
  const bodiless = new Set(['POST /api/cohorts/{id}/complete', 'POST /api/plans/{id}/approve']);

  it('describes every path of curriculum: parameters, body, answers and the coded error', async () => {
    const { status, body: doc } = await new ApiClient(stack.gatewayUrl).get('/docs-json');
    expect(status).toBe(200);
    const schemas = doc.components.schemas;
    const found: string[] = [];
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      for (const [method, op] of Object.entries(item)) {
        if (!op.tags?.some((t: string) => t === 'curriculum' || t === 'cohorts')) continue;
        const name = `${method.toUpperCase()} ${path}`;
        found.push(name);
        const problems: string[] = [];
        const answers = Object.entries(op.responses as Record<string, any>).filter(([code]) => code.startsWith('2'));
        if (answers.length === 0) problems.push('no answer');
        for (const [code, answer] of answers) {
          if (code === '204') continue;
          const contents = Object.values((answer.content ?? {}) as Record<string, { schema?: { $ref?: string } }>);
          if (contents.length === 0 || contents.some((c) => !c.schema)) problems.push(`${code} without a schema`);
          for (const c of contents)
            if (c.schema?.$ref && !schemas[c.schema.$ref.split('/').pop()!]) problems.push(`${code} refers to a missing schema`);
        }
        if (op.responses.default?.content?.['application/json']?.schema?.$ref !== '#/components/schemas/ErrorBody')
          problems.push('no coded error');
        const takesBody = ['POST', 'PUT', 'PATCH'].includes(method.toUpperCase()) && !bodiless.has(name);
        if (takesBody && !op.requestBody?.content) problems.push('no body');
        const query = (op.parameters ?? []).filter((p: { in: string }) => p.in === 'query').map((p: { name: string }) => p.name);
        for (const q of operations[name] ?? []) if (!query.includes(q)) problems.push(`no query parameter ${q}`);
        for (const [, param] of path.matchAll(/\{(\w+)\}/g))
          if (!op.parameters?.some((p: { in: string; name: string }) => p.in === 'path' && p.name === param))
            problems.push(`no path parameter ${param}`);
        expect({ operation: name, problems }).toEqual({ operation: name, problems: [] });
      }
    }
    expect(found.sort()).toEqual(Object.keys(operations).sort());
    // The answers name their views, and the codes this domain answers are in the ErrorCode enum.
    expect(doc.paths['/api/cohorts'].get.responses['200'].content['application/json'].schema).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/CohortPageView' },
    });
    expect(schemas.CohortPageView.properties).toMatchObject({
      seatsFree: { type: 'number', nullable: true },
      committedAmount: { type: 'string', nullable: true },
      estimatedCost: { type: 'string' },
    });
    expect(doc.paths['/api/plans/{id}/import'].post.requestBody.content).toHaveProperty('application/octet-stream');
    expect(doc.paths['/api/plans/reports/summary'].get.responses['200'].content).toHaveProperty(['text/csv']);
    expect(schemas.ErrorCode.enum).toEqual(
      expect.arrayContaining(['COHORT.ROOM_BOOKED', 'PLAN_IMPORT.ROWS_INVALID', 'DEMAND_SURVEY.CLOSED']),
    );
  });

  it('answers a report it does not have with a coded 400', async () => {
    const none = await planner.get('/api/plans/reports/nope');
    expect(none.status).toBe(400);
    expect(none.body.errors[0]).toMatchObject({ field: 'report', code: 'VALIDATION.ONE_OF', params: { value: 'nope' } });
  });
});

describe("2-7's booked side: the cohorts of the courses under its category, beside its plan", () => {
  it('counts the cohorts held and their confirmed trainees per quarter once the catalog has such a course, and none cancelled', async () => {
    // Two waits for events on a loaded machine: more than the default time.
    const [plan2022] = (await planner.get('/api/plans?fiscalYear=2022')).body;
    const apart = async () => (await planner.get(`/api/plans/reports/quarters?versionId=${plan2022.id}`)).body.apart[0];
    expect((await apart()).booked).toBeNull();

    // The planner catalogues the international courses under the code the plan names; a course there, with no cohort yet, books zeros.
    const category = await planner.post('/api/categories', {
      code: 'international_training',
      kind: 'field',
      nameKo: '국제연수',
      nameEn: 'International training',
    });
    expect(category.status).toBe(201);
    const course = await planner.post('/api/courses', {
      fiscalYear: 2022,
      code: `INTL-${randomUUID().slice(0, 8).toUpperCase()}`,
      nameKo: '외국공무원 초청 도시행정 연수',
      nameEn: 'Urban administration for visiting foreign officials',
      educationType: 'general',
      fieldCode: 'international_training',
      deliveryMode: 'face_to_face',
      hours: 35,
      // Cohorts are charged to a line of the book; the fund that pays 2-7 is not one.
      budgetLineCode: 'ICT',
    });
    expect(course.status).toBe(201);
    expect((await apart()).booked).toEqual({ cohorts: [0, 0, 0, 0], trainees: [0, 0, 0, 0], estimatedCost: [0, 0, 0, 0] });
    // Beside it, the budget 2-7 plans to spend per quarter (예산집행 계획, printed in thousands of won).
    expect((await apart()).budget).toEqual([105_219_000, 47_650_000, 47_650_000, 63_948_000]);

    // Two cohorts in the second quarter and one in the fourth (recorded after the fact), one of the second cancelled.
    const direct = new ApiClient(stack.url('curriculum'), managerToken);
    const cohort = async (startDate: string, endDate: string, estimatedCost: number) => {
      const made = await direct.post('/cohorts', {
        courseId: course.body.id,
        startDate,
        endDate,
        capacity: 20,
        estimatedCost,
        pastReason: '2022년 실적 입력',
      });
      expect([made.status, made.body.errors]).toEqual([201, undefined]);
      return made.body.id as string;
    };
    const may = await cohort('2022-05-09', '2022-05-13', 41_200_000);
    const june = await cohort('2022-06-13', '2022-06-17', 9_000_000);
    const november = await cohort('2022-11-07', '2022-11-11', 52_750_000);
    const cancelled = await direct.post(`/cohorts/${june}/cancel`, { reason: '초청 일정 취소' });
    expect(cancelled.status).toBeLessThan(300);
    // Enrollment reports each new cohort's fill (none confirmed yet) on its own; the seats below come after that, in its partition.
    await eventually(
      async () => {
        const fills = await Promise.all([may, november].map(async (id) => (await manager.get(`/api/cohorts/${id}`)).body.fillUpdatedAt));
        return fills.every(Boolean) || undefined;
      },
      { what: "enrollment's first fill of the international cohorts", timeoutMs: 120_000 },
    );
    await produce(FillChangedV1, { cohortId: may, capacity: 20, confirmed: 14, waitlisted: 0, underFilled: false });
    await produce(FillChangedV1, { cohortId: november, capacity: 20, confirmed: 17, waitlisted: 0, underFilled: false });
    let seen: unknown;
    const booked = await eventually(
      async () => {
        const row = await apart();
        seen = row.booked;
        return row.booked.trainees[3] === 17 && row.booked.trainees[1] === 14 ? row.booked : undefined;
      },
      // A consumer group that has just joined on a loaded machine may take a while to read the fills.
      { what: "the international cohorts' confirmed trainees", timeoutMs: 120_000 },
    ).catch((error: Error) => {
      throw new Error(`${error.message}; last booked: ${JSON.stringify(seen)}`);
    });
    // The cancelled cohort's cost is not booked either.
    expect(booked).toEqual({ cohorts: [0, 1, 0, 1], trainees: [0, 14, 0, 17], estimatedCost: [0, 41_200_000, 0, 52_750_000] });

    // The download carries what was booked after the plan's quarters, then the budget planned per quarter.
    const sheet = await planner.raw(`/api/plans/reports/quarters?versionId=${plan2022.id}&format=csv`);
    expect(Buffer.from(await sheet.arrayBuffer()).toString('utf8')).toContain(
      ',10,144,0,0,1,14,0,0,1,17,0,41200000,0,52750000,105219000,47650000,47650000,63948000',
    );
  }, 360_000);
});
