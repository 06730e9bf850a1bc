import { ApiClient, eventually, resetMail, ServiceStack, TestSmtpServer } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { openExamBody } from './helpers';

/**
 * 채용 공고 모아보기 (issue 14, item 1) over the real stack: anyone reads the open exams of every
 * active institute without a code, each under its institute's names; a deactivated institute's exams
 * disappear (and its own list answers as an unknown institute); no person's data is in the answer.
 */
let smtp: TestSmtpServer;
let stack: ServiceStack;
let anonymous: ApiClient;
let operator: ApiClient;
let run: string;
const DEMO_PASSWORD = 'Baeum!2022';
const STRONG = 'Lantern-Walk-4821';

type PortalExam = { id: string; institute: { slug: string; nameKo: string; nameEn: string }; positionsCount: number; openings: number };

beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  stack = await ServiceStack.start({ env: { notification: { SMTP_URL: smtp.url, MAIL_FROM: '배움 Baeum <no-reply@baeum.test>' } } });
  anonymous = new ApiClient(stack.gatewayUrl);
  operator = await anonymous.signIn('platform', 'operator@baeum.example', DEMO_PASSWORD);
  run = `${stack.runId}${randomUUID().slice(0, 4)}`.toLowerCase().replace(/[^a-z0-9]/g, '');
}, 300_000);

afterAll(async () => {
  await stack?.stop();
  await smtp?.stop();
});

/** A new institute by the operator, and its administrator (who runs its exams) signed in by the mailed link. */
async function newInstitute(label: string) {
  const code = `${label}-${run}`;
  const adminEmail = `admin@${code}.example`;
  const made = await operator.post('/api/platform/institutes', {
    code,
    nameKo: `${label} 인재개발원`,
    nameEn: `${label} HRD Institute`,
    adminName: '김개설',
    adminEmail,
  });
  expect(made.status).toBe(201);
  const { token } = await resetMail(smtp, adminEmail);
  expect((await anonymous.post('/api/auth/password-reset/confirm', { token, newPassword: STRONG })).status).toBe(200);
  return { code, id: made.body.institute.id as string, admin: await anonymous.signIn(code, adminEmail, STRONG) };
}

/** An open exam of the institute with two positions (3 and 2 openings); an applicant's name and e-mail are nowhere public. */
async function openExam(admin: ApiClient, roundNo: number) {
  const exam = await admin.post('/api/exam/exams', openExamBody(roundNo, { selectionPlanned: 5 }));
  expect(exam.status).toBe(201);
  for (const [jobSeries, jobSeriesKo, openings] of [
    ['general_admin', '일반행정', 3],
    ['nursing', '간호', 2],
  ] as const) {
    const position = await admin.post(`/api/exam/exams/${exam.body.id}/positions`, { jobSeries, jobSeriesKo, grade: 9, openings });
    expect(position.status).toBe(201);
  }
  return exam.body.id as string;
}

it("lists every active institute's open exams without a code, and hides a deactivated institute's", async () => {
  const [busan, gwangju] = [await newInstitute('busan'), await newInstitute('gwangju')];
  const [busanExam, gwangjuExam] = [await openExam(busan.admin, 1), await openExam(gwangju.admin, 1)];

  // The list is cached for a few seconds: the new exams show within them.
  const portal = await eventually(
    async () => {
      const answer = await anonymous.get('/api/public/exams/open');
      const ids = (answer.body.exams as PortalExam[]).map((e) => e.id);
      return answer.status === 200 && ids.includes(busanExam) && ids.includes(gwangjuExam) && answer.body;
    },
    { timeoutMs: 30_000, what: 'both new exams on the portal' },
  );
  const busanRow = (portal.exams as PortalExam[]).find((e) => e.id === busanExam);
  expect(busanRow).toMatchObject({
    institute: { slug: busan.code, nameKo: 'busan 인재개발원', nameEn: 'busan HRD Institute' },
    titleKo: '2031년도 제1회 시험 (테스트)',
    phase: 'accepting',
    positionsCount: 2,
    openings: 5,
    selectionPlanned: 5,
  });
  expect(portal.institutes.map((i: { slug: string }) => i.slug)).toEqual(expect.arrayContaining([busan.code, gwangju.code]));
  // Nothing of people or of the institutes' internals: no ids of tenants, no e-mail, no counts of applicants.
  const text = JSON.stringify(portal);
  expect(text).not.toContain('@');
  expect(text).not.toContain(busan.id);
  expect(text).not.toMatch(/"(tenantId|applicants|paid|budgetLineCode|email|name)"/);
  // An institute's own list is its code, as the web's /exams/<code>.
  const own = await anonymous.get(`/api/public/exams?tenant=${busan.code}`);
  expect([own.status, own.body.exams.map((e: { id: string }) => e.id)]).toEqual([200, [busanExam]]);

  // Deactivated, gwangju's exams leave the portal and its own list answers as an unknown institute.
  expect((await operator.post(`/api/platform/institutes/${gwangju.id}/deactivate`, {})).status).toBe(200);
  const after = await anonymous.get('/api/public/exams/open');
  const ids = (after.body.exams as PortalExam[]).map((e) => e.id);
  expect(ids).toContain(busanExam);
  expect(ids).not.toContain(gwangjuExam);
  expect(after.body.institutes.map((i: { slug: string }) => i.slug)).not.toContain(gwangju.code);
  const hidden = await anonymous.get(`/api/public/exams?tenant=${gwangju.code}`);
  expect([hidden.status, hidden.body.code]).toEqual([404, 'AUTH.INSTITUTE_UNKNOWN']);
  // The platform's own tenant is no institute.
  expect((await anonymous.get('/api/public/exams?tenant=platform')).status).toBe(404);
});

it("takes the officer's notice PDF, gives it to anyone, and refuses what is not a PDF without changing anything", async () => {
  const officer = await anonymous.signIn('seoul-hrd', 'exam@seoul-hrd.example', DEMO_PASSWORD);
  const created = await officer.post(
    '/api/exam/exams',
    openExamBody(90 + Math.floor(Math.random() * 9), { year: 2090 + Math.floor(Math.random() * 9) }),
  );
  expect(created.status).toBe(201);
  const examId = created.body.id as string;
  const put = (content: Buffer, name: string, client: ApiClient = officer) =>
    client.raw(`/api/exam/exams/${examId}/notice`, {
      method: 'PUT',
      body: new Uint8Array(content),
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) },
    });
  const pdf = Buffer.from('%PDF-1.7\n공고문 본문\n%%EOF\n');
  const stored = await put(pdf, '2031년 제1회 공고문.pdf');
  expect(stored.status).toBe(200);
  expect(await stored.json()).toMatchObject({ fileName: '2031년 제1회 공고문.pdf', size: pdf.length });

  // Anyone downloads it from the institute's address; the exam shows it and its subjects are the officer's list.
  const download = await anonymous.raw(`/api/public/exams/seoul-hrd/${examId}/notice`);
  expect([download.status, download.headers.get('content-type')]).toEqual([200, 'application/pdf']);
  expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
  const subjects = await officer.request('PATCH', `/api/exam/exams/${examId}`, { subjects: ['국어', ' 영어 ', '한국사', '국어'] });
  expect([subjects.status, subjects.body.subjects, subjects.body.notice?.fileName]).toEqual([
    200,
    ['국어', '영어', '한국사'],
    '2031년 제1회 공고문.pdf',
  ]);
  const tooMany = await officer.request('PATCH', `/api/exam/exams/${examId}`, {
    subjects: Array.from({ length: 11 }, (_, i) => `과목${i}`),
  });
  expect([tooMany.status, tooMany.body.errors?.[0]?.field]).toEqual([400, 'subjects']);

  // 응시자격 in the announcement's own words, tidied, shown to anyone with the exam; too long is refused beside its field.
  const eligibility = await officer.request('PATCH', `/api/exam/exams/${examId}`, {
    eligibilityKo: '  1. 결격사유가 없는 사람  \n\n\n\n2. 학력 제한 없음 ',
    eligibilityEn: '1. Not disqualified\n2. Any schooling',
  });
  expect([eligibility.status, eligibility.body.eligibilityKo]).toEqual([200, '1. 결격사유가 없는 사람\n\n2. 학력 제한 없음']);
  // (The institute's list is cached for a few seconds.)
  const published = await eventually(
    async () => {
      const exams = (await anonymous.get(`/api/public/exams?tenant=seoul-hrd`)).body.exams as {
        id: string;
        eligibilityKo: string | null;
      }[];
      return exams.find((e) => e.id === examId && e.eligibilityKo);
    },
    { timeoutMs: 30_000, what: "the exam's eligibility on the institute's list" },
  );
  expect(published).toMatchObject({
    eligibilityKo: '1. 결격사유가 없는 사람\n\n2. 학력 제한 없음',
    eligibilityEn: '1. Not disqualified\n2. Any schooling',
  });
  const tooLong = await officer.request('PATCH', `/api/exam/exams/${examId}`, { eligibilityKo: '가'.repeat(2001) });
  expect([tooLong.status, tooLong.body.errors?.[0]?.field]).toEqual([400, 'eligibilityKo']);
  const cleared = await officer.request('PATCH', `/api/exam/exams/${examId}`, { eligibilityEn: ' ' });
  expect([cleared.body.eligibilityKo, cleared.body.eligibilityEn]).toEqual(['1. 결격사유가 없는 사람\n\n2. 학력 제한 없음', null]);

  // A PNG, an empty file, an applicant or another institute's exam: refused with their codes; the notice stays as it was.
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
  const refused = await put(png, 'notice.png');
  expect([refused.status, ((await refused.json()) as { code: string }).code]).toEqual([400, 'EXAM_NOTICE.NOT_PDF']);
  const empty = await put(Buffer.alloc(0), 'empty.pdf');
  expect([empty.status, ((await empty.json()) as { code: string }).code]).toEqual([400, 'EXAM_NOTICE.EMPTY']);
  const busan = await newInstitute('ulsan');
  const foreign = await put(pdf, 'x.pdf', busan.admin);
  expect([foreign.status, ((await foreign.json()) as { code: string }).code]).toEqual([404, 'EXAM.NOT_FOUND']);
  const row = await stack.query('examination', 'SELECT file_name, content FROM examination.exam_notice WHERE exam_id = $1', [examId]);
  expect(row).toHaveLength(1);
  expect([row[0].file_name, Buffer.from(row[0].content).equals(pdf)]).toEqual(['2031년 제1회 공고문.pdf', true]);
  // Not under another institute's address, and none for an exam without one.
  expect((await anonymous.raw(`/api/public/exams/${busan.code}/${examId}/notice`)).status).toBe(404);
  const bare = await officer.post(
    '/api/exam/exams',
    openExamBody(80 + Math.floor(Math.random() * 9), { year: 2080 + Math.floor(Math.random() * 9) }),
  );
  const none = await anonymous.raw(`/api/public/exams/seoul-hrd/${bare.body.id}/notice`);
  expect([none.status, ((await none.json()) as { code: string }).code]).toEqual([404, 'EXAM_NOTICE.NOT_FOUND']);
});
