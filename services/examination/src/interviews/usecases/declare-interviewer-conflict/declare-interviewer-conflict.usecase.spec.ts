import { seedInterviewer, seedSession } from '../../../../test/interview-fixtures';
import { newOfficer, openSpecDatabase, refusal, seedApplication, seedExam, SpecDatabase } from '../../../../test/spec-database';
import { ExamQueries } from '../../../exams/exam-queries';
import { InterviewQueries } from '../../interview-queries';
import { DeclareInterviewerConflictUseCase } from './declare-interviewer-conflict.usecase';

describe('DeclareInterviewerConflictUseCase', () => {
  let db: SpecDatabase;
  let useCase: DeclareInterviewerConflictUseCase;

  beforeAll(async () => {
    db = await openSpecDatabase();
    useCase = new DeclareInterviewerConflictUseCase(db.dataSource, new ExamQueries(db.dataSource), new InterviewQueries(db.dataSource));
  });
  afterAll(() => db.close());

  async function setUp(onPanel: boolean) {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId);
    const interviewerId = await seedInterviewer(db, officer.tenantId);
    const sessionId = await seedSession(db, officer.tenantId, exam, onPanel ? [interviewerId] : []);
    const applicationId = await seedApplication(db, officer.tenantId, exam, { interviewSessionId: sessionId });
    return { officer, exam, interviewerId, applicationId };
  }

  it(
    'records the conflict, its reason trimmed, ' + 'and says to schedule again when the interviewer sits on the candidate’s panel',
    async () => {
      const { officer, exam, interviewerId, applicationId } = await setUp(true);
      const view = await useCase.execute(officer, { examId: exam.examId, interviewerId, applicationId, reason: '  친족 관계  ' });
      expect(view).toMatchObject({ interviewerId, applicationId, reason: '친족 관계', interviewerNameKo: '김면접', reschedule: true });
      expect(await new InterviewQueries(db.dataSource).conflicts(officer.tenantId, exam.examId)).toHaveLength(1);
    },
  );

  it('needs no new schedule when the interviewer is not on that panel', async () => {
    const { officer, exam, interviewerId, applicationId } = await setUp(false);
    const view = await useCase.execute(officer, { examId: exam.examId, interviewerId, applicationId, reason: '사제 관계' });
    expect(view.reschedule).toBe(false);
  });

  it('refuses the same conflict twice', async () => {
    const { officer, exam, interviewerId, applicationId } = await setUp(false);
    await useCase.execute(officer, { examId: exam.examId, interviewerId, applicationId, reason: '사제 관계' });
    expect(await refusal(useCase.execute(officer, { examId: exam.examId, interviewerId, applicationId, reason: '다시' }))).toMatchObject({
      status: 409,
      code: 'INTERVIEW.CONFLICT_DECLARED',
    });
  });

  it('closes once the marking has started', async () => {
    const { officer, exam, interviewerId, applicationId } = await setUp(true);
    await db.rows(
      `INSERT INTO examination.interview_rating (application_id, interviewer_id, step, ` +
        `tenant_id, mark) VALUES ($1, $2, 'interview', $3, 'high')`,
      [applicationId, interviewerId, officer.tenantId],
    );
    expect(await refusal(useCase.execute(officer, { examId: exam.examId, interviewerId, applicationId, reason: '친족' }))).toMatchObject({
      status: 409,
      code: 'INTERVIEW.CONFLICTS_CLOSED',
    });
  });

  it('names the field of an unknown interviewer or application', async () => {
    const { officer, exam, interviewerId, applicationId } = await setUp(false);
    const other = await seedExam(db, officer.tenantId);
    const elsewhere = await seedApplication(db, officer.tenantId, other);
    expect(
      await refusal(useCase.execute(officer, { examId: exam.examId, interviewerId: applicationId, applicationId, reason: '친족' })),
    ).toMatchObject({ status: 404, code: 'INTERVIEWER.NOT_FOUND', body: { field: 'interviewerId' } });
    expect(
      await refusal(useCase.execute(officer, { examId: exam.examId, interviewerId, applicationId: elsewhere, reason: '친족' })),
    ).toMatchObject({ status: 404, code: 'EXAM_APPLICATION.NOT_FOUND', body: { field: 'applicationId' } });
  });
});
