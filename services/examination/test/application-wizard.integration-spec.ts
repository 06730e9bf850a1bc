import { ApiClient, pdfText, ServiceStack } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { applicantClient, applicationBody, openExamBody, PASSWORD, submit } from './helpers';

/**
 * The application wizard's rules over the real stack (PostgreSQL, Kafka, the gateway): 본인 확인
 * through the simulated provider, education and licences stored with the application, the licence
 * bonus computed by the service from the announcement's rules (never the client's), one statutory
 * bonus at most, the receipt (접수증) for its applicant only, and edits refused after the deadline.
 */
let stack: ServiceStack;
let officer: ApiClient;

beforeAll(async () => {
  stack = await ServiceStack.start();
  officer = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'exam@seoul-hrd.example', PASSWORD);
}, 300_000);

afterAll(() => stack?.stop());

const rules = [
  { licenceName: '정보처리기사', percent: 5, jobSeries: ['computing'] },
  { licenceName: '정보처리산업기사', percent: 3, jobSeries: ['computing'] },
];
const licence = (name: string) => ({ name, number: `N-${randomUUID().slice(0, 6)}`, issuer: '한국산업인력공단', acquiredOn: '2021-06-18' });

/** An open exam of its own year and round, with licence bonus rules and a computing position. */
async function openExam(): Promise<{ examId: string; positionId: string }> {
  let created = await officer.post(
    '/api/exam/exams',
    openExamBody(1 + Math.floor(Math.random() * 99), { year: 2094, licenceBonusRules: rules }),
  );
  for (let i = 0; i < 5 && created.status === 409; i++)
    created = await officer.post(
      '/api/exam/exams',
      openExamBody(1 + Math.floor(Math.random() * 99), { year: 2095 + i, licenceBonusRules: rules }),
    );
  expect(created.status).toBe(201);
  const position = await officer.post(`/api/exam/exams/${created.body.id}/positions`, {
    jobSeries: 'computing',
    jobSeriesKo: '전산',
    grade: 9,
    openings: 2,
  });
  expect(position.status).toBe(201);
  return { examId: created.body.id, positionId: position.body.positions[0].id };
}

async function confirmed(client: ApiClient): Promise<string> {
  const answer = await client.post('/api/exam/identity-verifications', {
    nameKo: '김응시',
    birthDate: '1998-04-12',
    phone: '010-1234-5678',
  });
  expect(answer.status).toBe(201);
  return answer.body.reference;
}

it('submits with identity, education and licences, computes the licence bonus, gives the receipt to its applicant only, and refuses edits after the deadline', async () => {
  const { examId, positionId } = await openExam();
  const applicant = applicantClient(stack.gatewayUrl);

  // The provider confirms a mobile number only.
  const landline = await applicant.post('/api/exam/identity-verifications', {
    nameKo: '김응시',
    birthDate: '1998-04-12',
    phone: '02-123-4567',
  });
  expect(landline.status).toBe(400);
  expect(landline.body.code).toBe('IDENTITY_VERIFICATION.NOT_CONFIRMED');
  const reference = await confirmed(applicant);

  // Both statutory bonuses: refused on the field.
  const both = await submit(applicant, applicationBody(examId, positionId, { veteransBonusPercent: 5, rescuerBonusPercent: 3 }));
  expect(both.status).toBe(400);
  expect(both.body.errors).toEqual([
    expect.objectContaining({ field: 'rescuerBonusPercent', code: 'EXAM_APPLICATION.ONE_STATUTORY_BONUS' }),
  ]);
  // A licence without its number: the field named.
  const unnumbered = await submit(
    applicant,
    applicationBody(examId, positionId, { licences: [{ name: '정보처리기사', issuer: '한국산업인력공단', acquiredOn: '2021-06-18' }] }),
  );
  expect(unnumbered.status).toBe(400);
  expect(unnumbered.body.errors).toEqual([expect.objectContaining({ field: 'licences.0.number' })]);

  const made = await submit(
    applicant,
    applicationBody(examId, positionId, {
      identityVerificationRef: reference,
      education: { level: 'bachelor', school: '한국대학교', major: '컴퓨터공학', status: 'graduated' },
      licences: [licence('정보처리산업기사'), licence('정보처리기사')],
      veteransBonusPercent: 5,
      // Whatever a client claims, the service computes the licence bonus from the rules.
      licenceBonusPercent: 99,
    }),
  );
  // The bonus is not the client's to say: an unknown field, refused outright.
  expect(made.status).toBe(400);
  expect(made.body.errors).toEqual([expect.objectContaining({ field: 'licenceBonusPercent', code: 'VALIDATION.UNKNOWN_FIELD' })]);
  const body = applicationBody(examId, positionId, {
    identityVerificationRef: reference,
    education: { level: 'bachelor', school: '한국대학교', major: '컴퓨터공학', status: 'graduated' },
    licences: [licence('정보처리산업기사'), licence('정보처리기사')],
    veteransBonusPercent: 5,
  });
  const application = await submit(applicant, body);
  expect(application.status).toBe(201);
  expect(application.body).toMatchObject({
    education: { level: 'bachelor', school: '한국대학교', major: '컴퓨터공학', status: 'graduated' },
    licenceBonusPercent: 5,
    veteransBonusPercent: 5,
    rescuerBonusPercent: 0,
  });
  expect(application.body.identityVerifiedAt).not.toBeNull();
  expect(application.body.licences.map((l: { bonusPercent: number }) => l.bonusPercent)).toEqual([3, 5]);
  const id = application.body.id as string;

  // The receipt: its applicant's, a PDF with the application's summary.
  const receipt = await applicant.raw(`/api/exam/applications/${id}/receipt.pdf`);
  expect(receipt.status).toBe(200);
  expect(receipt.headers.get('content-type')).toBe('application/pdf');
  const text = pdfText(Buffer.from(await receipt.arrayBuffer()));
  for (const expected of ['응시원서 접수증', id, '김응시', '전산 9급', '한국대학교', '정보처리기사', '취업지원대상자 5%'])
    expect(text).toContain(expected);
  // Another applicant: not found, as for every own-only route.
  expect((await applicantClient(stack.gatewayUrl).raw(`/api/exam/applications/${id}/receipt.pdf`)).status).toBe(404);

  // Edits until the deadline: the licence bonus computed again; then refused with the existing code.
  const edited = await applicant.request('PATCH', `/api/exam/applications/${id}`, { licences: [licence('정보처리산업기사')] });
  expect(edited.status).toBe(200);
  expect(edited.body.licenceBonusPercent).toBe(3);
  await stack.query('examination', `UPDATE examination.exam SET application_closes_at = now() - interval '1 minute' WHERE id = $1`, [
    examId,
  ]);
  const late = await applicant.request('PATCH', `/api/exam/applications/${id}`, { licences: [] });
  expect(late.status).toBe(409);
  expect(late.body.code).toBe('EXAM_APPLICATION.EDIT_CLOSED');
  const [row] = await stack.query(
    'examination',
    `SELECT licence_bonus_percent AS bonus, identity_ref FROM examination.application WHERE id = $1`,
    [id],
  );
  expect(row).toEqual({ bonus: 3, identity_ref: reference });
});
