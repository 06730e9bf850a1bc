import { newOfficer, openSpecDatabase, SpecDatabase } from '../../../../test/spec-database';
import { AssessmentQueries } from '../../assessment-queries';
import { CreateAssessmentRoundUseCase } from '../create-assessment-round/create-assessment-round.usecase';
import { AddCandidateUseCase } from './add-candidate.usecase';

describe('AddCandidateUseCase', () => {
  let db: SpecDatabase;
  let queries: AssessmentQueries;
  let useCase: AddCandidateUseCase;

  beforeAll(async () => {
    db = await openSpecDatabase();
    queries = new AssessmentQueries(db.dataSource);
    useCase = new AddCandidateUseCase(db.dataSource, queries);
  });
  afterAll(() => db.close());

  it('gives each candidate of a round a code of its own, unrelated to the employee number', async () => {
    const officer = newOfficer();
    const round = await new CreateAssessmentRoundUseCase(queries).execute(officer, {
      targetGrade: 5,
      year: 2027,
      roundNo: 1,
      heldOn: '2027-06-01',
    });
    const count = 150;
    for (let i = 0; i < count; i++)
      await useCase.execute(officer, round.id, {
        employeeNo: `S2015-${String(i).padStart(5, '0')}`,
        nameKo: '김대상',
        agencyCode: 'MAPO-GU',
      });
    const rows = await db.rows<{ code: string; employeeNo: string; id: string }>(
      `SELECT code, employee_no AS "employeeNo", id FROM examination.assessment_candidate WHERE round_id = $1`,
      [round.id],
    );
    expect(rows).toHaveLength(count);
    expect(new Set(rows.map((r) => r.code)).size).toBe(count);
    for (const r of rows) {
      expect(r.code).toMatch(/^C-[A-HJKMNP-Z2-9]{6}$/);
      expect(r.code).not.toContain(r.employeeNo.slice(-5));
      expect(r.code).not.toBe(`C-${r.id.slice(-6).toUpperCase()}`);
    }
  });

  it('the database refuses a repeated code within a round', async () => {
    const officer = newOfficer();
    const round = await new CreateAssessmentRoundUseCase(queries).execute(officer, {
      targetGrade: 4,
      year: 2027,
      roundNo: 1,
      heldOn: '2027-06-01',
    });
    const first = await useCase.execute(officer, round.id, { employeeNo: 'S2015-1', nameKo: '김대상', agencyCode: 'MAPO-GU' });
    await expect(
      db.rows(
        `INSERT INTO examination.assessment_candidate (id, tenant_id, round_id, employee_no, code, name_ko, agency_code, attempt)
         VALUES (gen_random_uuid(), $1, $2, 'S2015-2', $3, '이대상', 'MAPO-GU', 1)`,
        [officer.tenantId, round.id, first.code],
      ),
    ).rejects.toThrow(/UQ_assessment_candidate_round_code/);
  });
});
