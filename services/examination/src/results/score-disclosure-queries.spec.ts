import { randomUUID } from 'node:crypto';
import { newOfficer, openSpecDatabase, seedApplication, seedExam, seedPublications, SpecDatabase } from '../../test/spec-database';
import { ScoreDisclosureQueries } from './score-disclosure-queries';

describe('ScoreDisclosureQueries (성적 공개 standings by window functions)', () => {
  let db: SpecDatabase;
  let queries: ScoreDisclosureQueries;

  beforeAll(async () => {
    db = await openSpecDatabase();
    queries = new ScoreDisclosureQueries(db.dataSource);
  });
  afterAll(() => db.close());

  /** Two positions: 일반행정 (cut-off 70.00) and 사회복지 (cut-off 60.00); each candidate with their stored average. */
  async function seasonWithTwoPositions() {
    const { tenantId } = newOfficer();
    const exam = await seedExam(db, tenantId, { examNumbersAssigned: true });
    const welfare = randomUUID();
    await db.rows(
      `INSERT INTO examination.position (id, tenant_id, exam_id, seq, job_series, job_series_ko, grade, openings, track, min_age, fee, written_cutoff)
       VALUES ($1, $2, $3, 2, 'social_welfare', '사회복지', 9, 1, 'general', 18, 5000, 6000)`,
      [welfare, tenantId, exam.examId],
    );
    await db.rows(`UPDATE examination.position SET written_cutoff = 7000 WHERE id = $1`, [exam.positionId]);
    const candidate = async (positionId: string, examNumber: string, total: number | null, result: string) => {
      const applicantId = randomUUID();
      const id = await seedApplication(
        db,
        tenantId,
        { examId: exam.examId, positionId },
        { examNumber, writtenResult: result, applicantId },
      );
      await db.rows(`UPDATE examination.application SET written_scores = $2, written_total = $3 WHERE id = $1`, [
        id,
        total === null ? null : JSON.stringify([total, total]),
        total,
      ]);
      return { id, applicantId };
    };
    const admin = [
      await candidate(exam.positionId, '10100001', 8000, 'pass'),
      await candidate(exam.positionId, '10100002', 7000, 'pass'),
      await candidate(exam.positionId, '10100003', 8000, 'pass'),
      await candidate(exam.positionId, '10100004', null, 'absent'),
      await candidate(exam.positionId, '10100005', 5000, 'fail'),
    ];
    const social = [await candidate(welfare, '10200001', 6500, 'pass'), await candidate(welfare, '10200002', 5500, 'fail')];
    return { tenantId, examId: exam.examId, admin, social };
  }

  it('ranks each candidate among those of their position who sat (ties share a rank), only once the written results are published', async () => {
    const { tenantId, examId, admin, social } = await seasonWithTwoPositions();
    expect(await queries.own(tenantId, admin[0].applicantId, examId)).toBeUndefined();
    expect(await queries.publishedPage(examId, null, 100)).toEqual([]);
    await seedPublications(db, tenantId, examId);

    const standing = async (c: { applicantId: string }) => {
      const row = (await queries.own(tenantId, c.applicantId, examId))!;
      return [row.positionLabelKo, row.rank, row.sat, row.passed, row.cutoff, row.total];
    };
    expect(await standing(admin[0])).toEqual(['일반행정 9급', 1, 4, 3, 7000, 8000]);
    expect(await standing(admin[2])).toEqual(['일반행정 9급', 1, 4, 3, 7000, 8000]);
    expect(await standing(admin[1])).toEqual(['일반행정 9급', 3, 4, 3, 7000, 7000]);
    expect(await standing(admin[4])).toEqual(['일반행정 9급', 4, 4, 3, 7000, 5000]);
    expect(await standing(admin[3])).toEqual(['일반행정 9급', null, 4, 3, 7000, null]);
    expect(await standing(social[1])).toEqual(['사회복지 9급', 2, 2, 1, 6000, 5500]);
    expect(await queries.own(tenantId, randomUUID(), examId)).toBeUndefined();

    // The read model's pages, in id order, say the same for everyone.
    const pages = [await queries.publishedPage(examId, null, 4)];
    pages.push(await queries.publishedPage(examId, pages[0][3].id, 4));
    const all = pages.flat();
    expect(all.map((r) => r.id)).toEqual([...admin, ...social].map((c) => c.id).sort());
    const byId = new Map(all.map((r) => [r.id, r]));
    expect([byId.get(admin[1].id)!.rank, byId.get(social[0].id)!.rank, byId.get(admin[3].id)!.rank]).toEqual([3, 1, null]);
    expect(byId.get(social[0].id)).toMatchObject({ tenantId, applicantId: social[0].applicantId, scores: [6500, 6500], bonusPercent: 0 });
  });
});
