import { DemoTenants, seoulHrd2022 } from '@baeum/source-data';
import { ApiClient, clientAs, eventually, infra, ServiceStack, signUpApplicant, sleep } from '@baeum/testing';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import {
  applicantClient,
  applicationBody,
  applyAndPay,
  openExamBody,
  PASSWORD,
  providerCallback,
  SEOUL,
  submit,
  WEBHOOK_SECRET,
} from './helpers';

/** An applicant's own password at sign-up: at least 10 characters and not common (docs/adr/0007-password-policy.md). */
const APPLICANT_PASSWORD = 'Apply-Exam-2031';

/**
 * Examination over the real broker, database and cache, driven through the gateway: an exam
 * season from announcement to pass list, career recruitment and competency assessments.
 */
let stack: ServiceStack;
let officer: ApiClient;
let anonymous: ApiClient;

const outbox = (type: string, key?: string) =>
  stack
    .query(
      'examination',
      `SELECT envelope FROM examination.outbox WHERE type = $1 ${key ? 'AND key = $2' : ''} ORDER BY seq`,
      key ? [type, key] : [type],
    )
    .then((rows) => rows.map((r) => r.envelope));
const applicationRow = (id: string) =>
  stack.query('examination', 'SELECT * FROM examination.application WHERE id = $1', [id]).then(([row]) => row);

beforeAll(async () => {
  // The gateway sits behind one proxy here, as behind an Ingress: limits count the forwarded client.
  stack = await ServiceStack.start({
    env: {
      examination: { PAYMENT_WEBHOOK_SECRET: WEBHOOK_SECRET, SEASON_SWEEP_MS: '300', RESULTS_LOOKUPS_PER_MINUTE: '20' },
      gateway: { TRUSTED_PROXY_HOPS: '1', RESULTS_LOOKUPS_PER_MINUTE: '20' },
    },
  });
  anonymous = new ApiClient(stack.gatewayUrl);
  officer = await anonymous.signIn('seoul-hrd', 'exam@seoul-hrd.example', PASSWORD);
});

afterAll(async () => {
  await stack?.stop();
});

describe('announcements', () => {
  it('publishes the 2022 schedule of the source to anyone, with its printed dates and selections', async () => {
    const { status, body } = await anonymous.get('/api/public/exams?tenant=seoul-hrd');
    expect(status).toBe(200);
    const rounds = body.exams
      .filter((e: { year: number; kind: string }) => e.year === 2022 && e.kind === 'open')
      .sort((a: { roundNo: number }, b: { roundNo: number }) => a.roundNo - b.roundNo);
    expect(rounds.map((r: { selectionPlanned: number }) => r.selectionPlanned)).toEqual([418, 3208, 448]);
    expect(
      rounds.map((r: { announcedOn: string; writtenExamOn: string; resultOn: string }) => [r.announcedOn, r.writtenExamOn, r.resultOn]),
    ).toEqual([
      ['2021-10-27', '2022-02-26', '2022-05-27'],
      ['2022-02-16', '2022-06-18', '2022-09-28'],
      ['2022-06-15', '2022-10-29', '2022-12-30'],
    ]);
    expect(rounds[1]).toMatchObject({ interviewStartsOn: '2022-08-17', interviewEndsOn: '2022-09-07', selectionTentative: true });
    // Positions by job series and grade add up to the printed totals; fees by grade.
    for (const r of rounds)
      expect(r.positions.reduce((sum: number, p: { openings: number }) => sum + p.openings, 0)).toBe(r.selectionPlanned);
    expect(rounds[1].positions.some((p: { track: string }) => p.track === 'veterans_recommendation')).toBe(true);
    expect(rounds[2].positions.find((p: { jobSeries: string }) => p.jobSeries === 'pharmacy')).toMatchObject({ grade: 7, fee: '7000' });
    expect(rounds[0].positions.find((p: { jobSeries: string }) => p.jobSeries === 'general_admin')).toMatchObject({
      grade: 9,
      fee: '5000',
    });
    const sejong = await anonymous.get('/api/public/exams?tenant=sejong-edu');
    expect(sejong.body.exams).toEqual([]);
    const nowhere = await anonymous.get('/api/public/exams?tenant=nowhere');
    expect([nowhere.status, nowhere.body.code, nowhere.body.field]).toEqual([404, 'AUTH.INSTITUTE_UNKNOWN', 'tenant']);
  });
});

describe('the API document', () => {
  /** Every operation of the gateway that takes a body: its request schema, as the web's generated client sends it. */
  const BODIES: Record<string, string> = {
    'post /api/exam/exams': 'CreateExamDto',
    'patch /api/exam/exams/{id}': 'UpdateExamDto',
    'post /api/exam/exams/{id}/positions': 'CreatePositionDto',
    'put /api/exam/exams/{id}/notice': 'application/octet-stream',
    'post /api/exam/identity-verifications': 'IdentityVerificationDto',
    'post /api/exam/applications': 'ApplicationFormDto',
    'patch /api/exam/applications/{id}': 'EditApplicationDto',
    'post /api/exam/applications/{id}/documents': 'application/octet-stream',
    'put /api/exam/me/photo': 'application/octet-stream',
    'post /api/exam/applications/{id}/ineligible': 'IneligibleDto',
    'patch /api/exam/applications/{id}/accommodations': 'AccommodationDecisionDto',
    'post /api/exam/exams/{id}/venues': 'CreateVenueDto',
    'post /api/exam/venues/{id}/rooms': 'CreateExamRoomDto',
    'patch /api/exam/rooms/{id}': 'UpdateExamRoomDto',
    'post /api/exam/exams/{id}/written-scores': 'application/octet-stream',
    'post /api/exam/exams/{id}/written-answers': 'application/octet-stream',
    'put /api/exam/exams/{id}/answer-keys': 'AnswerKeysDto',
    'post /api/exam/exams/{id}/answer-keys/provisional': 'ProvisionalKeysDto',
    'post /api/exam/exams/{id}/objection-decisions': 'ObjectionDecisionDto',
    'post /api/exam/answer-keys/{examId}/objections': 'ObjectionDto',
    'post /api/exam/positions/{id}/pass-mark': 'PassMarkDto',
    'post /api/exam/exams/{id}/document-screening': 'DocumentScreeningDto',
    'post /api/exam/interviewers': 'CreateInterviewerDto',
    'patch /api/exam/interviewers/{id}': 'UpdateInterviewerDto',
    'post /api/exam/exams/{id}/interviewer-conflicts': 'DeclareInterviewerConflictDto',
    'post /api/exam/exams/{id}/interview-schedule': 'ScheduleInterviewsDto',
    'post /api/exam/interview-sessions/{id}/marks': 'InterviewMarksDto',
    'post /api/exam/exams/{id}/publications': 'PublicationDto',
    'post /api/exam/exams/{id}/sittings': 'SittingDto',
    'post /api/exam/assessment-rounds': 'CreateAssessmentRoundDto',
    'post /api/exam/assessment-rounds/{id}/candidates': 'AddCandidateDto',
    'post /api/exam/assessment-rounds/{id}/sitting': 'AssessmentSittingDto',
    'post /api/exam/assessors': 'CreateAssessorDto',
    'post /api/exam/assessors/{id}/conflicts': 'ConflictDto',
    'put /api/exam/assessments/ratings': 'RateCandidateDto',
    'post /api/exam/payments/callback': 'PaymentCallbackDto',
    'post /api/exam/payment-simulator/approve': 'SimulatedApprovalDto',
  };
  /** The query parameters each operation reads. */
  const QUERIES: Record<string, string[]> = {
    'get /api/public/exams': ['tenant'],
    'get /api/exam/exams/{id}/applications': ['positionId'],
    'get /api/exam/exams/{id}/applications/export': ['format'],
    'get /api/exam/exams/{id}/pass-list/export': ['format'],
    'get /api/exam/assessment-plan': ['fiscalYear'],
    'get /api/exam/recruitment-plan': ['fiscalYear', 'kind'],
  };

  it('describes every gateway path of the examination domain: parameters, body, answer and coded error', async () => {
    const { status, body: document } = await anonymous.get('/docs-json');
    expect(status).toBe(200);
    type Operation = {
      parameters?: { in: string; name: string }[];
      requestBody?: { content: Record<string, { schema: { $ref?: string; type?: string; format?: string } }> };
      responses: Record<string, { content?: Record<string, { schema?: { $ref?: string; type?: string; items?: { $ref?: string } } }> }>;
    };
    const operations = Object.entries(document.paths as Record<string, Record<string, Operation>>)
      .filter(([path]) => path.startsWith('/api/exam/') || path === '/api/public/exams')
      .flatMap(([path, item]) =>
        Object.entries(item)
          .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
          .map(([method, operation]) => ({ key: `${method} ${path}`, path, operation })),
      );
    expect(operations.length).toBe(85);
    const schemas = document.components.schemas as Record<string, unknown>;
    const problems: string[] = [];
    for (const { key, path, operation } of operations) {
      const answers = Object.entries(operation.responses).filter(([code]) => /^2\d\d$/.test(code));
      if (answers.length !== 1) problems.push(`${key}: ${answers.length} success answers`);
      for (const [code, answer] of answers) {
        const content = Object.entries(answer.content ?? {});
        if (content.length === 0) problems.push(`${key}: ${code} has no body`);
        for (const [type, { schema }] of content) {
          const ref = schema?.$ref ?? schema?.items?.$ref;
          if (type === 'application/json' ? !ref || !schemas[ref.split('/').pop()!] : schema?.type !== 'string')
            problems.push(`${key}: ${code} ${type} has no schema`);
        }
      }
      if (operation.responses.default?.content?.['application/json']?.schema?.$ref !== '#/components/schemas/ErrorBody')
        problems.push(`${key}: no coded error`);
      const parameters = operation.parameters ?? [];
      for (const [, name] of path.matchAll(/\{(\w+)\}/g))
        if (!parameters.some((p) => p.in === 'path' && p.name === name)) problems.push(`${key}: no path parameter ${name}`);
      const query = parameters
        .filter((p) => p.in === 'query')
        .map((p) => p.name)
        .sort();
      if (JSON.stringify(query) !== JSON.stringify(QUERIES[key] ?? [])) problems.push(`${key}: query ${query.join(',')}`);
      const request = operation.requestBody
        ? Object.entries(operation.requestBody.content).map(([type, { schema }]) =>
            type === 'application/json' ? schema.$ref?.split('/').pop() : type,
          )
        : [];
      if (JSON.stringify(request) !== JSON.stringify(BODIES[key] ? [BODIES[key]] : [])) problems.push(`${key}: body ${request.join(',')}`);
    }
    expect(problems).toEqual([]);
    // Every code the examination domain answers is in the document's ErrorCode enum.
    expect((schemas.ErrorCode as { enum: string[] }).enum).toEqual(
      expect.arrayContaining([
        'EXAM.ROUND_EXISTS',
        'EXAM_APPLICATION.WINDOW_CLOSED',
        'WRITTEN_SCORES.SCORE_FORMAT',
        'ASSESSMENT_RATING.EACH_COMPETENCY_ONCE',
      ]),
    );
  });
});

describe('applicant sign-up', () => {
  it('signs a member of the public up as an applicant by the mailed link, refuses bad sign-ups, answers a repeat alike', async () => {
    const email = `kim-${stack.runId}@example.com`;
    const bad = await anonymous.post('/api/auth/applicant-signup', {
      tenant: 'seoul-hrd',
      email: 'not-mail',
      password: 'short',
      name: '',
      privacyConsent: false,
      role: 'admin',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'name', 'password', 'privacyConsent', 'role']);
    // 202 and a mail with a link; the link signs the applicant in. A repeat answers alike (no 409).
    const { session } = await signUpApplicant(stack, { email, password: APPLICANT_PASSWORD, name: '김응시' });
    expect(session.user).toMatchObject({ role: 'applicant', tenantSlug: 'seoul-hrd', name: '김응시' });
    const again = await anonymous.post('/api/auth/applicant-signup', {
      tenant: 'seoul-hrd',
      email,
      password: APPLICANT_PASSWORD,
      name: '김응시',
      privacyConsent: true,
    });
    expect([again.status, again.body]).toEqual([202, { status: 'verification_sent', email }]);
    const signedIn = await anonymous.signIn('seoul-hrd', email, APPLICANT_PASSWORD);
    expect((await signedIn.get('/api/me')).body.role).toBe('applicant');
    // An applicant runs no exams.
    expect((await signedIn.post('/api/exam/exams', openExamBody(99))).status).toBe(403);
  });

  it('limits sign-ups per client address, counting the address the proxy forwarded', async () => {
    const signUpFrom = (address: string, n: number) =>
      anonymous.request(
        'POST',
        '/api/auth/applicant-signup',
        {
          tenant: 'seoul-hrd',
          email: `many-${n}-${stack.runId}@example.com`,
          password: APPLICANT_PASSWORD,
          name: `가입자${n}`,
          privacyConsent: true,
        },
        { 'x-forwarded-for': address },
      );
    const statuses: number[] = [];
    for (let n = 0; n < 21; n++) statuses.push((await signUpFrom('203.0.113.7', n)).status);
    expect(statuses).toEqual([...Array(20).fill(202), 429]);
    // The refused one made no account; another client is not held back by the first.
    expect(
      await stack.query('gateway', 'SELECT 1 FROM gateway.app_user WHERE email = $1', [`many-20-${stack.runId}@example.com`]),
    ).toHaveLength(0);
    expect((await signUpFrom('203.0.113.8', 21)).status).toBe(202);
  });
});

describe('an open exam season', () => {
  let examId: string;
  let admin: string; // 일반행정 9급, 2 openings
  let nursing: string; // 간호 8급, 1 opening
  const people: Record<string, ApiClient & { userId: string }> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const created = await officer.post('/api/exam/exams', openExamBody(1));
    expect(created.status).toBe(201);
    examId = created.body.id;
    admin = (
      await officer.post(`/api/exam/exams/${examId}/positions`, {
        jobSeries: 'general_admin',
        jobSeriesKo: '일반행정',
        grade: 9,
        openings: 2,
      })
    ).body.positions[0].id;
    const withNursing = await officer.post(`/api/exam/exams/${examId}/positions`, {
      jobSeries: 'nursing',
      jobSeriesKo: '간호',
      grade: 8,
      openings: 1,
    });
    nursing = withNursing.body.positions[1].id;
    expect(withNursing.body.positions.map((p: { fee: string }) => p.fee)).toEqual(['5000', '5000']);
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']) people[name] = applicantClient(stack.gatewayUrl);
  });

  it('checks exam schedules and who may create exams', async () => {
    const backwards = await officer.post(
      '/api/exam/exams',
      openExamBody(2, { applicationClosesAt: new Date(Date.now() - 7200_000).toISOString(), resultOn: '2020-01-01' }),
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors.map((e: { field: string }) => e.field)).toEqual(['applicationClosesAt', 'resultOn']);
    expect(backwards.body.errors.map((e: { code: string }) => e.code)).toEqual(['EXAM.CLOSES_BEFORE_OPENING', 'EXAM.RESULT_BEFORE_EXAM']);
    expect(backwards.body.errors[0].messages[0]).toContain('접수 마감은 접수 시작 이후여야 합니다');
    const again = await officer.post('/api/exam/exams', openExamBody(1));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'EXAM.ROUND_EXISTS',
      field: 'roundNo',
      params: { year: 2031, roundNo: 1 },
      message: expect.stringContaining('이미 있습니다'),
    });
    const manager = await anonymous.signIn('seoul-hrd', 'manager@seoul-hrd.example', PASSWORD);
    expect((await manager.post('/api/exam/exams', openExamBody(3))).status).toBe(403);
  });

  it('accepts an application once per idempotency key, even when retried at the same moment', async () => {
    const key = randomUUID();
    const body = applicationBody(examId, admin, { nameKo: '가응시', accommodations: [] });
    const answers = await Promise.all(Array.from({ length: 5 }, () => submit(people.a, body, key)));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    ids.a = answers[0].body.id;
    expect(answers[0].body).toMatchObject({
      status: 'pending_payment',
      feeAmount: '5000',
      positionLabelKo: '일반행정 9급',
      examNumber: null,
    });
    const rows = await stack.query('examination', 'SELECT count(*)::int AS n FROM examination.application WHERE applicant_id = $1', [
      people.a.userId,
    ]);
    expect(rows).toEqual([{ n: 1 }]);
    // The event tells finance, the counters and the notification service what they need, and no personal
    // data: the applicant's account id, by which the notification service finds whom to tell, at most.
    const [event] = await outbox('examination.application.submitted', ids.a);
    expect(event.payload).toEqual({
      applicationId: ids.a,
      examId,
      positionId: admin,
      jobSeries: 'general_admin',
      grade: 9,
      feeAmount: '5000',
      submittedAt: expect.any(String),
      applicantUserId: people.a.userId,
      examTitleKo: expect.any(String),
      jobSeriesKo: '일반행정',
    });
    expect(JSON.stringify(event)).not.toMatch(/가응시|1998-04-12|010-1234/);
    // Another application to the same exam, or the key reused for another position, is refused.
    const twice = await submit(people.a, applicationBody(examId, nursing));
    expect([twice.status, twice.body.code]).toEqual([409, 'EXAM_APPLICATION.ALREADY_APPLIED']);
    const reused = await submit(people.a, applicationBody(examId, nursing), key);
    expect([reused.status, reused.body.code, reused.body.field]).toEqual([409, 'EXAM_APPLICATION.KEY_REUSED', 'idempotencyKey']);
  });

  it('rejects bad applications field by field and stores nothing', async () => {
    const before = await stack.query('examination', 'SELECT count(*)::int AS n FROM examination.application');
    const bad = await submit(people.b, {
      examId,
      positionId: 'x',
      nameKo: '',
      birthDate: '1998-02-30x',
      phone: '12345',
      veteransBonusPercent: 7,
      accommodations: [{ kind: 'jetpack' }],
      extra: 1,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'accommodations.0.kind',
      'birthDate',
      'extra',
      'nameKo',
      'phone',
      'positionId',
      'veteransBonusPercent',
    ]);
    const young = await submit(people.b, applicationBody(examId, admin, { birthDate: '2015-01-01' }));
    expect(young.status).toBe(400);
    expect(young.body.errors[0].field).toBe('birthDate');
    expect(bad.body.errors.find((e: { field: string }) => e.field === 'veteransBonusPercent')).toMatchObject({
      code: 'VALIDATION.ONE_OF',
      params: { values: ['0', '5', '10'] },
    });
    expect(bad.body.errors.find((e: { field: string }) => e.field === 'extra')).toMatchObject({ code: 'VALIDATION.UNKNOWN_FIELD' });
    expect(young.body.errors[0]).toMatchObject({
      code: 'EXAM_APPLICATION.UNDER_AGE',
      params: { minAge: 18, year: 2031 },
      messages: [expect.stringContaining('응시연령')],
    });
    const keyless = await people.b.request('POST', '/api/exam/applications', applicationBody(examId, admin), { 'idempotency-key': '' });
    expect(keyless.status).toBe(400); // no idempotency key
    expect(keyless.body.errors).toEqual([expect.objectContaining({ field: 'idempotencyKey', code: 'VALIDATION.REQUIRED' })]);
    expect(
      (await officer.request('POST', '/api/exam/applications', applicationBody(examId, admin), { 'idempotency-key': randomUUID() })).status,
    ).toBe(403);
    expect(await stack.query('examination', 'SELECT count(*)::int AS n FROM examination.application')).toEqual(before);
  });

  it('takes the fee through the provider: the simulated checkout and signed callbacks, once', async () => {
    const checkout = await people.a.post(`/api/exam/applications/${ids.a}/payments`, {});
    expect(checkout.status).toBe(201);
    expect(checkout.body.amount).toBe('5000');
    // The simulated provider's page approves; its signed callback marks the application paid.
    const approved = await anonymous.post('/api/exam/payment-simulator/approve', {
      checkoutToken: checkout.body.checkoutToken,
      outcome: 'approved',
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ outcome: 'approved', status: 'paid' });
    expect((await people.a.get(`/api/exam/applications/${ids.a}`)).body).toMatchObject({
      status: 'paid',
      paymentRef: expect.stringMatching(/^SIM-/),
    });
    // The same approval again changes nothing; a forged or tampered callback is refused.
    expect(
      (await anonymous.post('/api/exam/payment-simulator/approve', { checkoutToken: checkout.body.checkoutToken, outcome: 'approved' }))
        .status,
    ).toBe(200);
    const [fee, ...more] = await outbox('examination.fee.paid', ids.a);
    expect(more).toEqual([]);
    expect(fee.payload).toMatchObject({ applicationId: ids.a, examId, amount: '5000', paymentRef: expect.stringMatching(/^SIM-/) });
    const forged = providerCallback(checkout.body.paymentId, '5000', 'approved', 'not-the-secret-not-the-secret-not-the-secret');
    const refused = await anonymous.post('/api/exam/payments/callback', forged);
    expect([refused.status, refused.body.code]).toEqual([401, 'EXAM_PAYMENT.BAD_SIGNATURE']);
    const tampered = { ...providerCallback(checkout.body.paymentId, '5000'), amount: '50' };
    expect((await anonymous.post('/api/exam/payments/callback', tampered)).status).toBe(401);
    const badToken = await anonymous.post('/api/exam/payment-simulator/approve', {
      checkoutToken: `${checkout.body.checkoutToken}x`,
      outcome: 'approved',
    });
    expect([badToken.status, badToken.body.code, badToken.body.field]).toEqual([400, 'EXAM_PAYMENT.BAD_CHECKOUT_TOKEN', 'checkoutToken']);
    // Nothing to pay any more.
    const paid = await people.a.post(`/api/exam/applications/${ids.a}/payments`, {});
    expect([paid.status, paid.body.code]).toEqual([409, 'EXAM_PAYMENT.NOTHING_DUE']);
  });

  it('leaves a declined payment unpaid, to be paid again', async () => {
    ids.c = (await submit(people.c, applicationBody(examId, admin))).body.id;
    const checkout = await people.c.post(`/api/exam/applications/${ids.c}/payments`, {});
    const declined = await anonymous.post('/api/exam/payment-simulator/approve', {
      checkoutToken: checkout.body.checkoutToken,
      outcome: 'declined',
    });
    expect(declined.body).toMatchObject({ outcome: 'declined', status: 'declined' });
    expect((await people.c.get(`/api/exam/applications/${ids.c}`)).body.status).toBe('pending_payment');
    expect(await outbox('examination.fee.paid', ids.c)).toEqual([]);
  });

  it('shows an applicant only their own applications', async () => {
    ids.b = await applyAndPay(people.b, examId, nursing, {
      nameKo: '나응시',
      accommodations: [{ kind: 'wheelchair_access', note: '휠체어 사용' }],
    });
    const others = await people.b.get(`/api/exam/applications/${ids.a}`);
    expect([others.status, others.body.code]).toEqual([404, 'EXAM_APPLICATION.NOT_FOUND']);
    expect((await people.b.get('/api/exam/applications/mine')).body.map((a: { id: string }) => a.id)).toEqual([ids.b]);
    expect((await people.b.post(`/api/exam/applications/${ids.a}/cancel`, {})).status).toBe(404);
    expect((await people.b.get(`/api/exam/applications/${ids.a}/ticket`)).status).toBe(404);
    // Another institute's staff and applicants do not see it either.
    const sejong = await anonymous.signIn('sejong-edu', 'manager@sejong-edu.example', PASSWORD);
    const elsewhere = await sejong.get(`/api/exam/exams/${examId}`);
    expect([elsewhere.status, elsewhere.body.code]).toEqual([404, 'EXAM.NOT_FOUND']);
    const sejongApplicant = applicantClient(stack.gatewayUrl, DemoTenants.sejong.id);
    expect((await sejongApplicant.get(`/api/exam/applications/${ids.a}`)).status).toBe(404);
    const foreign = await submit(sejongApplicant, applicationBody(examId, admin));
    expect([foreign.status, foreign.body.code, foreign.body.field]).toEqual([404, 'POSITION.NOT_FOUND', 'positionId']);
    // The officer sees everyone's.
    expect((await officer.get(`/api/exam/exams/${examId}/applications`)).body.length).toBeGreaterThanOrEqual(3);
  });

  it('takes supporting documents for accommodations, checking what they are', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% 장애인증명서\n');
    const upload = (client: ApiClient, content: Buffer) =>
      client.raw(`/api/exam/applications/${ids.b}/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent('장애인증명서.pdf') },
        body: content,
      });
    expect((await upload(people.b, pdf)).status).toBe(201);
    const notADocument = await upload(people.b, Buffer.from('MZ not a document'));
    expect(notADocument.status).toBe(400);
    expect(await notADocument.json()).toMatchObject({
      code: 'EXAM_DOCUMENT.UNSUPPORTED_TYPE',
      params: { accepted: ['PDF', 'PNG', 'JPG'] },
      message: expect.stringContaining('PDF, PNG, JPG'),
    });
    expect((await upload(people.a, pdf)).status).toBe(404);
    const documents = await officer.get(`/api/exam/applications/${ids.b}/documents`);
    expect(documents.body).toEqual([expect.objectContaining({ fileName: '장애인증명서.pdf', contentType: 'application/pdf' })]);
  });

  it('lets an applicant correct their application until the deadline', async () => {
    const edited = await people.a.request('PATCH', `/api/exam/applications/${ids.a}`, { phone: '010-9876-5432', veteransBonusPercent: 10 });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ phone: '010-9876-5432', veteransBonusPercent: 10 });
    const moved = await people.a.request('PATCH', `/api/exam/applications/${ids.a}`, { positionId: nursing });
    expect(moved.status).toBe(400);
    expect(moved.body.errors).toEqual([expect.objectContaining({ field: 'positionId', code: 'VALIDATION.UNKNOWN_FIELD' })]);
  });

  it('refunds a cancellation by the rules: all of it within the application period', async () => {
    ids.d = await applyAndPay(people.d, examId, admin);
    expect((await people.d.get(`/api/exam/applications/${ids.d}/refund-quote`)).body).toMatchObject({
      cancellable: true,
      refundAmount: '5000',
      refundPercent: 100,
    });
    const cancelled = await people.d.post(`/api/exam/applications/${ids.d}/cancel`, {});
    expect(cancelled.body).toMatchObject({ status: 'cancelled', refundAmount: '5000' });
    const [event] = await outbox('examination.application.cancelled', ids.d);
    expect(event.payload).toMatchObject({ reason: 'by_applicant' });
    const [refund] = await eventually(
      async () => {
        const found = await outbox('examination.fee.refunded', ids.d);
        return found.length ? found : undefined;
      },
      { what: 'the refund' },
    );
    expect(refund.payload).toMatchObject({ applicationId: ids.d, examId, amount: '5000', reason: 'cancelled_by_applicant' });
    // Cancelled, the applicant may apply again.
    expect((await submit(people.d, applicationBody(examId, nursing))).status).toBe(201);
  });

  it('lapses unpaid applications at the deadline, and refunds 60% after it', async () => {
    for (const name of ['e', 'f', 'g', 'h', 'i', 'j'])
      ids[name] = await applyAndPay(people[name], examId, name < 'h' ? admin : nursing, { veteransBonusPercent: name === 'g' ? 5 : 0 });
    const closed = await officer.request('PATCH', `/api/exam/exams/${examId}`, {
      applicationClosesAt: new Date(Date.now() - 1000).toISOString(),
    });
    expect(closed.status).toBe(200);
    const lapsed = await eventually(
      async () => {
        const row = await applicationRow(ids.c);
        return row.status === 'cancelled' ? row : undefined;
      },
      { what: 'the unpaid application to lapse' },
    );
    expect(lapsed.cancel_reason).toBe('unpaid_at_deadline');
    expect((await outbox('examination.application.cancelled', ids.c))[0].payload).toMatchObject({ reason: 'unpaid_at_deadline' });
    expect((await people.c.post(`/api/exam/applications/${ids.c}/payments`, {})).status).toBe(409);
    const late = await submit(people.c, applicationBody(examId, admin));
    expect([late.status, late.body.code, late.body.message]).toEqual([
      409,
      'EXAM_APPLICATION.WINDOW_CLOSED',
      '원서 접수가 마감되었습니다 / applications have closed',
    ]);
    // The provider approves C's old checkout after all: the money is booked and refunded in full.
    const [latePayment] = await stack.query('examination', 'SELECT id, amount::text FROM examination.payment WHERE application_id = $1', [
      ids.c,
    ]);
    expect((await anonymous.post('/api/exam/payments/callback', providerCallback(latePayment.id, latePayment.amount))).body).toEqual({
      received: true,
      status: 'refunded',
    });
    await eventually(async () => (await outbox('examination.fee.refunded', ids.c))[0]?.payload.reason === 'paid_after_cancellation', {
      what: 'the late payment refunded',
    });
    expect((await outbox('examination.fee.paid', ids.c)).map((e) => e.payload.amount)).toEqual(['5000']);
    // The written exam is 40 days away: 60% back.
    const cancelled = await people.j.post(`/api/exam/applications/${ids.j}/cancel`, {});
    expect(cancelled.body).toMatchObject({ status: 'cancelled', refundAmount: '3000' });
    await eventually(async () => (await outbox('examination.fee.refunded', ids.j))[0]?.payload.amount === '3000', {
      what: 'the 60% refund',
    });
  });

  it('gives exam numbers only after the cancellation deadline, to paid applications', async () => {
    const early = await officer.post(`/api/exam/exams/${examId}/exam-numbers`, {});
    expect([early.status, early.body.code]).toEqual([409, 'EXAM_NUMBERS.CANCELLATION_OPEN']);
    expect(
      (await officer.request('PATCH', `/api/exam/exams/${examId}`, { cancellationClosesAt: new Date(Date.now() - 500).toISOString() }))
        .status,
    ).toBe(200);
    const tooLate = await people.e.post(`/api/exam/applications/${ids.e}/cancel`, {});
    expect([tooLate.status, tooLate.body.code]).toEqual([409, 'EXAM_APPLICATION.CANCELLATION_CLOSED']);
    const numbered = await officer.post(`/api/exam/exams/${examId}/exam-numbers`, {});
    expect(numbered.body).toEqual({ assigned: 7 });
    const numbers = await stack.query(
      'examination',
      `SELECT exam_number, position_id FROM examination.application WHERE exam_id = $1 AND exam_number IS NOT NULL ORDER BY exam_number`,
      [examId],
    );
    expect(numbers.filter((n) => n.position_id === admin).map((n) => n.exam_number)).toEqual([
      '10100001',
      '10100002',
      '10100003',
      '10100004',
    ]);
    expect(numbers.filter((n) => n.position_id === nursing).map((n) => n.exam_number)).toEqual(['10200001', '10200002', '10200003']);
    expect((await applicationRow(ids.c)).exam_number).toBeNull();
    const twice = await officer.post(`/api/exam/exams/${examId}/exam-numbers`, {});
    expect([twice.status, twice.body.code]).toEqual([409, 'EXAM_NUMBERS.ALREADY_GIVEN']);
    const moved = await officer.request('PATCH', `/api/exam/exams/${examId}`, { applicationClosesAt: new Date().toISOString() });
    expect([moved.status, moved.body.code]).toEqual([409, 'EXAM.WINDOWS_FIXED']);
  });

  it('seats everyone evenly and deterministically, honouring accommodations, and moves only whom a change displaces', async () => {
    const venue = await officer.post(`/api/exam/exams/${examId}/venues`, {
      nameKo: '서울마포중학교',
      agencyCode: 'MAPO-GU',
      address: '서울특별시 마포구 월드컵로 123',
    });
    const r1 = await officer.post(`/api/exam/venues/${venue.body.id}/rooms`, { name: '101호', seats: 4 });
    await officer.post(`/api/exam/venues/${venue.body.id}/rooms`, { name: '102호', seats: 4 });
    const accessible = await officer.post(`/api/exam/venues/${venue.body.id}/rooms`, {
      name: '103호(1층)',
      seats: 4,
      accommodations: ['wheelchair_access', 'extended_time'],
    });
    expect(
      (await officer.request('PATCH', `/api/exam/applications/${ids.b}/accommodations`, { decision: 'approved' })).body.accommodationStatus,
    ).toBe('approved');
    const seated = await officer.post(`/api/exam/exams/${examId}/seat-assignment`, {});
    expect(seated.body).toEqual({ seated: 7, moved: 0, rooms: 3 });
    const seats = await stack.query(
      'examination',
      `SELECT a.id, a.exam_number, r.name, a.seat_no FROM examination.application a ` +
        `JOIN examination.venue_room r ON r.id = a.room_id WHERE a.exam_id = $1 ORDER BY ` +
        `a.exam_number`,
      [examId],
    );
    expect(seats.find((s) => s.id === ids.b).name).toBe('103호(1층)');
    const perRoom = new Map<string, number>();
    for (const s of seats) perRoom.set(s.name, (perRoom.get(s.name) ?? 0) + 1);
    expect([...perRoom.values()].sort()).toEqual([2, 2, 3]);
    // The ticket: a PDF, for its applicant and the officer only.
    const ticket = await people.a.raw(`/api/exam/applications/${ids.a}/ticket`);
    expect(ticket.status).toBe(200);
    expect(ticket.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await ticket.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await officer.raw(`/api/exam/applications/${ids.a}/ticket`)).status).toBe(200);
    // A room withdrawn after assignment: its candidates move, nobody else does.
    const before = new Map(seats.map((s) => [s.id, `${s.name}/${s.seat_no}`]));
    await officer.request('PATCH', `/api/exam/rooms/${r1.body.id}`, { available: false });
    const reseated = await officer.post(`/api/exam/exams/${examId}/seat-assignment`, {});
    const movedIds = seats.filter((s) => s.name === '101호').map((s) => s.id);
    expect(reseated.body.moved).toBe(movedIds.length);
    const after = await stack.query(
      'examination',
      `SELECT a.id, r.name, a.seat_no, a.seat_changed_at FROM examination.application ` +
        `a JOIN examination.venue_room r ON r.id = a.room_id WHERE a.exam_id = $1`,
      [examId],
    );
    for (const s of after) {
      if (movedIds.includes(s.id)) expect(s.seat_changed_at).not.toBeNull();
      else expect(`${s.name}/${s.seat_no}`).toBe(before.get(s.id));
    }
    expect(after.some((s) => s.name === '101호')).toBe(false);
    expect(accessible.body.accommodations).toEqual(['wheelchair_access', 'extended_time']);
    // Each applicant was told their number, venue and time once, and each one moved once more; the
    // events carry their account id and no personal data (name, birth date, phone).
    const told = (await outbox('examination.application.seat-assigned')).filter((e) => e.payload.examId === examId);
    expect(told).toHaveLength(7 + movedIds.length);
    expect(
      told
        .filter((e) => e.payload.moved)
        .map((e) => e.payload.applicationId)
        .sort(),
    ).toEqual([...movedIds].sort());
    expect(told.find((e) => e.payload.applicationId === ids.a && !e.payload.moved).payload).toEqual({
      applicationId: ids.a,
      examId,
      applicantUserId: people.a.userId,
      examTitleKo: expect.any(String),
      jobSeriesKo: '일반행정',
      grade: 9,
      examNumber: seats.find((s) => s.id === ids.a).exam_number,
      venueNameKo: '서울마포중학교',
      venueAddress: '서울특별시 마포구 월드컵로 123',
      roomName: seats.find((s) => s.id === ids.a).name,
      seatNo: seats.find((s) => s.id === ids.a).seat_no,
      examDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      startsAt: '10:00',
      seatedBy: '09:20',
      moved: false,
    });
    expect(JSON.stringify(told)).not.toMatch(/응시|1998-04-12|010-1234/);
    // Too few seats: nothing changes.
    await officer.request('PATCH', `/api/exam/rooms/${accessible.body.id}`, { seats: 1 });
    const tooFew = await officer.post(`/api/exam/exams/${examId}/seat-assignment`, {});
    expect([tooFew.status, tooFew.body.code, tooFew.body.params]).toEqual([409, 'SEATING.TOO_FEW_SEATS', { unplaced: 2 }]);
    await officer.request('PATCH', `/api/exam/rooms/${accessible.body.id}`, { seats: 4 });
  });

  it('refuses a malformed scanner file with the line numbers of its problems, and imports nothing', async () => {
    const csv = [
      '응시번호,국어,영어,한국사,행정법총론,행정학개론',
      '10100001,95,90,85,80,75',
      '10100001,90,90,90,90,90',
      '99999999,50,50,50,50,50',
      '10100003,101,50,50,50,abc',
      '10100004,50,50',
    ].join('\r\n');
    const bad = await uploadScores(examId, csv);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { row: number }) => e.row)).toEqual([3, 4, 5, 6]);
    expect(bad.body.errors[0].field).toContain('3행');
    expect(bad.body.errors.map((e: { line: number; code: string }) => [e.line, e.code])).toEqual([
      [3, 'WRITTEN_SCORES.DUPLICATE_EXAM_NUMBER'],
      [4, 'WRITTEN_SCORES.UNKNOWN_EXAM_NUMBER'],
      [5, 'WRITTEN_SCORES.SCORE_FORMAT'],
      [6, 'WRITTEN_SCORES.COLUMN_COUNT'],
    ]);
    expect(bad.body.errors[0]).toMatchObject({ params: { firstLine: 2 }, messages: [expect.stringContaining('중복')] });
    expect(bad.body.errors[2].params).toEqual({ subjects: ['국어', '행정학개론'] });
    const stored = await stack.query(
      'examination',
      `SELECT count(*)::int AS n FROM examination.application WHERE exam_id = $1 AND written_scores IS NOT NULL`,
      [examId],
    );
    expect(stored).toEqual([{ n: 0 }]);
  });

  it('sets written pass marks as a multiple of openings with ties included and bonus points applied', async () => {
    const numberOf = async (id: string) => (await applicationRow(id)).exam_number;
    const lines = ['\uFEFF응시번호,국어,영어,한국사,행정법총론,행정학개론'];
    // 일반행정 (2 openings × 150% = 3 pass): a 80, e 70, f 70, g 66 + 5% bonus = 71; 간호: b 90, h 35 in one subject, i absent.
    lines.push(
      `${await numberOf(ids.a)},80,80,80,80,80`,
      `${await numberOf(ids.e)},70,70,70,70,70`,
      `${await numberOf(ids.f)},70,70,70,70,70`,
      `${await numberOf(ids.g)},66,66,66,66,66`,
    );
    lines.push(`${await numberOf(ids.b)},90,90,90,90,90`, `${await numberOf(ids.h)},99,99,99,99,35`, `${await numberOf(ids.i)},,,,,`);
    const imported = await uploadScores(examId, lines.join('\n'));
    expect(imported.status).toBe(200);
    expect(imported.body).toEqual({ subjects: ['국어', '영어', '한국사', '행정법총론', '행정학개론'], scored: 6, absent: 1 });
    // a has a 10% veterans' bonus: 90.
    expect((await applicationRow(ids.a)).written_total).toBe(9000);
    const mark = await officer.post(`/api/exam/positions/${admin}/pass-mark`, { passMultiplePercent: 150 });
    expect(mark.body).toMatchObject({ openings: 2, cutoff: 7000, passed: 4, failed: 0, absent: 0 });
    const nursingMark = await officer.post(`/api/exam/positions/${nursing}/pass-mark`, { passMultiplePercent: 150 });
    expect(nursingMark.body).toMatchObject({ cutoff: 9000, passed: 1, failed: 1, absent: 1 });
    expect((await applicationRow(ids.h)).written_result).toBe('fail');
    // Tighter, 100% of 2 openings: a (90) and g (71) only.
    const tighter = await officer.post(`/api/exam/positions/${admin}/pass-mark`, { passMultiplePercent: 100 });
    expect(tighter.body).toMatchObject({ cutoff: 7100, passed: 2 });
    await officer.post(`/api/exam/positions/${admin}/pass-mark`, { passMultiplePercent: 150 });
  });

  it(
    'publishes written results at the set instant ' + 'and lets each applicant look up only their own, from the cache, within limits',
    async () => {
      const early = await people.a.get(`/api/exam/results/${examId}`);
      expect(early.body.written).toEqual({ published: false, publishAt: null });
      // Nothing is published before the written exam is sat; then the exam is sat (its date moves to yesterday).
      const tooSoon = await officer.post(`/api/exam/exams/${examId}/publications`, {
        stage: 'written',
        publishAt: new Date().toISOString(),
      });
      expect([tooSoon.status, tooSoon.body.code, tooSoon.body.params]).toEqual([
        409,
        'PUBLICATION.BEFORE_WRITTEN_DATE',
        { writtenExamOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
      ]);
      await stack.query(
        'examination',
        `UPDATE examination.exam SET written_exam_on = (now() AT TIME ZONE 'Asia/Seoul')::date - 1 WHERE id = $1`,
        [examId],
      );
      const publishAt = new Date(Date.now() + 3000);
      const set = await officer.post(`/api/exam/exams/${examId}/publications`, { stage: 'written', publishAt: publishAt.toISOString() });
      expect(set.status).toBe(201);
      const before = await people.a.get(`/api/exam/results/${examId}`);
      expect(before.body.written).toEqual({ published: false, publishAt: publishAt.toISOString() });
      expect(before.body).not.toHaveProperty('written.result');
      // 내 원서 keeps 접수 완료 (no outcome) until the instant.
      expect((await people.a.get(`/api/exam/applications/${ids.a}`)).body.outcome).toBeNull();
      await sleep(Math.max(0, publishAt.getTime() - Date.now()) + 50);
      const after = await people.a.get(`/api/exam/results/${examId}`);
      expect(after.body).toMatchObject({
        examNumber: '10100001',
        written: { published: true, result: 'pass' },
        final: { published: false },
      });
      expect((await people.h.get(`/api/exam/results/${examId}`)).body.written.result).toBe('fail');
      expect((await people.i.get(`/api/exam/results/${examId}`)).body.written.result).toBe('absent');
      // 내 원서 now shows each applicant's own outcome.
      const mine = (await people.a.get('/api/exam/applications/mine')).body.find((x: { id: string }) => x.id === ids.a);
      expect(mine.outcome).toEqual({ stage: 'written', result: 'pass' });
      expect((await people.h.get(`/api/exam/applications/${ids.h}`)).body.outcome).toEqual({ stage: 'written', result: 'fail' });
      // Someone with no application in this exam has nothing to look up; officers use their console.
      const stranger = await applicantClient(stack.gatewayUrl).get(`/api/exam/results/${examId}`);
      expect([stranger.status, stranger.body.code]).toEqual([404, 'EXAM_RESULTS.NO_EXAM_NUMBER']);
      expect((await officer.get(`/api/exam/results/${examId}`)).status).toBe(403);
      // Published results are final.
      const final = await officer.post(`/api/exam/positions/${admin}/pass-mark`, { passMultiplePercent: 100 });
      expect([final.status, final.body.code, final.body.params]).toEqual([409, 'PUBLICATION.RESULTS_FINAL', { stage: 'written' }]);
      const republished = await officer.post(`/api/exam/exams/${examId}/publications`, {
        stage: 'written',
        publishAt: new Date().toISOString(),
      });
      expect([republished.status, republished.body.code]).toEqual([409, 'PUBLICATION.ALREADY_PUBLISHED']);
      // The event leaves once, after the instant.
      const [published, ...again] = await eventually(
        async () => {
          const found = await outbox('examination.results.published', examId);
          return found.length ? found : undefined;
        },
        { what: 'results published' },
      );
      expect(again).toEqual([]);
      expect(published.payload).toEqual({ examId, stage: 'written', publishedAt: publishAt.toISOString(), positions: 2, passed: 5 });
      // Answers come from Redis, where every instance finds them: once announced, each applicant's own
      // answer as published for the gateway (published-results.integration-spec.ts); until then, the
      // examination service's shared cache.
      const entry = await eventually(
        () => redisGet(`${stack.redisKeyPrefix}published:results:${SEOUL}:${people.a.userId}:${examId}`).then((v) => v ?? undefined),
        { what: 'published result' },
      );
      expect(JSON.parse(entry)).toMatchObject({ examNumber: '10100001', written: 'pass' });
      // With it each candidate's own result, once: whether they passed, no score, no personal data.
      const own = (await outbox('examination.application.result-announced')).filter((e) => e.payload.examId === examId);
      expect(own.filter((e) => e.payload.result === 'pass')).toHaveLength(5);
      expect(own.find((e) => e.payload.applicationId === ids.a).payload).toMatchObject({
        applicantUserId: people.a.userId,
        examNumber: '10100001',
        stage: 'written',
        result: 'pass',
      });
      expect(own.find((e) => e.payload.applicationId === ids.h).payload.result).toBe('fail');
      expect(new Set(own.map((e) => e.payload.applicationId)).size).toBe(own.length);
      expect(JSON.stringify(own)).not.toMatch(/응시|1998-04-12|010-1234|total|score/i);
      // 20 lookups a minute per applicant: the 21st is refused.
      const statuses: number[] = [];
      let limited: { status: number; body: any } | undefined;
      for (let i = 0; i < 21; i++) {
        limited = await people.e.get(`/api/exam/results/${examId}`);
        statuses.push(limited.status);
      }
      expect(statuses).toEqual([...Array(20).fill(200), 429]);
      expect(limited!.body).toMatchObject({ code: 'RATE_LIMITED', params: { retryAfterSeconds: 60 } });
    },
  );

  it('records the written sitting for finance', async () => {
    const held = await officer.post(`/api/exam/exams/${examId}/sittings`, { stage: 'written', heldOn: '2031-02-26', cost: 1_830_000 });
    expect(held.status).toBe(201);
    const [event] = await outbox('examination.sitting.held');
    expect(event.payload).toMatchObject({
      examId,
      stage: 'written',
      venues: 1,
      candidates: 7,
      cost: '1830000',
      budgetLineCode: 'RECRUITMENT-EXAMS',
    });
    const again = await officer.post(`/api/exam/exams/${examId}/sittings`, { stage: 'written', heldOn: '2031-02-26', cost: 1 });
    expect([again.status, again.body.code]).toEqual([409, 'EXAM_SITTING.ALREADY_RECORDED']);
  });

  it('schedules interviews with panels from the pool, grades them and decides the pass list per position', async () => {
    const scheduled = await officer.post(`/api/exam/exams/${examId}/interview-schedule`, {
      startsOn: '2031-05-12',
      times: ['09:30', '13:30'],
      panels: 2,
      perSession: 3,
      panelSize: 3,
    });
    expect(scheduled.status).toBe(200);
    expect(scheduled.body).toMatchObject({ sessions: 3, candidates: 5 });
    let { body } = await officer.get(`/api/exam/exams/${examId}/interviews`);
    expect(body.steps).toEqual(['interview']);
    const panelists = body.sessions.flatMap((s: { panel: { id: string }[] }) => s.panel.map((p) => p.id));
    const sameSlot = body.sessions.filter(
      (s: { heldOn: string; startsAt: string }) => s.heldOn === body.sessions[0].heldOn && s.startsAt === body.sessions[0].startsAt,
    );
    expect(new Set(sameSlot.flatMap((s: { panel: { id: string }[] }) => s.panel.map((p) => p.id))).size).toBe(sameSlot.length * 3);
    expect(panelists).toHaveLength(9);

    // 제척·회피: a panelist who knows a candidate is declared; scheduling again keeps them off that panel.
    const [barred, candidate] = [body.sessions[0].panel[0].id, body.sessions[0].candidates[0].id];
    const conflicts = `/api/exam/exams/${examId}/interviewer-conflicts`;
    const badConflict = await officer.post(conflicts, { interviewerId: 'x', applicationId: candidate, reason: '' });
    expect([badConflict.status, badConflict.body.errors.map((e: { field: string }) => e.field).sort()]).toEqual([
      400,
      ['interviewerId', 'reason'],
    ]);
    expect(badConflict.body.errors.find((e: { field: string }) => e.field === 'interviewerId')).toMatchObject({
      code: 'VALIDATION.ID',
      messages: [expect.stringContaining('면접위원')],
    });
    const unknownApplication = await officer.post(conflicts, { interviewerId: barred, applicationId: randomUUID(), reason: '모르는 원서' });
    expect([unknownApplication.status, unknownApplication.body.code, unknownApplication.body.field]).toEqual([
      404,
      'EXAM_APPLICATION.NOT_FOUND',
      'applicationId',
    ]);
    const declared = await officer.post(conflicts, { interviewerId: barred, applicationId: candidate, reason: '응시자의 대학 지도교수' });
    expect([declared.status, declared.body.reschedule]).toEqual([201, true]);
    const declaredTwice = await officer.post(conflicts, { interviewerId: barred, applicationId: candidate, reason: '다시' });
    expect([declaredTwice.status, declaredTwice.body.code]).toEqual([409, 'INTERVIEW.CONFLICT_DECLARED']);
    expect((await officer.get(conflicts)).body).toEqual([
      expect.objectContaining({ interviewerId: barred, applicationId: candidate, reason: '응시자의 대학 지도교수' }),
    ]);
    expect(
      (
        await officer.post(`/api/exam/exams/${examId}/interview-schedule`, {
          startsOn: '2031-05-12',
          times: ['09:30', '13:30'],
          panels: 2,
          perSession: 3,
          panelSize: 3,
        })
      ).status,
    ).toBe(200);
    body = (await officer.get(`/api/exam/exams/${examId}/interviews`)).body;
    const candidateSession = body.sessions.find((s: { candidates: { id: string }[] }) => s.candidates.some((c) => c.id === candidate));
    expect(candidateSession.panel.map((p: { id: string }) => p.id)).not.toContain(barred);

    // Each candidate finds their own slot on their application, but only once the written results are out.
    const sessionOfA = body.sessions.find((s: { candidates: { id: string }[] }) => s.candidates.some((c) => c.id === ids.a));
    expect((await people.a.get(`/api/exam/applications/${ids.a}`)).body.interview).toEqual({
      heldOn: sessionOfA.heldOn,
      startsAt: sessionOfA.startsAt,
      room: sessionOfA.room,
    });
    expect((await people.c.get(`/api/exam/applications/${ids.c}`)).body.interview).toBeNull();
    const interviewTicket = await people.a.raw(`/api/exam/applications/${ids.a}/interview-ticket`);
    expect([interviewTicket.status, interviewTicket.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(
      Buffer.from(await interviewTicket.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await people.b.get(`/api/exam/applications/${ids.a}/interview-ticket`)).status).toBe(404);
    await stack.query(
      'examination',
      `UPDATE examination.publication SET publish_at = publish_at + interval '10 days' WHERE exam_id = $1 AND stage = 'written'`,
      [examId],
    );
    expect((await people.a.get(`/api/exam/applications/${ids.a}`)).body.interview).toBeNull();
    const notYet = await people.a.get(`/api/exam/applications/${ids.a}/interview-ticket`);
    expect([notYet.status, notYet.body.code]).toEqual([409, 'INTERVIEW.TICKET_NOT_READY']);
    await stack.query(
      'examination',
      `UPDATE examination.publication SET publish_at = publish_at - interval '10 days' WHERE exam_id = $1 AND stage = 'written'`,
      [examId],
    );
    // Marks: a and g excellent, e average, f poor; b (nursing) average.
    const grade: Record<string, ('high' | 'mid' | 'low')[]> = {
      [ids.a]: ['high', 'high', 'mid'],
      [ids.g]: ['high', 'high', 'high'],
      [ids.e]: ['mid', 'mid', 'high'],
      [ids.f]: ['low', 'low', 'mid'],
      [ids.b]: ['mid', 'high', 'mid'],
    };
    const incomplete = await officer.post(`/api/exam/interview-sessions/${body.sessions[0].id}/marks`, {
      marks: [
        { applicationId: body.sessions[0].candidates[0].id, interviewerId: body.sessions[0].panel[0].id, step: 'interview', mark: 'high' },
      ],
    });
    expect(incomplete.status).toBe(200);
    const unfinished = await officer.post(`/api/exam/exams/${examId}/final-results`, {});
    expect([unfinished.status, unfinished.body.code, unfinished.body.params.candidates]).toEqual([409, 'INTERVIEW.MARKS_MISSING', 1]);
    const strangers = await officer.post(`/api/exam/interview-sessions/${body.sessions[0].id}/marks`, {
      marks: [{ applicationId: ids.c, interviewerId: randomUUID(), step: 'speech', mark: 'high' }],
    });
    expect(strangers.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'marks.0.applicationId',
      'marks.0.interviewerId',
      'marks.0.step',
    ]);
    expect(strangers.body.errors.map((e: { code: string }) => e.code)).toEqual([
      'INTERVIEW.NOT_IN_SESSION',
      'INTERVIEW.NOT_ON_PANEL',
      'INTERVIEW.UNKNOWN_STEP',
    ]);
    expect(strangers.body.errors[2].params).toEqual({ steps: ['interview'] });
    for (const session of body.sessions) {
      const marks = session.candidates.flatMap((c: { id: string }) =>
        session.panel.map((p: { id: string }, k: number) => ({
          applicationId: c.id,
          interviewerId: p.id,
          step: 'interview',
          mark: grade[c.id][k],
        })),
      );
      expect((await officer.post(`/api/exam/interview-sessions/${session.id}/marks`, { marks })).status).toBe(200);
    }
    // Once marking has started, no more declarations (the panels are fixed).
    const lateConflict = await officer.post(conflicts, { interviewerId: barred, applicationId: ids.b, reason: '늦은 신고' });
    expect([lateConflict.status, lateConflict.body.code]).toEqual([409, 'INTERVIEW.CONFLICTS_CLOSED']);
    const decided = await officer.post(`/api/exam/exams/${examId}/final-results`, {});
    expect(decided.body).toEqual([
      { positionId: admin, openings: 2, interviewed: 4, passed: 2 },
      { positionId: nursing, openings: 1, interviewed: 1, passed: 1 },
    ]);
    // The pipeline of the officer's overview: each step no more than the one before, the final passes counted.
    const pipeline = await officer.get(`/api/exam/exams/${examId}/pipeline`);
    expect(pipeline.status).toBe(200);
    expect(pipeline.body.positions.map((p: { positionId: string; passed: number }) => [p.positionId, p.passed])).toEqual([
      [admin, 2],
      [nursing, 1],
    ]);
    for (const steps of [pipeline.body.total, ...pipeline.body.positions])
      expect(steps.applied >= steps.paid && steps.paid >= steps.sat && steps.sat >= steps.passed).toBe(true);
    expect(pipeline.body.total).toMatchObject({ paid: 9, sat: 6, passed: 3 }); // paid counts the refunded too; one candidate was absent
    const list = await officer.get(`/api/exam/exams/${examId}/pass-list`);
    expect(list.body[0].passed.map((p: { examNumber: string; interviewGrade: string }) => [p.examNumber, p.interviewGrade])).toEqual([
      ['10100001', 'excellent'],
      [(await applicationRow(ids.g)).exam_number, 'excellent'],
    ]);
    const xlsx = await officer.raw(`/api/exam/exams/${examId}/pass-list/export?format=xlsx`);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const csv = Buffer.from(await (await officer.raw(`/api/exam/exams/${examId}/pass-list/export?format=csv`)).arrayBuffer());
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.toString('utf8')).toContain('일반행정 9급');
    // Final results, published at once, for the applicant to see.
    expect(
      (await officer.post(`/api/exam/exams/${examId}/publications`, { stage: 'final', publishAt: new Date().toISOString() })).status,
    ).toBe(201);
    expect((await people.g.get(`/api/exam/results/${examId}`)).body).toMatchObject({
      written: { result: 'pass' },
      final: { published: true, result: 'pass' },
    });
    expect((await people.f.get(`/api/exam/results/${examId}`)).body.final.result).toBe('fail');
    expect((await people.g.get(`/api/exam/applications/${ids.g}`)).body.outcome).toEqual({ stage: 'final', result: 'pass' });
    expect((await people.f.get(`/api/exam/applications/${ids.f}`)).body.outcome).toEqual({ stage: 'final', result: 'fail' });
  });

  it('counts applicants and paid fees per position from its own events', async () => {
    const counts = await eventually(
      async () => {
        const exam = (await officer.get(`/api/exam/exams/${examId}`)).body;
        const [p1, p2] = exam.positions;
        return p1.applicants === 4 && p1.paid === 4 && p2.applicants === 3 && p2.paid === 3 ? exam.positions : undefined;
      },
      { what: 'position counts' },
    );
    expect(counts.map((p: { competitionRatio: number }) => p.competitionRatio)).toEqual([2, 3]);
  });
});

describe('an exam without a fee', () => {
  it('completes the application as submitted, its fee-paid event after the submitted one', async () => {
    const exam = await officer.post('/api/exam/exams', openExamBody(7, { fees: [{ grade: 9, amount: 0 }] }));
    const position = (
      await officer.post(`/api/exam/exams/${exam.body.id}/positions`, {
        jobSeries: 'general_admin',
        jobSeriesKo: '일반행정',
        grade: 9,
        openings: 1,
      })
    ).body.positions[0];
    expect(position.fee).toBe('0');
    const applied = await submit(applicantClient(stack.gatewayUrl), applicationBody(exam.body.id, position.id));
    expect(applied.body).toMatchObject({ status: 'paid', feeAmount: '0', paymentRef: 'no-fee' });
    const events = await stack.query(
      'examination',
      "SELECT type, envelope->'payload'->>'amount' AS amount FROM examination.outbox WHERE key = $1 ORDER BY seq",
      [applied.body.id],
    );
    expect(events).toEqual([
      { type: 'examination.application.submitted', amount: null },
      { type: 'examination.fee.paid', amount: '0' },
    ]);
  });
});

describe('an applicant found ineligible', () => {
  it(
    'is cancelled by the officer with the reason, ' + 'refunded in full only when the officer says so, and left out of exam numbers',
    async () => {
      const exam = (await officer.post('/api/exam/exams', openExamBody(8))).body;
      const position = (
        await officer.post(`/api/exam/exams/${exam.id}/positions`, {
          jobSeries: 'general_admin',
          jobSeriesKo: '일반행정',
          grade: 9,
          openings: 2,
        })
      ).body.positions[0];
      const [refunded, kept, eligible] = [
        applicantClient(stack.gatewayUrl),
        applicantClient(stack.gatewayUrl),
        applicantClient(stack.gatewayUrl),
      ];
      const ids = [
        await applyAndPay(refunded, exam.id, position.id),
        await applyAndPay(kept, exam.id, position.id),
        await applyAndPay(eligible, exam.id, position.id),
      ];

      // Bad input names its fields and changes nothing; applicants cannot do it.
      const bad = await officer.post(`/api/exam/applications/${ids[0]}/ineligible`, { reason: '', refundInFull: 'yes', examNumber: '1' });
      expect([bad.status, bad.body.errors.map((e: { field: string }) => e.field).sort()]).toEqual([
        400,
        ['examNumber', 'reason', 'refundInFull'],
      ]);
      expect(bad.body.errors.find((e: { field: string }) => e.field === 'reason')).toMatchObject({
        code: 'VALIDATION.REQUIRED',
        messages: ['응시자격 미달 사유를 적으세요 / reason must say why the applicant is ineligible'],
      });
      expect(bad.body.errors.find((e: { field: string }) => e.field === 'refundInFull')).toMatchObject({ code: 'VALIDATION.BOOLEAN' });
      expect((await applicationRow(ids[0])).status).toBe('paid');
      expect((await refunded.post(`/api/exam/applications/${ids[0]}/ineligible`, { reason: '본인 취소 시도' })).status).toBe(403);

      // Refunded in full at the officer's word (the institute's own error): the event says why.
      const first = await officer.post(`/api/exam/applications/${ids[0]}/ineligible`, {
        reason: '거주지 요건 미충족 (서울 외 거주) — 접수 안내 오류',
        refundInFull: true,
      });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({
        status: 'cancelled',
        cancelReason: 'ineligible',
        cancelNote: '거주지 요건 미충족 (서울 외 거주) — 접수 안내 오류',
        refundAmount: '5000',
      });
      expect((await outbox('examination.application.cancelled', ids[0]))[0].payload).toMatchObject({ reason: 'ineligible' });
      const [refund] = await eventually(
        async () => {
          const found = await outbox('examination.fee.refunded', ids[0]);
          return found.length ? found : undefined;
        },
        { what: 'the full refund' },
      );
      expect(refund.payload).toMatchObject({ amount: '5000', reason: 'ineligible_refunded_in_full' });
      // The applicant reads the reason on their own application; a second cancellation is refused.
      expect((await refunded.get(`/api/exam/applications/${ids[0]}`)).body).toMatchObject({
        status: 'cancelled',
        cancelNote: expect.stringContaining('거주지 요건'),
      });
      const twice = await officer.post(`/api/exam/applications/${ids[0]}/ineligible`, { reason: '다시' });
      expect([twice.status, twice.body.code, twice.body.message]).toEqual([
        409,
        'EXAM_APPLICATION.CANCELLED',
        '이미 취소된 원서입니다 / the application is already cancelled',
      ]);

      // Without a refund the fee is kept: no refund event.
      const second = await officer.post(`/api/exam/applications/${ids[1]}/ineligible`, { reason: '응시연령 미달' });
      expect(second.body).toMatchObject({ status: 'cancelled', refundAmount: '0' });
      await sleep(500);
      expect(await outbox('examination.fee.refunded', ids[1])).toEqual([]);

      // Exam numbers go to the eligible one only.
      expect(
        (
          await officer.request('PATCH', `/api/exam/exams/${exam.id}`, {
            applicationClosesAt: new Date(Date.now() - 1000).toISOString(),
            cancellationClosesAt: new Date(Date.now() - 500).toISOString(),
          })
        ).status,
      ).toBe(200);
      expect((await officer.post(`/api/exam/exams/${exam.id}/exam-numbers`, {})).body).toEqual({ assigned: 1 });
      expect((await applicationRow(ids[2])).exam_number).not.toBeNull();
      expect((await applicationRow(ids[0])).exam_number).toBeNull();
    },
  );
});

describe('career recruitment', () => {
  it("keeps 4-2's career recruitment plan per quarter as the source gives it, and sets the career exams held against it", async () => {
    const rows = (
      seoulHrd2022.work_report.programs.find((p) => p.id === '4-2') as unknown as {
        quarterly_plan: { rows: { metric: string; total: number; q1: number; q2: number; q3: number; q4: number }[] };
      }
    ).quarterly_plan.rows;
    const printed = (metric: string) => rows.find((r) => r.metric === metric)!;
    const quarters = (metric: string) => (['q1', 'q2', 'q3', 'q4'] as const).map((q) => printed(metric)[q]);
    const report = async (fiscalYear: number) => {
      const { status, body } = await officer.get(`/api/exam/recruitment-plan?fiscalYear=${fiscalYear}&kind=career`);
      expect(status).toBe(200);
      return body;
    };
    const plan2022 = await report(2022);
    expect(plan2022).toMatchObject({
      hasPlan: true,
      planned: { selections: quarters('selections'), rounds: quarters('rounds') },
      plannedTotal: { selections: printed('selections').total, rounds: printed('rounds').total },
    });

    // A career exam of this run's own year counts in the quarter of its result day.
    const year = 2040 + Math.floor(Math.random() * 60);
    const before = await report(year);
    expect(before.hasPlan).toBe(false);
    const body = openExamBody(1, {
      kind: 'career',
      year,
      writtenExamOn: undefined,
      titleKo: `${year}년도 제1회 경력경쟁`,
      selectionPlanned: 2,
    });
    expect((await officer.post('/api/exam/exams', body)).status).toBe(201);
    const quarter = Math.floor((Number((body.resultOn as string).slice(5, 7)) - 1) / 3);
    const after = await report(year);
    const delta = (a: number[], b: number[]) => a.map((n, q) => n - b[q]);
    const expected = [0, 1, 2, 3].map((q) => (q === quarter ? 1 : 0));
    expect(delta(after.held.rounds, before.held.rounds)).toEqual(expected);
    expect(delta(after.held.announced, before.held.announced)).toEqual(expected.map((n) => n * 2));
    expect(after.held.selected).toEqual(before.held.selected);
  });

  it('screens documents, then interviews in three steps by a panel from the pool, and decides the pass list', async () => {
    const exam = await officer.post(
      '/api/exam/exams',
      openExamBody(1, { kind: 'career', writtenExamOn: undefined, titleKo: '2031년도 제1회 경력경쟁 (임기제)', selectionPlanned: 1 }),
    );
    expect(exam.status).toBe(201);
    const examId = exam.body.id;
    const position = (
      await officer.post(`/api/exam/exams/${examId}/positions`, {
        jobSeries: 'policy_specialist',
        jobSeriesKo: '정책전문관(임기제)',
        grade: 5,
        openings: 1,
      })
    ).body.positions[0];
    expect(position.fee).toBe('10000');
    const applicants = [applicantClient(stack.gatewayUrl), applicantClient(stack.gatewayUrl), applicantClient(stack.gatewayUrl)];
    const ids: string[] = [];
    for (const a of applicants) ids.push(await applyAndPay(a, examId, position.id, { birthDate: '1985-09-09' }));
    const now = Date.now();
    await officer.request('PATCH', `/api/exam/exams/${examId}`, {
      applicationClosesAt: new Date(now - 2000).toISOString(),
      cancellationClosesAt: new Date(now - 1000).toISOString(),
    });
    expect((await officer.post(`/api/exam/exams/${examId}/exam-numbers`, {})).body).toEqual({ assigned: 3 });
    const unscreened = await officer.post(`/api/exam/exams/${examId}/interview-schedule`, {
      startsOn: '2031-03-03',
      times: ['10:00'],
      panels: 1,
      perSession: 5,
    });
    expect([unscreened.status, unscreened.body.code, unscreened.body.params]).toEqual([
      409,
      'INTERVIEW.PREVIOUS_STAGE_OPEN',
      { stage: 'document_screening' },
    ]);
    const strangerScreened = await officer.post(`/api/exam/exams/${examId}/document-screening`, {
      decisions: [{ applicationId: randomUUID(), result: 'pass' }],
    });
    expect([strangerScreened.status, strangerScreened.body.code, strangerScreened.body.field]).toEqual([
      400,
      'DOCUMENT_SCREENING.UNKNOWN_CANDIDATE',
      'decisions',
    ]);
    const screened = await officer.post(`/api/exam/exams/${examId}/document-screening`, {
      decisions: [
        { applicationId: ids[0], result: 'pass' },
        { applicationId: ids[1], result: 'pass' },
        { applicationId: ids[2], result: 'fail' },
      ],
    });
    expect(screened.body).toEqual({ screened: 3, passed: 2 });
    const scheduled = await officer.post(`/api/exam/exams/${examId}/interview-schedule`, {
      startsOn: '2031-03-03',
      times: ['10:00'],
      panels: 1,
      perSession: 5,
      panelSize: 3,
    });
    expect(scheduled.body).toMatchObject({ sessions: 1, candidates: 2, days: ['2031-03-03'] });
    const { body } = await officer.get(`/api/exam/exams/${examId}/interviews`);
    expect(body.steps).toEqual(['job_task_report', 'group_discussion', 'individual_interview']);
    const [session] = body.sessions;
    const marks = session.candidates.flatMap((c: { id: string }) =>
      body.steps.flatMap((step: string) =>
        session.panel.map((p: { id: string }, k: number) => ({
          applicationId: c.id,
          interviewerId: p.id,
          step,
          mark: c.id === ids[0] ? 'high' : k === 0 ? 'high' : 'mid',
        })),
      ),
    );
    expect((await officer.post(`/api/exam/interview-sessions/${session.id}/marks`, { marks })).body).toEqual({ recorded: 18 });
    expect((await officer.post(`/api/exam/exams/${examId}/final-results`, {})).body).toEqual([
      { positionId: position.id, openings: 1, interviewed: 2, passed: 1 },
    ]);
    expect((await officer.get(`/api/exam/exams/${examId}/pass-list`)).body[0].passed).toEqual([
      expect.objectContaining({ interviewGrade: 'excellent', writtenTotal: null }),
    ]);
    const written = await officer.post(`/api/exam/exams/${examId}/publications`, { stage: 'written', publishAt: new Date().toISOString() });
    expect([written.status, written.body.code]).toEqual([409, 'PUBLICATION.NO_WRITTEN_STAGE']);
    expect(
      (await officer.post(`/api/exam/exams/${examId}/publications`, { stage: 'final', publishAt: new Date().toISOString() })).status,
    ).toBe(201);
    expect((await applicants[0].get(`/api/exam/results/${examId}`)).body.final).toMatchObject({ published: true, result: 'pass' });
    expect((await applicants[2].get(`/api/exam/results/${examId}`)).body.final).toMatchObject({ published: true, result: 'fail' });
    const held = await officer.post(`/api/exam/exams/${examId}/sittings`, { stage: 'interview', heldOn: '2031-03-03', cost: 450_000 });
    expect(held.body).toMatchObject({ stage: 'interview', candidates: 2, cost: '450000' });
  });
});

describe('competency assessments', () => {
  it("keeps 4-3's plan per grade and quarter as the source gives it, and sets the rounds held against it", async () => {
    type Cell = { rounds: number | null; candidates: number | null; printed?: string };
    const source = (
      seoulHrd2022.work_report.programs.find((p) => p.id === '4-3') as unknown as {
        assessment: { quarterly_plan: { rows: (Record<string, unknown> & { metric: string; grade?: number })[] } };
      }
    ).assessment.quarterly_plan.rows.filter((r) => r.metric === 'rounds_and_candidates');
    const printed = (grade: number) => source.find((r) => r.grade === grade)!;
    const plan = async (fiscalYear: number) => {
      const { status, body } = await officer.get(`/api/exam/assessment-plan?fiscalYear=${fiscalYear}`);
      expect(status).toBe(200);
      return body.grades as {
        grade: number;
        planned: ({ rounds: number | null; candidates: number | null; noteKo: string | null } | null)[];
        unplaced: { rounds: number; candidates: number }[];
        plannedTotal: { rounds: number; candidates: number };
        held: { rounds: number[]; candidates: number[] };
      }[];
    };
    const [grade5, grade4] = await plan(2022);
    expect([grade5.grade, grade4.grade]).toEqual([5, 4]);
    expect(grade4.planned.map((c) => c && [c.rounds, c.candidates, c.noteKo])).toEqual(
      ['q1', 'q2', 'q3', 'q4'].map((q) => {
        const cell = printed(4)[q] as Cell;
        return [cell.rounds, cell.candidates, cell.rounds === null ? cell.printed : null];
      }),
    );
    expect(grade4.plannedTotal).toEqual(printed(4).total);
    // Grade 5's two surviving cells have no recoverable quarter: kept as given, in the year only.
    expect(grade5.planned).toEqual([null, null, null, null]);
    expect(grade5.unplaced.map((c) => ({ rounds: c.rounds, candidates: c.candidates }))).toEqual(printed(5).quarter_cells_in_order);
    expect(grade5.plannedTotal).toEqual(printed(5).total);

    // A grade-5 round held in the third quarter, with one candidate, counts there.
    const heldOf = async (fiscalYear: number, grade: number) =>
      (await plan(fiscalYear)).find((g) => g.grade === grade)?.held ?? { rounds: [0, 0, 0, 0], candidates: [0, 0, 0, 0] };
    // A year and round of this run's own.
    const year = 2040 + Math.floor(Math.random() * 60);
    const before = await heldOf(year, 5);
    const round = await officer.post('/api/exam/assessment-rounds', {
      targetGrade: 5,
      year,
      roundNo: 1 + Math.floor(Math.random() * 99),
      heldOn: `${year}-08-18`,
      passThreshold: 300,
    });
    expect(round.status).toBe(201);
    const candidate = await officer.post(`/api/exam/assessment-rounds/${round.body.id}/candidates`, {
      employeeNo: `S${year}-${randomUUID().slice(0, 5)}`,
      nameKo: '한평가',
      agencyCode: 'MAPO-GU',
    });
    expect(candidate.status).toBe(201);
    const after = await heldOf(year, 5);
    expect(after.rounds.map((n, q) => n - before.rounds[q])).toEqual([0, 0, 1, 0]);
    expect(after.candidates.map((n, q) => n - before.candidates[q])).toEqual([0, 0, 1, 0]);
  });

  it('assesses grade-4 candidates with the source model, assessors free of conflicts, and a feedback report', async () => {
    const models = (await officer.get('/api/exam/assessment-models')).body;
    expect(models.find((m: { grade: number }) => m.grade === 4).competencies).toHaveLength(6);
    // The preparatory course, as curriculum announces its cohorts.
    const prepCohortId = randomUUID();
    await publishCohort(prepCohortId, {
      courseCode: 'ASSESSMENT-PREP',
      courseNameKo: '역량평가 이해과정',
      startDate: '2031-04-06',
      endDate: '2031-04-08',
    });
    const round = await officer.post('/api/exam/assessment-rounds', {
      targetGrade: 4,
      year: 2031,
      roundNo: 1,
      heldOn: '2031-05-20',
      passThreshold: 300,
      prepCohortId,
    });
    expect(round.status).toBe(201);
    expect(round.body.techniques.map((t: { ko: string }) => t.ko)).toEqual(['서류함', '1:1역할수행', '1:2역할수행']);
    const roundId = round.body.id;
    const trainee = await anonymous.signIn('seoul-hrd', 'trainee@seoul-hrd.example', PASSWORD);
    const traineeId = (await trainee.get('/api/me')).body.id;
    const e1 = await officer.post(`/api/exam/assessment-rounds/${roundId}/candidates`, {
      employeeNo: 'S2011-00001',
      nameKo: '정교육생',
      agencyCode: 'MAPO-GU',
      userId: traineeId,
    });
    const e2 = await officer.post(`/api/exam/assessment-rounds/${roundId}/candidates`, {
      employeeNo: 'S2011-00002',
      nameKo: '문승진',
      agencyCode: 'GANGNAM-GU',
    });
    expect([e1.status, e2.status]).toEqual([201, 201]);
    const again = await officer.post(`/api/exam/assessment-rounds/${roundId}/candidates`, {
      employeeNo: 'S2011-00002',
      nameKo: '문승진',
      agencyCode: 'GANGNAM-GU',
    });
    expect([again.status, again.body.code, again.body.field]).toEqual([409, 'ASSESSMENT_CANDIDATE.ALREADY_IN_ROUND', 'employeeNo']);
    // Two more assessors beside the three demo ones; one declares a conflict with E2.
    const extra = [applicantClient(stack.gatewayUrl), applicantClient(stack.gatewayUrl)].map((c) => c.userId);
    const assessors = [];
    for (const [k, userId] of extra.entries())
      assessors.push(
        (await officer.post('/api/exam/assessors', { userId, nameKo: `평가위원${k}`, agencyCode: k === 0 ? 'GANGNAM-GU' : undefined }))
          .body,
      );
    const planner = (await officer.get('/api/exam/assessors')).body.find((a: { agencyCode: string }) => a.agencyCode === 'SEOUL-PLANNING');
    await officer.post(`/api/exam/assessors/${planner.id}/conflicts`, { employeeNo: 'S2011-00002', reason: '전 소속 부서장' });
    expect((await officer.post(`/api/exam/assessment-rounds/${roundId}/assignments`, {})).status).toBe(200);
    const assignments = await stack.query(
      'examination',
      `SELECT a.candidate_id, a.technique, s.agency_code, s.id AS assessor_id, ` +
        `s.user_id FROM examination.assessment_assignment a JOIN examination.assessor s ` +
        `ON s.id = a.assessor_id WHERE a.round_id = $1`,
      [roundId],
    );
    expect(assignments).toHaveLength(2 * 3 * 2);
    expect(assignments.filter((a) => a.candidate_id === e1.body.id).some((a) => a.agency_code === 'MAPO-GU')).toBe(false);
    expect(
      assignments.filter((a) => a.candidate_id === e2.body.id).some((a) => a.agency_code === 'GANGNAM-GU' || a.assessor_id === planner.id),
    ).toBe(false);
    // Each assessor rates what is assigned to them: E1 well, E2 poorly.
    const tokens = new Map<string, ApiClient>();
    const assessorClient = (userId: string) => tokens.get(userId) ?? tokens.set(userId, assessorClientFor(userId)).get(userId)!;
    const competencies = round.body.competencies.map((c: { code: string }) => c.code);
    const rate = (userId: string, candidateId: string, technique: string, score: number, list = competencies) =>
      assessorClient(userId).request('PUT', '/api/exam/assessments/ratings', {
        candidateId,
        technique,
        ratings: list.map((competency: string) => ({ competency, score, comment: `${competency} 관찰 의견` })),
      });
    const first = assignments[0];
    const partial = await rate(first.user_id, first.candidate_id, first.technique, 4, competencies.slice(1));
    expect(partial.status).toBe(400);
    expect(partial.body.errors).toEqual([
      expect.objectContaining({
        field: 'ratings',
        code: 'ASSESSMENT_RATING.EACH_COMPETENCY_ONCE',
        params: { missing: [competencies[0]], unknown: [] },
      }),
    ]);
    const stranger = assignments.find(
      (a) =>
        a.candidate_id !== first.candidate_id &&
        !assignments.some((b) => b.user_id === a.user_id && b.candidate_id === first.candidate_id && b.technique === first.technique),
    )!;
    const notAssigned = await rate(stranger.user_id, first.candidate_id, first.technique, 4);
    expect([notAssigned.status, notAssigned.body.code]).toEqual([403, 'ASSESSOR.NOT_ASSIGNED']);
    const mine = await assessorClient(first.user_id).get('/api/exam/assessments/assignments/mine');
    expect(mine.body[0]).toMatchObject({ candidateCode: expect.stringMatching(/^C-/), competencies: expect.any(Array) });
    expect(JSON.stringify(mine.body)).not.toContain('정교육생');
    for (const a of assignments.slice(0, -1))
      expect((await rate(a.user_id, a.candidate_id, a.technique, a.candidate_id === e1.body.id ? 4 : 2)).status).toBe(200);
    const early = await officer.post(`/api/exam/assessment-rounds/${roundId}/consolidation`, {});
    expect([early.status, early.body.code, early.body.params]).toEqual([
      409,
      'ASSESSMENT_ROUND.RATINGS_MISSING',
      { missing: competencies.length },
    ]);
    const last = assignments[assignments.length - 1];
    await rate(last.user_id, last.candidate_id, last.technique, last.candidate_id === e1.body.id ? 4 : 2);
    const consolidated = await officer.post(`/api/exam/assessment-rounds/${roundId}/consolidation`, {});
    expect(consolidated.body).toEqual({ candidates: 2, passed: 1 });
    const [completed] = await outbox('examination.assessment.completed', roundId);
    expect(completed.payload).toEqual({ roundId, targetGrade: 4, completedOn: expect.any(String), candidates: 2, passed: 1 });
    // The candidate reads their own report; nobody else does.
    const reports = (await trainee.get('/api/exam/assessment-feedback/mine')).body;
    const report = reports.find((r: { round: { id: string } }) => r.round.id === roundId);
    expect(report).toMatchObject({
      passed: true,
      overall: 400,
      passThreshold: 300,
      attempt: 1,
      attemptsLeft: 0,
      preparatoryCourse: { cohortId: prepCohortId, courseNameKo: '역량평가 이해과정', startDate: '2031-04-06' },
    });
    expect(report.competencies).toHaveLength(6);
    expect(report.comments.length).toBeGreaterThan(0);
    expect(JSON.stringify(report.comments)).not.toMatch(/assessor/i);
    const othersReport = await trainee.get(`/api/exam/assessment-candidates/${e2.body.id}/feedback`);
    expect([othersReport.status, othersReport.body.code]).toEqual([404, 'ASSESSMENT_CANDIDATE.NOT_FOUND']);
    // Curriculum cancels the preparatory cohort: the report says so.
    await publishCurriculumEvent('curriculum.cohort.cancelled', prepCohortId, {
      cohortId: prepCohortId,
      courseId: randomUUID(),
      courseCode: 'ASSESSMENT-PREP',
      startDate: '2031-04-06',
      budgetLineCode: 'ASSESSMENT-PREP',
      reason: '신청 인원 부족',
    });
    await eventually(
      async () => (await trainee.get(`/api/exam/assessment-candidates/${e1.body.id}/feedback`)).body.preparatoryCourse?.cancelled === true,
      { what: 'the cancelled cohort in the report' },
    );
    expect((await officer.get(`/api/exam/assessment-candidates/${e2.body.id}/feedback`)).body).toMatchObject({
      passed: false,
      overall: 200,
    });
    // Retakes: the one who passed does not sit again; the other only while attempts are left.
    const second = (
      await officer.post('/api/exam/assessment-rounds', { targetGrade: 4, year: 2031, roundNo: 2, heldOn: '2031-08-20', maxAttempts: 1 })
    ).body;
    const passedBefore = await officer.post(`/api/exam/assessment-rounds/${second.id}/candidates`, {
      employeeNo: 'S2011-00001',
      nameKo: '정교육생',
      agencyCode: 'MAPO-GU',
    });
    expect([passedBefore.status, passedBefore.body.code, passedBefore.body.params]).toEqual([
      409,
      'ASSESSMENT_CANDIDATE.ALREADY_PASSED',
      { grade: 4 },
    ]);
    const noAttemptsLeft = await officer.post(`/api/exam/assessment-rounds/${second.id}/candidates`, {
      employeeNo: 'S2011-00002',
      nameKo: '문승진',
      agencyCode: 'GANGNAM-GU',
    });
    expect([noAttemptsLeft.status, noAttemptsLeft.body.code, noAttemptsLeft.body.params]).toEqual([
      409,
      'ASSESSMENT_CANDIDATE.ATTEMPTS_USED',
      { max: 1 },
    ]);
    const third = (
      await officer.post('/api/exam/assessment-rounds', { targetGrade: 4, year: 2031, roundNo: 3, heldOn: '2031-11-20', maxAttempts: 3 })
    ).body;
    expect(
      (
        await officer.post(`/api/exam/assessment-rounds/${third.id}/candidates`, {
          employeeNo: 'S2011-00002',
          nameKo: '문승진',
          agencyCode: 'GANGNAM-GU',
        })
      ).body.attempt,
    ).toBe(2);
    // Finance hears that the round was held.
    const held = await officer.post(`/api/exam/assessment-rounds/${roundId}/sitting`, { heldOn: '2031-05-20', cost: 3_800_000 });
    expect(held.body).toMatchObject({ stage: 'assessment', candidates: 2, budgetLineCode: 'ASSESSMENT-OPS' });
  });
});

function uploadScores(examId: string, csv: string) {
  return officer
    .raw(`/api/exam/exams/${examId}/written-scores`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'omr.csv' },
      body: csv,
    })
    .then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
}

async function redisGet(key: string): Promise<string | null> {
  const redis = new Redis(infra().redisUrl);
  try {
    return await redis.get(key);
  } finally {
    redis.disconnect();
  }
}

/** An assessor as the gateway would sign one in; clientAs makes the account the gateway checks the token against. */
function assessorClientFor(userId: string): ApiClient {
  return clientAs(stack.gatewayUrl, { role: 'assessor', tenantId: SEOUL, agencyCode: null, name: '평가위원', userId });
}

/** An event as curriculum sends it, straight onto its topic. */
async function publishCurriculumEvent(type: string, key: string, payload: Record<string, unknown>) {
  const producer = new Kafka({ clientId: 'examination-test', brokers: infra().kafkaBrokers.split(','), logLevel: logLevel.ERROR }).producer(
    { createPartitioner: Partitioners.DefaultPartitioner },
  );
  await producer.connect();
  const envelope = {
    id: randomUUID(),
    type,
    version: 1,
    occurredAt: new Date().toISOString(),
    tenantId: SEOUL,
    source: 'curriculum',
    correlationId: randomUUID(),
    causationId: null,
    payload,
  };
  await producer.send({ topic: stack.topic('curriculum.cohort'), messages: [{ key, value: JSON.stringify(envelope) }] });
  await producer.disconnect();
}

async function publishCohort(cohortId: string, fields: { courseCode: string; courseNameKo: string; startDate: string; endDate: string }) {
  await publishCurriculumEvent('curriculum.cohort.scheduled', cohortId, {
    cohortId,
    courseId: randomUUID(),
    capacity: 50,
    estimatedCost: '0',
    budgetLineCode: 'ASSESSMENT-PREP',
    ...fields,
  });
  await eventually(
    async () =>
      (await stack.query('examination', 'SELECT 1 FROM examination.preparatory_cohort WHERE cohort_id = $1', [cohortId])).length === 1,
    { what: 'the preparatory cohort replica' },
  );
}
