import { CohortScheduledV1 } from '@baeum/contracts';
import { announcePerson, ApiClient, clientAs, eventually, pdfText, pngImage, ServiceStack, toldInInbox } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { Curriculum, day, enrollmentStack, outboxOf, PASSWORD, SEOUL } from './support';

/**
 * After the seats: attendance (on the page and as an uploaded sheet), completion by the course's
 * rule, certificates anyone can check, anonymous surveys, e-learning progress and LMS completion
 * imports at volume, and the year's results in the shape of the source's table.
 */
let stack: ServiceStack;
let curriculum: Curriculum;
let gateway: ApiClient;
let manager: ApiClient;
let mapoAdmin: ApiClient;
const YEAR = Number(day(0).slice(0, 4));
const INSTRUCTORS = [
  { instructorId: randomUUID(), name: '김강사' },
  { instructorId: randomUUID(), name: '이강사' },
];
const ITEMS = ['overall', 'content', 'usefulness', 'operation', 'environment'];

beforeAll(async () => {
  ({ stack, curriculum, gateway, manager, mapoAdmin } = await enrollmentStack({
    ENROLLMENT_CUTOFF_INTERVAL_MS: '500',
    ENROLLMENT_FILL_INTERVAL_MS: '300',
  }));
});

afterAll(async () => {
  await curriculum?.close();
  await stack?.stop();
});

/** A file download through the gateway: status, headers and bytes. */
async function download(client: ApiClient, path: string) {
  // raw() carries the token, after an invented person's gateway account is made.
  const response = await client.raw(path);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    disposition: response.headers.get('content-disposition') ?? '',
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}
const upload = (client: ApiClient, path: string, name: string, content: string) =>
  client.request('POST', path, content, { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) });

/** Three trainees of Mapo in a cohort that ended today, their attendance recorded. */
let cohort: CohortScheduledV1;
let people: { client: ApiClient; applicationId: string; name: string }[];
let days: string[];

describe('attendance and completion', () => {
  it('records attendance on the sheet and from an uploaded sheet, and refuses a bad sheet whole', async () => {
    cohort = await curriculum.schedule({
      startDate: day(-4),
      endDate: day(0),
      applicationOpens: day(-10),
      applicationCloses: day(0),
      capacity: 10,
      instructors: INSTRUCTORS,
      hours: 21,
    });
    people = [];
    for (const name of ['개근', '결석많음', '지각공결']) {
      const client = clientAs(stack.gatewayUrl, { role: 'trainee', agencyCode: 'MAPO-GU', name });
      const { body } = await client.post('/api/enrollment/applications', { cohortId: cohort.cohortId });
      expect(body.status).toBe('confirmed');
      // Made known to the notification service, so their completion reaches their inbox.
      if (name === '개근')
        await announcePerson(stack, { userId: client.userId, role: 'trainee', name, agencyCode: 'MAPO-GU' }, { linked: true });
      people.push({ client, applicationId: body.id, name });
    }
    const sheet = (await manager.get(`/api/enrollment/cohorts/${cohort.cohortId}/attendance`)).body;
    days = sheet.days;
    expect(days.length).toBeGreaterThanOrEqual(3); // any five days hold at least three weekdays
    const [perfect, absent] = people;
    const entries = [
      ...days.map((d) => ({ applicationId: perfect.applicationId, day: d, mark: 'present' })),
      ...days.map((d, i) => ({ applicationId: absent.applicationId, day: d, mark: i === 0 ? 'present' : 'absent' })),
    ];
    expect((await manager.request('PUT', `/api/enrollment/cohorts/${cohort.cohortId}/attendance`, { entries })).status).toBe(200);

    // The third trainee's marks come from the sheet the page exports, filled in and uploaded.
    const header = ['신청번호 (application id)', '성명 (name)', '기관 (agency)', ...days].join(',');
    const marks = days.map((_, i) => ['지각', '공결', '출석'][i % 3]);
    const good = `\uFEFF${header}\r\n${people[2].applicationId},지각공결,MAPO-GU,${marks.join(',')}\r\n`;
    const bad = `${header},${day(1)}\r\n${people[2].applicationId},지각공결,MAPO-GU,졸음${',출석'.repeat(days.length)}\r\nnobody,,\r\n`;
    const refused = await upload(manager, `/api/enrollment/cohorts/${cohort.cohortId}/attendance/import`, '출석부.csv', bad);
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual([
      `line 1, column ${days.length + 4}`,
      'line 2, column 4',
      'line 3',
    ]);
    expect(refused.body.errors.map((e: { code: string; params: object }) => [e.code, e.params])).toEqual([
      ['ATTENDANCE.NOT_A_TRAINING_DAY', { line: 1, column: days.length + 4, day: day(1) }],
      ['SHEET.UNKNOWN_MARK', { line: 2, column: 4, value: '졸음' }],
      ['ATTENDANCE.NOT_ON_ROSTER', { line: 3, applicationId: 'nobody' }],
    ]);
    const notASheet = await upload(manager, `/api/enrollment/cohorts/${cohort.cohortId}/attendance/import`, '출석부.pdf', 'x');
    expect([notASheet.status, notASheet.body.errors]).toEqual([
      400,
      [{ field: 'file', code: 'SHEET.FILE_TYPE', params: { accepted: ['xlsx', 'csv'] }, messages: [expect.any(String)] }],
    ]);
    expect(
      (
        await stack.query('enrollment', 'SELECT count(*)::int AS n FROM enrollment.attendance WHERE application_id = $1', [
          people[2].applicationId,
        ])
      )[0].n,
    ).toBe(0);
    expect((await upload(manager, `/api/enrollment/cohorts/${cohort.cohortId}/attendance/import`, '출석부.csv', good)).body).toEqual({
      recorded: days.length,
    });

    const after = (await manager.get(`/api/enrollment/cohorts/${cohort.cohortId}/attendance`)).body;
    expect(after.rows.map((r: { traineeName: string; attendancePercent: number }) => [r.traineeName, r.attendancePercent])).toEqual([
      ['개근', 100],
      ['결석많음', Math.floor(100 / days.length)],
      ['지각공결', 100],
    ]);
    // Attendance of a day yet to come, or of someone not in the cohort, is refused.
    const future = await manager.request('PUT', `/api/enrollment/cohorts/${cohort.cohortId}/attendance`, {
      entries: [
        { applicationId: randomUUID(), day: days[0], mark: 'present' },
        { applicationId: perfect.applicationId, day: day(1), mark: 'present' },
      ],
    });
    expect(future.body.errors.map((e: { field: string }) => e.field)).toEqual(['entries[0].applicationId', 'entries[1].day']);
    expect(future.body.errors.map((e: { code: string }) => e.code)).toEqual(['ATTENDANCE.NOT_ON_ROSTER', 'ATTENDANCE.NOT_A_TRAINING_DAY']);
    expect(future.body.errors[1].params).toEqual({ day: day(1) });
    const exported = await download(manager, `/api/enrollment/cohorts/${cohort.cohortId}/attendance/export?format=csv`);
    expect(exported.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(exported.bytes.toString('utf8')).toContain('출석');
    const xlsx = await download(manager, `/api/enrollment/cohorts/${cohort.cohortId}/roster/export`);
    expect([xlsx.status, xlsx.bytes.subarray(0, 2).toString()]).toEqual([200, 'PK']);
    expect(decodeURIComponent(xlsx.disposition)).toContain('명단_LEADERSHIP');
  });

  it("completes who meets the course's rule, once, with an event, a certificate and a code anyone can check", async () => {
    const result = await manager.post(`/api/enrollment/cohorts/${cohort.cohortId}/completion`, {});
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ completed: 2, notCompleted: 1 });
    const again = await manager.post(`/api/enrollment/cohorts/${cohort.cohortId}/completion`, {});
    expect(again.body).toMatchObject({ completed: 0, notCompleted: 1 });
    const events = await outboxOf(stack, cohort.cohortId, 'enrollment.trainee.completed');
    expect(events.map((e) => e.payload.applicationId).sort()).toEqual([people[0].applicationId, people[2].applicationId].sort());
    expect(events[0].payload).toMatchObject({
      courseId: cohort.courseId,
      completedOn: day(0),
      attendancePercent: 100,
      certificateNo: expect.stringMatching(/^\d{4}-\d{6}$/),
    });

    const [perfect, absent, mixed] = people;
    expect((await perfect.client.get('/api/enrollment/applications/mine')).body[0]).toMatchObject({
      completionStatus: 'completed',
      surveyDue: true,
      certificateNo: expect.any(String),
    });
    const completed = await toldInInbox(perfect.client, 'enrollment.trainee.completed', '[수료]');
    expect(completed.title).toContain('직위·직급별 리더십 교육');
    expect(completed.body).toContain(`(${cohort.startDate} ~ ${cohort.endDate})`);
    const pdf = await download(perfect.client, `/api/enrollment/certificates/${perfect.applicationId}/pdf`);
    expect([pdf.status, pdf.type, pdf.bytes.subarray(0, 5).toString()]).toEqual([200, 'application/pdf', '%PDF-']);
    expect(decodeURIComponent(pdf.disposition)).toContain('수료증_');
    // The seal is drawn until the institute's administrator uploads one (기관 설정); then the PDF carries that image.
    expect(pdf.bytes.toString('latin1')).not.toMatch(/\/Subtype \/Image/);
    const admin = await gateway.signIn('seoul-hrd', 'admin@seoul-hrd.example', PASSWORD);
    const sealed = await admin.raw('/api/admin/settings/seal', {
      method: 'PUT',
      body: pngImage(300, 300),
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(sealed.status).toBe(200);
    const withSeal = await download(perfect.client, `/api/enrollment/certificates/${perfect.applicationId}/pdf`);
    expect(withSeal.status).toBe(200);
    expect(withSeal.bytes.toString('latin1')).toMatch(/\/Subtype \/Image/);
    expect((await download(mapoAdmin, `/api/enrollment/certificates/${perfect.applicationId}/pdf`)).status).toBe(200);
    const none = await download(absent.client, `/api/enrollment/certificates/${absent.applicationId}/pdf`);
    expect([none.status, JSON.parse(none.bytes.toString('utf8')).code]).toEqual([404, 'CERTIFICATE.NOT_FOUND']);
    expect((await download(mixed.client, `/api/enrollment/certificates/${perfect.applicationId}/pdf`)).status).toBe(404);

    const [{ verification_code: code }] = await stack.query(
      'enrollment',
      'SELECT verification_code FROM enrollment.application WHERE id = $1',
      [perfect.applicationId],
    );
    // The PDF prints the hours and the address its QR code holds: the public page of the web app.
    const text = pdfText(pdf.bytes);
    expect(text).toContain('21시간 (21 hours)');
    const url = text.match(/https?:\/\/\S+\/certificates\/verify\/\S+/)?.[0];
    expect(url).toBe(`${stack.gatewayUrl}/certificates/verify/${code}`);

    // Anyone, without signing in, checks it as the page does: the name masked, the hours, the issuer.
    const anyone = new ApiClient(stack.gatewayUrl);
    expect((await anyone.get(`/api/public/certificates/${code}`)).body).toMatchObject({
      valid: true,
      traineeName: '개*',
      courseNameKo: '직위·직급별 리더십 교육',
      completedOn: day(0),
      hours: 21,
      revokedAt: null,
      institute: expect.stringContaining('서울특별시 인재개발원'),
    });
    // A browser opening the API address (printed on older certificates) is sent to the page.
    const old = await fetch(`${stack.gatewayUrl}/api/public/certificates/${code.toLowerCase()}`, {
      headers: { accept: 'text/html' },
      redirect: 'manual',
    });
    expect([old.status, old.headers.get('location')]).toEqual([303, `/certificates/verify/${code.toLowerCase()}`]);
    const unknown = await anyone.get('/api/public/certificates/AAAA-BBBB-CCCC');
    expect([unknown.status, unknown.body.code]).toEqual([404, 'CERTIFICATE.NOT_FOUND']);
    const nonsense = await anyone.get('/api/public/certificates/nonsense');
    expect([nonsense.status, nonsense.body.code]).toEqual([404, 'CERTIFICATE.NOT_FOUND']);
  });

  it('lets staff revoke a certificate with a reason, once, which its public check and the roster then show', async () => {
    const [perfect, , mixed] = people;
    const [{ verification_code: code }] = await stack.query(
      'enrollment',
      'SELECT verification_code FROM enrollment.application WHERE id = $1',
      [mixed.applicationId],
    );
    const path = `/api/enrollment/certificates/${mixed.applicationId}/revoke`;
    const noReason = await manager.post(path, { reason: '   ' });
    expect([noReason.status, noReason.body.errors?.[0]?.field]).toEqual([400, 'reason']);
    const tooLong = await manager.post(path, { reason: '가'.repeat(301) });
    expect([tooLong.status, tooLong.body.errors?.[0]?.code]).toEqual([400, 'VALIDATION.MAX_LENGTH']);
    expect((await mixed.client.post(path, { reason: '본인 취소' })).status).toBe(403);

    const revoked = await manager.post(path, { reason: '출석 기록 정정으로 수료 요건 미충족' });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({
      certificateRevokedAt: expect.any(String),
      certificateRevokeReason: '출석 기록 정정으로 수료 요건 미충족',
    });
    const again = await manager.post(path, { reason: '다시' });
    expect([again.status, again.body.code]).toEqual([409, 'CERTIFICATE.ALREADY_REVOKED']);

    const anyone = new ApiClient(stack.gatewayUrl);
    expect((await anyone.get(`/api/public/certificates/${code}`)).body).toMatchObject({
      valid: false,
      revokedAt: revoked.body.certificateRevokedAt,
      revokeReason: '출석 기록 정정으로 수료 요건 미충족',
      hours: 21,
    });
    const roster = (await manager.get(`/api/enrollment/cohorts/${cohort.cohortId}/roster`)).body;
    expect(roster.applications.find((a: { id: string }) => a.id === mixed.applicationId)).toMatchObject({
      certificateRevokeReason: '출석 기록 정정으로 수료 요건 미충족',
    });
    expect(roster.applications.find((a: { id: string }) => a.id === perfect.applicationId)).toMatchObject({ certificateRevokedAt: null });
    // The trainee's own PDF says so on its face.
    expect(pdfText((await download(mixed.client, `/api/enrollment/certificates/${mixed.applicationId}/pdf`)).bytes)).toContain(
      '취소된 수료증 REVOKED',
    );
  });
});

describe('satisfaction surveys', () => {
  const answers = (score: number, overall = score) => ({
    cohortId: cohort.cohortId,
    items: ITEMS.map((itemCode) => ({ itemCode, score: itemCode === 'overall' ? overall : score })),
    instructors: INSTRUCTORS.map(({ instructorId }, i) => ({ instructorId, score: 5 - i })),
  });

  it('takes each completed trainee’s survey once, anonymously, and refuses incomplete or out-of-range answers', async () => {
    const [perfect, absent, mixed] = people;
    const due = (await perfect.client.get('/api/enrollment/surveys/mine')).body;
    expect(due).toEqual([
      expect.objectContaining({
        cohortId: cohort.cohortId,
        instructors: INSTRUCTORS,
        items: expect.arrayContaining([expect.objectContaining({ code: 'overall', ko: expect.any(String) })]),
      }),
    ]);
    const bad = await perfect.client.post('/api/enrollment/surveys', {
      ...answers(4),
      items: [
        { itemCode: 'overall', score: 6 },
        { itemCode: 'nope', score: 3 },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['items.0.score', 'items.1.itemCode']);
    expect(bad.body.errors[0]).toMatchObject({
      code: 'VALIDATION.MAX',
      params: { max: 5 },
      messages: ['점수는 5점 이하입니다 / score must be at most 5'],
    });
    expect(bad.body.errors[1]).toMatchObject({ code: 'VALIDATION.ONE_OF', params: { values: ITEMS } });
    const missing = await perfect.client.post('/api/enrollment/surveys', {
      ...answers(4),
      items: [{ itemCode: 'overall', score: 4 }],
      instructors: [],
    });
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['items', 'instructors']);
    expect(missing.body.errors.map((e: { code: string; params: object }) => [e.code, e.params])).toEqual([
      ['SURVEY.ITEMS_INCOMPLETE', { missing: ITEMS.slice(1) }],
      ['SURVEY.INSTRUCTORS_INCOMPLETE', { expected: 2 }],
    ]);
    expect((await perfect.client.post('/api/enrollment/surveys', answers(5))).status).toBe(201);
    const twice = await perfect.client.post('/api/enrollment/surveys', answers(5));
    expect([twice.status, twice.body.code]).toEqual([409, 'SURVEY.ALREADY_ANSWERED']);
    expect((await mixed.client.post('/api/enrollment/surveys', answers(4, 3))).status).toBe(201);
    const notCompleted = await absent.client.post('/api/enrollment/surveys', answers(1));
    expect([notCompleted.status, notCompleted.body.code, notCompleted.body.field]).toEqual([
      404,
      'ENROLLMENT_COHORT.NOT_FOUND',
      'cohortId',
    ]);
    expect((await perfect.client.get('/api/enrollment/surveys/mine')).body).toEqual([]);

    const events = await outboxOf(stack, cohort.cohortId, 'enrollment.survey.submitted');
    expect(events).toHaveLength(2);
    expect(JSON.stringify(events)).not.toMatch(new RegExp(`${perfect.applicationId}|traineeId|개근`));
    expect(events[0].payload.instructorScores).toEqual([
      { instructorId: INSTRUCTORS[0].instructorId, score: 5 },
      { instructorId: INSTRUCTORS[1].instructorId, score: 4 },
    ]);

    const results = (await manager.get(`/api/enrollment/surveys/results?year=${YEAR}`)).body;
    // Response means: 5 and (3 + 4·4)/5 = 3.8; the course's score is their mean, 4.4.
    expect(results.courses).toEqual([
      expect.objectContaining({
        courseCode: 'LEADERSHIP',
        responses: 2,
        score: 4.4,
        items: expect.objectContaining({ overall: 4, content: 4.5 }),
      }),
    ]);
    expect(results.instructors).toEqual([
      expect.objectContaining({ name: '김강사', score: 5 }),
      expect.objectContaining({ name: '이강사', score: 4 }),
    ]);
    const forbidden = await mapoAdmin.get(`/api/enrollment/surveys/results?year=${YEAR}`);
    expect([forbidden.status, forbidden.body.code]).toEqual([403, 'FORBIDDEN']);
  });
});

describe('e-learning at volume', () => {
  let learner: ApiClient;
  let learnerApplication: string;
  let elearning: CohortScheduledV1;

  it('enrols a trainee in an always-open course and completes them when their progress reaches the rule', async () => {
    await curriculum.course({ code: 'E-ETHICS', nameKo: '청렴 e-러닝', nameEn: 'Integrity e-learning', fiscalYear: YEAR });
    await curriculum.course({ code: 'E-EXCEL', nameKo: '엑셀 실무', nameEn: 'Excel at work', fiscalYear: YEAR });
    elearning = await curriculum.schedule({
      courseCode: 'E-ETHICS',
      courseNameKo: '청렴 e-러닝',
      courseId: randomUUID(),
      educationType: 'e_learning',
      deliveryMode: 'e_learning',
      startDate: `${YEAR}-01-01`,
      endDate: `${YEAR}-12-31`,
      applicationOpens: undefined,
      applicationCloses: undefined,
      capacity: 5000,
      dailyStartTime: undefined,
      dailyEndTime: undefined,
      completionMinAttendancePercent: 100,
    });
    const userId = randomUUID();
    expect((await mapoAdmin.post('/api/enrollment/trainees', { name: '이러닝', employeeNo: 'MAPO-EL-1', userId })).status).toBe(201);
    learner = clientAs(stack.gatewayUrl, { role: 'trainee', agencyCode: 'MAPO-GU', name: '이러닝', userId });
    // E-learning has no hours: it never clashes with the classroom cohort the trainee also holds.
    expect(
      (
        await learner.post('/api/enrollment/applications', {
          cohortId: (
            await curriculum.schedule({ startDate: day(5), endDate: day(5), courseCode: 'ICT', courseNameKo: '정보통신 집합교육' })
          ).cohortId,
        })
      ).status,
    ).toBe(201);
    const app = (await learner.post('/api/enrollment/applications', { cohortId: elearning.cohortId })).body;
    expect(app.status).toBe('confirmed');
    learnerApplication = app.id;
    expect((await manager.request('PUT', `/api/enrollment/applications/${app.id}/progress`, { percent: 60 })).body).toMatchObject({
      progressPercent: 60,
      completionStatus: null,
    });
    const over = await manager.request('PUT', `/api/enrollment/applications/${app.id}/progress`, { percent: 140 });
    expect([over.status, over.body.errors]).toEqual([
      400,
      [expect.objectContaining({ field: 'percent', code: 'VALIDATION.MAX', params: { max: 100 } })],
    ]);
    const done = await manager.request('PUT', `/api/enrollment/applications/${app.id}/progress`, { percent: 100 });
    expect(done.body).toMatchObject({ completionStatus: 'completed', completedOn: day(0), attendancePercent: 100 });
    expect(await outboxOf(stack, elearning.cohortId, 'enrollment.trainee.completed')).toHaveLength(1);
    expect(
      (
        await learner.post('/api/enrollment/surveys', {
          cohortId: elearning.cohortId,
          items: ITEMS.map((itemCode) => ({ itemCode, score: 4 })),
          instructors: [],
        })
      ).status,
    ).toBe(201);
  });

  it('imports LMS completion records as they stream in, reports every bad row by line, and imports nothing twice', async () => {
    // 12,000 rows (three batches): 12,000 − 3 bad − 2 repeated = 11,995 completions. The first
    // row completes a trainee enrolled here. (Dates are today's, so every count falls in this year.)
    const lines = ['과정코드,기관코드,직원번호,성명,수료일,진도율'];
    lines.push(`E-ETHICS,MAPO-GU,MAPO-EL-2,이엘이,${day(0)},100`);
    for (let i = 1; i < 12000; i++)
      lines.push(`${i % 2 ? 'E-ETHICS' : 'E-EXCEL'},${['MAPO-GU', 'GANGNAM-GU', 'SEOUL-METRO'][i % 3]},LMS-${i},수강생${i},${day(0)},100`);
    lines[100] = 'E-NOPE,MAPO-GU,X-1,누구,2021-01-01,100';
    lines[5001] = `E-ETHICS,NOWHERE,X-2,누구,${day(0)},100`;
    lines[9000] = `E-EXCEL,MAPO-GU,X-3,누구,${day(1)},100`;
    lines[11000] = lines[10998];
    lines[11001] = lines[10999];
    const csv = `\uFEFF${lines.join('\r\n')}\r\n`;
    const enrolled = await mapoAdmin.post('/api/enrollment/trainees', { name: '이엘이', employeeNo: 'MAPO-EL-2', userId: randomUUID() });
    const secondLearner = clientAs(stack.gatewayUrl, {
      role: 'trainee',
      agencyCode: 'MAPO-GU',
      name: '이엘이',
      userId: enrolled.body.userId,
    });
    const secondApplication = (await secondLearner.post('/api/enrollment/applications', { cohortId: elearning.cohortId })).body;

    const run = async () => {
      const job = (
        await manager.post('/api/enrollment/completion-imports', { fileName: 'lms-2021.csv', totalBytes: Buffer.byteLength(csv) })
      ).body;
      const answer = await manager.request('PUT', `/api/enrollment/completion-imports/${job.id}/content`, csv, {
        'content-type': 'text/csv',
      });
      expect(answer.status).toBe(200);
      return answer.body;
    };
    const first = await run();
    expect(first).toMatchObject({
      status: 'finished',
      rowsRead: 12000,
      imported: 11995,
      duplicates: 2,
      rejected: 3,
      applicationsCompleted: 1,
      bytesRead: Buffer.byteLength(csv),
      totalBytes: Buffer.byteLength(csv),
    });
    expect((await secondLearner.get('/api/enrollment/applications/mine')).body[0]).toMatchObject({
      id: secondApplication.id,
      completionStatus: 'completed',
      completedOn: day(0),
    });

    const errors = await download(manager, `/api/enrollment/completion-imports/${first.id}/errors?format=csv`);
    const text = errors.bytes.toString('utf8');
    expect(errors.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(
      text
        .split('\r\n')
        .slice(1, 4)
        .map((l) => l.split(',')[0]),
    ).toEqual(['101', '5002', '9001']);
    expect(text).toContain('unknown course code ""E-NOPE""'); // quotes doubled, as CSV writes them
    // Each refused row's problems with their codes, in the last column (JSON).
    expect(text.split('\r\n')[0]).toContain('코드 (codes)');
    expect(text).toContain('""code"":""SHEET.UNKNOWN_COURSE""');
    expect(text).toContain('""code"":""SHEET.FUTURE_DATE""');

    const again = await run();
    expect(again).toMatchObject({ status: 'finished', imported: 0, duplicates: 11997, rejected: 3, applicationsCompleted: 0 });
    expect((await stack.query('enrollment', 'SELECT count(*)::int AS n FROM enrollment.completion_record'))[0].n).toBe(11995);
    // A file without the needed columns fails, with the reason, and imports nothing.
    const job = (await manager.post('/api/enrollment/completion-imports', { fileName: 'wrong.csv', totalBytes: 10 })).body;
    const wrong = await manager.request('PUT', `/api/enrollment/completion-imports/${job.id}/content`, 'name,score\r\nx,1\r\n', {
      'content-type': 'text/csv',
    });
    expect(wrong.body).toMatchObject({ status: 'failed', imported: 0, failure: expect.stringContaining('수료일') });
    expect(wrong.body).toMatchObject({
      failureCode: 'SHEET.MISSING_COLUMNS',
      failureParams: { columns: ['courseCode', 'agencyCode', 'employeeNo', 'completedOn'] },
    });
    const rerun = await manager.request('PUT', `/api/enrollment/completion-imports/${job.id}/content`, 'x', { 'content-type': 'text/csv' });
    expect([rerun.status, rerun.body.code]).toEqual([409, 'COMPLETION_IMPORT.ALREADY_RUN']);
    const notCsv = await manager.request('PUT', `/api/enrollment/completion-imports/${job.id}/content`, '<rows/>', {
      'content-type': 'application/xml',
    });
    expect([notCsv.status, notCsv.body.errors?.[0]?.code]).toEqual([400, 'COMPLETION_IMPORT.CSV_REQUIRED']);
    expect((await manager.get('/api/enrollment/completion-imports')).body.length).toBe(3);
    expect(learnerApplication).toBeDefined();
  });
});

describe('reports', () => {
  it("reports plan against actual by education type with both overall scores, and one agency's year", async () => {
    await curriculum.plan({
      fiscalYear: YEAR,
      kind: 'original',
      versionNo: 1,
      courses: 5,
      sessions: 12,
      trainees: 20030,
      byEducationType: [
        { educationType: 'general', courses: 3, sessions: 12, trainees: 30 },
        { educationType: 'e_learning', courses: 2, sessions: 0, trainees: 20000 },
      ],
    });
    await curriculum.plan({
      fiscalYear: YEAR,
      kind: 'changed',
      versionNo: 2,
      courses: 4,
      sessions: 10,
      trainees: 20025,
      byEducationType: [
        { educationType: 'general', courses: 2, sessions: 10, trainees: 25 },
        { educationType: 'e_learning', courses: 2, sessions: 0, trainees: 20000 },
      ],
    });
    const report = await eventually(
      async () => {
        const { body } = await manager.get(`/api/enrollment/reports/results?year=${YEAR}`);
        return body.rows?.[0]?.planChanged ? body : undefined;
      },
      { what: 'the plan in the report' },
    );
    // General: 2 completed the leadership cohort (satisfaction 4.4). E-learning: 2 completed here and
    // 11,994 imported records that completed nothing here, in 2 courses (satisfaction 4.0).
    expect(report.rows).toEqual([
      {
        id: 'total',
        planOriginal: { courses: 5, trainees: 20030 },
        planChanged: { courses: 4, trainees: 20025 },
        actual: { courses: 3, trainees: 11998 },
        satisfaction: 4.2,
      },
      {
        id: 'general',
        planOriginal: { courses: 3, trainees: 30 },
        planChanged: { courses: 2, trainees: 25 },
        actual: { courses: 1, trainees: 2 },
        satisfaction: 4.4,
      },
      {
        id: 'e_learning',
        planOriginal: { courses: 2, trainees: 20000 },
        planChanged: { courses: 2, trainees: 20000 },
        actual: { courses: 2, trainees: 11996 },
        satisfaction: 4,
      },
    ]);
    // (4.4·2 + 4.0·11,996) / 11,998 = 4.00007 → 4.00
    expect(report.overall).toEqual({ plainMeanOfTypes: 4.2, traineeWeighted: 4 });
    const csv = await download(manager, `/api/enrollment/reports/results/export?year=${YEAR}&format=csv`);
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.bytes.toString('utf8')).toContain('일반교육 (General),3,30,2,25,1,2,4.4');
    const xlsx = await download(manager, `/api/enrollment/reports/results/export?year=${YEAR}`);
    expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
    const badYear = await manager.get('/api/enrollment/reports/results?year=21');
    expect([badYear.status, badYear.body.errors]).toEqual([
      400,
      [expect.objectContaining({ field: 'year', code: 'VALIDATION.MIN', params: { min: 2000 } })],
    ]);

    const agency = (await mapoAdmin.get(`/api/enrollment/reports/agency?year=${YEAR}`)).body;
    expect(agency.agencyCode).toBe('MAPO-GU');
    expect(agency.courses.find((c: { courseCode: string }) => c.courseCode === 'LEADERSHIP')).toMatchObject({
      applied: 3,
      confirmed: 3,
      completed: 2,
      notCompleted: 1,
    });
    expect(agency.importedCompletions.reduce((sum: number, c: { completed: number }) => sum + c.completed, 0)).toBe(3998);
    const noAgency = await manager.get(`/api/enrollment/reports/agency?year=${YEAR}`);
    expect([noAgency.status, noAgency.body.errors]).toEqual([
      400,
      [{ field: 'agencyCode', code: 'VALIDATION.REQUIRED', messages: ['기관을 고르세요 / choose an agency'] }],
    ]);
    expect((await download(mapoAdmin, `/api/enrollment/reports/agency/export?year=${YEAR}&format=csv`)).bytes.toString('utf8')).toContain(
      'LEADERSHIP',
    );
    expect(SEOUL).toBeDefined();
  });
});
