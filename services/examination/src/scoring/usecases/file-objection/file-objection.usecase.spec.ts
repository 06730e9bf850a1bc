import { MAX_OBJECTIONS_PER_APPLICANT } from '@baeum/api';
import { AuthUser } from '@baeum/service-kit';
import { randomUUID } from 'node:crypto';
import { newOfficer, openSpecDatabase, refusal, seedApplication, seedExam, SpecDatabase } from '../../../../test/spec-database';
import { AnswerKeyQueries } from '../../answer-key-queries';
import { FileObjectionUseCase } from './file-objection.usecase';

describe('FileObjectionUseCase', () => {
  let db: SpecDatabase;
  let useCase: FileObjectionUseCase;
  const opens = new Date('2031-04-06T00:00:00Z');
  const closes = new Date('2031-04-09T09:00:00Z');
  const inside = new Date('2031-04-07T00:00:00Z');

  beforeAll(async () => {
    db = await openSpecDatabase();
    useCase = new FileObjectionUseCase(db.dataSource, new AnswerKeyQueries(db.dataSource));
  });
  afterAll(() => db.close());

  /** An exam with published keys (국어: 20 questions of 4 choices) and two applicants: one who sat, one absent. */
  async function published() {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId, { examNumbersAssigned: true });
    const applicant = (): AuthUser => ({ ...officer, userId: randomUUID(), role: 'applicant' });
    const [sat, absent] = [applicant(), applicant()];
    const satId = await seedApplication(db, officer.tenantId, exam, { examNumber: '10100001', applicantId: sat.userId });
    await seedApplication(db, officer.tenantId, exam, { examNumber: '10100002', applicantId: absent.userId });
    const subjects = [{ name: '국어', choices: 4, answers: Array(20).fill(1), points: Array(20).fill(500) }];
    await db.rows(
      `INSERT INTO examination.answer_key (exam_id, tenant_id, subjects, objection_opens_at, objection_closes_at, provisional_at)
       VALUES ($1, $2, $3, $4, $5, now())`,
      [exam.examId, officer.tenantId, JSON.stringify(subjects), opens, closes],
    );
    await db.rows(`INSERT INTO examination.answer_sheet (application_id, exam_id, tenant_id, marks) VALUES ($1, $2, $3, $4)`, [
      satId,
      exam.examId,
      officer.tenantId,
      JSON.stringify(['1'.repeat(20)]),
    ]);
    return { examId: exam.examId, sat, absent };
  }

  const body = (question: number, claim = 2) => ({ subject: '국어', question, claim, reason: '보기 2도 맞습니다.' });

  it('takes an objection inside the window, from its first instant to just before it closes', async () => {
    const { examId, sat } = await published();
    expect(await useCase.execute(sat, examId, body(1), opens)).toMatchObject({ subject: '국어', question: 1, claim: 2, decision: null });
    expect(await useCase.execute(sat, examId, body(2), new Date(closes.getTime() - 1))).toMatchObject({ question: 2 });
  });

  it('refuses before the window opens and from the instant it closes, with their codes', async () => {
    const { examId, sat } = await published();
    expect(await refusal(useCase.execute(sat, examId, body(1), new Date(opens.getTime() - 1)))).toMatchObject({
      status: 409,
      code: 'ANSWER_OBJECTION.WINDOW_NOT_OPEN',
    });
    expect(await refusal(useCase.execute(sat, examId, body(1), closes))).toMatchObject({
      status: 409,
      code: 'ANSWER_OBJECTION.WINDOW_CLOSED',
    });
  });

  it('refuses the absent, and answers anyone without an application as if there were no keys', async () => {
    const { examId, absent } = await published();
    expect(await refusal(useCase.execute(absent, examId, body(1), inside))).toMatchObject({
      status: 403,
      code: 'ANSWER_OBJECTION.NOT_A_CANDIDATE',
    });
    const stranger: AuthUser = { ...absent, userId: randomUUID() };
    expect(await refusal(useCase.execute(stranger, examId, body(1), inside))).toMatchObject({ status: 404, code: 'ANSWER_KEYS.NOT_FOUND' });
  });

  it('takes one objection per question and at most the limit per applicant', async () => {
    const { examId, sat } = await published();
    await useCase.execute(sat, examId, body(1), inside);
    expect(await refusal(useCase.execute(sat, examId, body(1, 3), inside))).toMatchObject({ code: 'ANSWER_OBJECTION.ALREADY_FILED' });
    for (let q = 2; q <= MAX_OBJECTIONS_PER_APPLICANT; q++) await useCase.execute(sat, examId, body(q), inside);
    expect(await refusal(useCase.execute(sat, examId, body(MAX_OBJECTIONS_PER_APPLICANT + 1), inside))).toMatchObject({
      code: 'ANSWER_OBJECTION.LIMIT_REACHED',
      body: expect.objectContaining({ params: { max: MAX_OBJECTIONS_PER_APPLICANT } }),
    });
  });

  it('refuses a claim beyond the choices, a question beyond the subject and a blank reason', async () => {
    const { examId, sat } = await published();
    expect(await refusal(useCase.execute(sat, examId, body(1, 5), inside))).toMatchObject({ code: 'ANSWER_OBJECTION.CLAIM_OUT_OF_RANGE' });
    expect(await refusal(useCase.execute(sat, examId, body(21), inside))).toMatchObject({ code: 'ANSWER_KEYS.UNKNOWN_QUESTION' });
    expect(await refusal(useCase.execute(sat, examId, { ...body(1), reason: '   ' }, inside))).toMatchObject({
      code: 'VALIDATION.REQUIRED',
    });
  });
});
