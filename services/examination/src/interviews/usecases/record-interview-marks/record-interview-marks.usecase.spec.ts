import { seedInterviewer, seedSession } from '../../../../test/interview-fixtures';
import { newOfficer, openSpecDatabase, refusal, seedApplication, seedExam, SpecDatabase } from '../../../../test/spec-database';
import { ExamQueries } from '../../../exams/exam-queries';
import { InterviewQueries } from '../../interview-queries';
import { RecordInterviewMarksUseCase } from './record-interview-marks.usecase';

describe('RecordInterviewMarksUseCase', () => {
  let db: SpecDatabase;
  let useCase: RecordInterviewMarksUseCase;

  beforeAll(async () => {
    db = await openSpecDatabase();
    useCase = new RecordInterviewMarksUseCase(db.dataSource, new ExamQueries(db.dataSource), new InterviewQueries(db.dataSource));
  });
  afterAll(() => db.close());

  async function setUp() {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId);
    const interviewerId = await seedInterviewer(db, officer.tenantId);
    const sessionId = await seedSession(db, officer.tenantId, exam, [interviewerId]);
    const applicationId = await seedApplication(db, officer.tenantId, exam, { interviewSessionId: sessionId });
    return { officer, exam, interviewerId, sessionId, applicationId };
  }
  const marksOf = (db: SpecDatabase, applicationId: string) =>
    db.rows<{ mark: string }>(`SELECT mark FROM examination.interview_rating WHERE application_id = $1`, [applicationId]);

  it('records the panel’s marks, a mark given again replacing the one before', async () => {
    const { officer, interviewerId, sessionId, applicationId } = await setUp();
    const mark = (m: 'high' | 'low') => ({ sessionId, marks: [{ applicationId, interviewerId, step: 'interview', mark: m }] });
    await expect(useCase.execute(officer, mark('high'))).resolves.toEqual({ recorded: 1 });
    await useCase.execute(officer, mark('low'));
    expect(await marksOf(db, applicationId)).toEqual([{ mark: 'low' }]);
  });

  it('names each mark’s field that does not belong to the session, and records none', async () => {
    const { officer, exam, interviewerId, sessionId, applicationId } = await setUp();
    const stranger = await seedApplication(db, officer.tenantId, exam);
    const refused = await refusal(
      useCase.execute(officer, {
        sessionId,
        marks: [
          { applicationId, interviewerId, step: 'interview', mark: 'high' },
          { applicationId: stranger, interviewerId: applicationId, step: 'group_discussion', mark: 'high' },
        ],
      }),
    );
    expect(refused.status).toBe(400);
    expect((refused.body.errors as { field: string; code: string }[]).map((e) => [e.field, e.code])).toEqual([
      ['marks.1.applicationId', 'INTERVIEW.NOT_IN_SESSION'],
      ['marks.1.interviewerId', 'INTERVIEW.NOT_ON_PANEL'],
      ['marks.1.step', 'INTERVIEW.UNKNOWN_STEP'],
    ]);
    expect(await marksOf(db, applicationId)).toEqual([]);
  });

  it('refuses once the final results are published', async () => {
    const { officer, exam, interviewerId, sessionId, applicationId } = await setUp();
    await db.rows(
      `INSERT INTO examination.publication (exam_id, stage, tenant_id, publish_at, ` +
        `positions, passed) VALUES ($1, 'final', $2, now() - interval '1 minute', 1, 0)`,
      [exam.examId, officer.tenantId],
    );
    const refused = await refusal(
      useCase.execute(officer, { sessionId, marks: [{ applicationId, interviewerId, step: 'interview', mark: 'high' }] }),
    );
    expect(refused).toMatchObject({ status: 409, code: 'PUBLICATION.RESULTS_FINAL' });
  });

  it('does not find another tenant’s session', async () => {
    const { interviewerId, sessionId, applicationId } = await setUp();
    const refused = await refusal(
      useCase.execute(newOfficer(), { sessionId, marks: [{ applicationId, interviewerId, step: 'interview', mark: 'high' }] }),
    );
    expect(refused).toMatchObject({ status: 404, code: 'INTERVIEW.SESSION_NOT_FOUND' });
  });
});
