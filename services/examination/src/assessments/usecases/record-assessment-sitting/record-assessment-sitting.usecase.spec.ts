import { randomUUID } from 'node:crypto';
import { eventsAbout, newOfficer, openSpecDatabase, refusal, SpecDatabase } from '../../../../test/spec-database';
import { ExamQueries } from '../../../exams/exam-queries';
import { ResultQueries } from '../../../results/result-queries';
import { RecordSittingUseCase } from '../../../results/usecases/record-sitting/record-sitting.usecase';
import { AssessmentQueries } from '../../assessment-queries';
import { CreateAssessmentRoundUseCase } from '../create-assessment-round/create-assessment-round.usecase';
import { ASSESSMENT_BUDGET_LINE, RecordAssessmentSittingUseCase } from './record-assessment-sitting.usecase';

describe('RecordAssessmentSittingUseCase', () => {
  let db: SpecDatabase;
  let useCase: RecordAssessmentSittingUseCase;
  let rounds: CreateAssessmentRoundUseCase;

  beforeAll(async () => {
    db = await openSpecDatabase();
    const assessments = new AssessmentQueries(db.dataSource);
    const sittings = new RecordSittingUseCase(
      db.dataSource,
      db.publisher,
      new ExamQueries(db.dataSource),
      new ResultQueries(db.dataSource),
    );
    useCase = new RecordAssessmentSittingUseCase(assessments, sittings);
    rounds = new CreateAssessmentRoundUseCase(assessments);
  });
  afterAll(() => db.close());

  async function roundWith(candidates: number) {
    const officer = newOfficer();
    const round = await rounds.execute(officer, { targetGrade: 5, year: 2027, roundNo: 1, heldOn: '2027-06-01' });
    for (let i = 0; i < candidates; i++)
      await db.rows(
        `INSERT INTO examination.assessment_candidate (id, tenant_id, round_id, ` +
          `employee_no, code, name_ko, agency_code, attempt) VALUES ($1, $2, $3, $4, $5, ` +
          `'김대상', 'MAPO-GU', 1)`,
        [randomUUID(), officer.tenantId, round.id, `E-${i}`, `C-T${String(i).padStart(5, '0')}`],
      );
    return { officer, round };
  }

  it('records one venue and the round’s candidates against the assessment budget line, and announces it', async () => {
    const { officer, round } = await roundWith(2);
    const view = await useCase.execute(officer, { roundId: round.id, heldOn: '2027-06-01', cost: 800_000 });
    expect(view).toMatchObject({
      subjectId: round.id,
      stage: 'assessment',
      venues: 1,
      candidates: 2,
      budgetLineCode: ASSESSMENT_BUDGET_LINE,
    });
    expect((await eventsAbout(db, view.id)).map((e) => e.payload)).toEqual([
      expect.objectContaining({ sittingId: view.id, examId: round.id, stage: 'assessment', cost: '800000' }),
    ]);
  });

  it('needs candidates', async () => {
    const { officer, round } = await roundWith(0);
    expect(await refusal(useCase.execute(officer, { roundId: round.id, heldOn: '2027-06-01', cost: 1 }))).toMatchObject({
      status: 409,
      code: 'ASSESSMENT_ROUND.NO_CANDIDATES',
    });
  });
});
