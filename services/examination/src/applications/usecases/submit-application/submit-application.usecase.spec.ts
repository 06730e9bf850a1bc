import { AuthUser } from '@baeum/service-kit';
import { randomUUID } from 'node:crypto';
import { eventsAbout, openSpecDatabase, refusal, seedExam, SpecDatabase } from '../../../../test/spec-database';
import { ApplicationQueries } from '../../application-queries';
import { SimulatedIdentityProvider } from '../../identity/simulated-identity-provider';
import { SubmitApplicationUseCase } from './submit-application.usecase';

describe('SubmitApplicationUseCase', () => {
  let db: SpecDatabase;
  let useCase: SubmitApplicationUseCase;
  const identity = new SimulatedIdentityProvider('spec-identity-secret-of-32-characters!!');

  beforeAll(async () => {
    db = await openSpecDatabase();
    useCase = new SubmitApplicationUseCase(db.publisher, new ApplicationQueries(db.dataSource), identity);
  });
  afterAll(() => db.close());

  const applicant = (): AuthUser => ({ userId: randomUUID(), tenantId: randomUUID(), role: 'applicant', agencyCode: null, name: '홍길동' });
  const submission = (exam: { examId: string; positionId: string }) => ({
    ...exam,
    idempotencyKey: `key-${randomUUID()}`,
    nameKo: ' 홍길동 ',
    birthDate: '1995-05-05',
    phone: '010-1234-5678',
  });

  it('stores an application awaiting its fee, and its submitted event alone', async () => {
    const user = applicant();
    const exam = await seedExam(db, user.tenantId, { open: true, fee: 5000 });
    const view = await useCase.execute(user, submission(exam));
    expect(view).toMatchObject({ status: 'pending_payment', nameKo: '홍길동' });
    const events = await eventsAbout(db, view.id);
    expect(events.map((e) => [e.type, e.payload.applicationId])).toEqual([['examination.application.submitted', view.id]]);
    // Whom the notification service tells: the applicant's account, not their data.
    expect(events[0].payload).toMatchObject({ applicantUserId: user.userId, examId: exam.examId });
    expect(events[0].payload).not.toHaveProperty('nameKo');
  });

  it('completes an application to an exam without a fee, its fee-paid event after the submitted one', async () => {
    const user = applicant();
    const exam = await seedExam(db, user.tenantId, { open: true, fee: 0 });
    const view = await useCase.execute(user, submission(exam));
    expect(view.status).toBe('paid');
    const events = await eventsAbout(db, view.id);
    expect(events.map((e) => e.type)).toEqual(['examination.application.submitted', 'examination.fee.paid']);
    expect(events[1].payload).toMatchObject({ applicationId: view.id, amount: '0', paymentRef: 'no-fee', applicantUserId: user.userId });
  });

  it('answers a retried submission with the application it made, writing nothing again', async () => {
    const user = applicant();
    const exam = await seedExam(db, user.tenantId, { open: true, fee: 0 });
    const dto = submission(exam);
    const first = await useCase.execute(user, dto);
    const again = await useCase.execute(user, dto);
    expect(again.id).toBe(first.id);
    expect(await eventsAbout(db, first.id)).toHaveLength(2);
    const [{ count }] = await db.rows<{ count: number }>(`SELECT count(*)::int AS count FROM examination.application WHERE exam_id = $1`, [
      exam.examId,
    ]);
    expect(count).toBe(1);
  });

  it('refuses a second application to the same exam under another key', async () => {
    const user = applicant();
    const exam = await seedExam(db, user.tenantId, { open: true });
    await useCase.execute(user, submission(exam));
    expect(await refusal(useCase.execute(user, submission(exam)))).toMatchObject({ status: 409, code: 'EXAM_APPLICATION.ALREADY_APPLIED' });
  });

  it('refuses after the window closes', async () => {
    const user = applicant();
    const exam = await seedExam(db, user.tenantId);
    expect(await refusal(useCase.execute(user, submission(exam)))).toMatchObject({ status: 409, code: 'EXAM_APPLICATION.WINDOW_CLOSED' });
  });

  describe('the wizard: identity, education, licences and bonuses', () => {
    const computerExam = async (user: AuthUser) => {
      const exam = await seedExam(db, user.tenantId, { open: true, fee: 0 });
      await db.rows(`UPDATE examination.position SET job_series = 'computer', job_series_ko = '전산' WHERE id = $1`, [exam.positionId]);
      await db.rows(`UPDATE examination.exam SET licence_bonus_rules = $2 WHERE id = $1`, [
        exam.examId,
        JSON.stringify([
          { licenceName: '정보처리기사', percent: 5, jobSeries: ['computer'] },
          { licenceName: '정보처리산업기사', percent: 3, jobSeries: ['computer'] },
        ]),
      ]);
      return exam;
    };
    const confirmed = async (user: AuthUser) =>
      (await identity.confirm(user.userId, { nameKo: '홍길동', birthDate: '1995-05-05', phone: '010-1234-5678' }, new Date()))!;
    const licence = (name: string) => ({ name, number: `N-${name}`, issuer: '한국산업인력공단', acquiredOn: '2021-06-18' });

    it('records the confirmed identity, the education and each licence with the bonus the rules give, the highest counted', async () => {
      const user = applicant();
      const exam = await computerExam(user);
      const { reference } = await confirmed(user);
      const view = await useCase.execute(user, {
        ...submission(exam),
        identityVerificationRef: reference,
        education: { level: 'bachelor', school: ' 한국대학교 ', major: '컴퓨터공학', status: 'graduated' },
        licences: [licence('정보처리산업기사'), licence('정보처리기사'), licence('워드프로세서')],
        veteransBonusPercent: 5,
      });
      expect(view).toMatchObject({
        nameKo: '홍길동',
        education: { level: 'bachelor', school: '한국대학교', major: '컴퓨터공학', status: 'graduated' },
        licenceBonusPercent: 5,
        veteransBonusPercent: 5,
        rescuerBonusPercent: 0,
      });
      expect(view.licences.map((l) => [l.name, l.bonusPercent])).toEqual([
        ['정보처리산업기사', 3],
        ['정보처리기사', 5],
        ['워드프로세서', 0],
      ]);
      expect(view.identityVerifiedAt).not.toBeNull();
      const [row] = await db.rows<{ identity_ref: string }>(`SELECT identity_ref FROM examination.application WHERE id = $1`, [view.id]);
      expect(row.identity_ref).toBe(reference);
    });

    it('refuses two statutory bonuses, naming the field', async () => {
      const user = applicant();
      const exam = await computerExam(user);
      const refused = await refusal(useCase.execute(user, { ...submission(exam), veteransBonusPercent: 10, rescuerBonusPercent: 3 }));
      expect(refused).toMatchObject({ status: 400 });
      expect(refused.body.errors).toEqual([
        expect.objectContaining({ field: 'rescuerBonusPercent', code: 'EXAM_APPLICATION.ONE_STATUTORY_BONUS' }),
      ]);
    });

    it("refuses another applicant's confirmation, a forged one, and a name other than the confirmed one", async () => {
      const user = applicant();
      const exam = await computerExam(user);
      const others = await confirmed({ ...user, userId: randomUUID() });
      expect(await refusal(useCase.execute(user, { ...submission(exam), identityVerificationRef: others.reference }))).toMatchObject({
        status: 409,
        code: 'EXAM_APPLICATION.IDENTITY_UNVERIFIED',
      });
      const mine = await confirmed(user);
      const forged = mine.reference.replace(/\.[^.]+$/, '.forged');
      expect(await refusal(useCase.execute(user, { ...submission(exam), identityVerificationRef: forged }))).toMatchObject({
        code: 'EXAM_APPLICATION.IDENTITY_UNVERIFIED',
      });
      const renamed = await refusal(
        useCase.execute(user, { ...submission(exam), nameKo: '김철수', identityVerificationRef: mine.reference }),
      );
      expect(renamed.body.errors).toEqual([expect.objectContaining({ field: 'nameKo', code: 'EXAM_APPLICATION.IDENTITY_MISMATCH' })]);
    });
  });
});
