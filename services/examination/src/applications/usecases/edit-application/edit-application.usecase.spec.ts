import { AuthUser } from '@baeum/service-kit';
import { randomUUID } from 'node:crypto';
import { openSpecDatabase, refusal, seedExam, SpecDatabase } from '../../../../test/spec-database';
import { ExamQueries } from '../../../exams/exam-queries';
import { ApplicationQueries } from '../../application-queries';
import { SimulatedIdentityProvider } from '../../identity/simulated-identity-provider';
import { SubmitApplicationUseCase } from '../submit-application/submit-application.usecase';
import { EditApplicationUseCase } from './edit-application.usecase';

describe('EditApplicationUseCase', () => {
  let db: SpecDatabase;
  let submit: SubmitApplicationUseCase;
  let edit: EditApplicationUseCase;
  const identity = new SimulatedIdentityProvider('spec-identity-secret-of-32-characters!!');

  beforeAll(async () => {
    db = await openSpecDatabase();
    const applications = new ApplicationQueries(db.dataSource);
    submit = new SubmitApplicationUseCase(db.publisher, applications, identity);
    edit = new EditApplicationUseCase(db.dataSource, applications, new ExamQueries(db.dataSource), identity);
  });
  afterAll(() => db.close());

  const applicant = (): AuthUser => ({ userId: randomUUID(), tenantId: randomUUID(), role: 'applicant', agencyCode: null, name: '홍길동' });
  const person = { nameKo: '홍길동', birthDate: '1995-05-05', phone: '010-1234-5678' };
  const licence = (name: string) => ({ name, number: `N-${name}`, issuer: '한국산업인력공단', acquiredOn: '2021-06-18' });

  const viewOf = async (user: AuthUser, id: string) => {
    const queries = new ApplicationQueries(db.dataSource);
    return (await queries.views([await queries.application(user, id)]))[0];
  };

  async function submitted(user: AuthUser) {
    const exam = await seedExam(db, user.tenantId, { open: true, fee: 0 });
    await db.rows(`UPDATE examination.exam SET licence_bonus_rules = $2 WHERE id = $1`, [
      exam.examId,
      JSON.stringify([{ licenceName: '정보처리산업기사', percent: 3, jobSeries: [] }]),
    ]);
    const { reference } = (await identity.confirm(user.userId, person, new Date()))!;
    const view = await submit.execute(user, {
      ...exam,
      ...person,
      idempotencyKey: `key-${randomUUID()}`,
      identityVerificationRef: reference,
    });
    return { exam, view };
  }

  it('changes education and licences until the deadline, computing the licence bonus again', async () => {
    const user = applicant();
    const { view } = await submitted(user);
    expect(view.licenceBonusPercent).toBe(0);
    const edited = await edit.execute(user, view.id, {
      education: { level: 'junior_college', school: '한국전문대학', status: 'expected' },
      licences: [licence('정보처리산업기사')],
      rescuerBonusPercent: 3,
    });
    expect(edited).toMatchObject({
      education: { level: 'junior_college', school: '한국전문대학', major: null, status: 'expected' },
      licenceBonusPercent: 3,
      rescuerBonusPercent: 3,
    });
    expect(edited.licences[0].bonusPercent).toBe(3);
  });

  it('keeps the confirmed name unless the applicant confirms again', async () => {
    const user = applicant();
    const { view } = await submitted(user);
    const refused = await refusal(edit.execute(user, view.id, { nameKo: '홍길순' }));
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'nameKo', code: 'EXAM_APPLICATION.IDENTITY_MISMATCH' })]);
    const again = (await identity.confirm(user.userId, { ...person, nameKo: '홍길순' }, new Date()))!;
    const renamed = await edit.execute(user, view.id, { identityVerificationRef: again.reference });
    expect(renamed.nameKo).toBe('홍길순');
  });

  it('keeps a decided accommodation when the same request comes back with other corrections, and reviews a changed one again', async () => {
    const user = applicant();
    const { view } = await submitted(user);
    const extraTime = { kind: 'extended_time' as const, note: '시각장애 3급' };
    const requested = await edit.execute(user, view.id, { accommodations: [extraTime] });
    expect(requested.accommodationStatus).toBe('requested');
    await db.rows(`UPDATE examination.application SET accommodation_status = 'approved' WHERE id = $1`, [view.id]);
    const same = await edit.execute(user, view.id, { phone: '010-9876-5432', accommodations: [{ ...extraTime, note: ' 시각장애 3급 ' }] });
    expect([same.phone, same.accommodationStatus]).toEqual(['010-9876-5432', 'approved']);
    const changed = await edit.execute(user, view.id, { accommodations: [extraTime, { kind: 'large_print' }] });
    expect(changed.accommodationStatus).toBe('requested');
  });

  it('says until when the applicant may correct it: the close of applications, and never once cancelled', async () => {
    const user = applicant();
    const { exam, view } = await submitted(user);
    const [{ closes }] = await db.rows<{ closes: Date }>(`SELECT application_closes_at AS closes FROM examination.exam WHERE id = $1`, [
      exam.examId,
    ]);
    expect(view.editableUntil).toBe(closes.toISOString());
    await db.rows(`UPDATE examination.application SET status = 'cancelled', cancelled_at = now() WHERE id = $1`, [view.id]);
    expect((await viewOf(user, view.id)).editableUntil).toBeNull();
  });

  it('refuses both statutory bonuses, and any edit after the deadline with the existing code', async () => {
    const user = applicant();
    const { exam, view } = await submitted(user);
    const both = await refusal(edit.execute(user, view.id, { veteransBonusPercent: 5, rescuerBonusPercent: 5 }));
    expect(both.body.errors).toEqual([
      expect.objectContaining({ field: 'rescuerBonusPercent', code: 'EXAM_APPLICATION.ONE_STATUTORY_BONUS' }),
    ]);
    await db.rows(`UPDATE examination.exam SET application_closes_at = now() - interval '1 minute' WHERE id = $1`, [exam.examId]);
    expect(await refusal(edit.execute(user, view.id, { licences: [] }))).toMatchObject({
      status: 409,
      code: 'EXAM_APPLICATION.EDIT_CLOSED',
    });
    // Nor does the application offer it any more.
    expect((await viewOf(user, view.id)).editableUntil).toBeNull();
  });
});
