import { MigrationInterface, QueryRunner } from 'typeorm';
import { newCandidateCode } from '../../assessments/assessment-rules';

/**
 * 평가 코드 of assessment candidates: random, unique within the round. They were the id's tail,
 * which repeated for ids alike at the end (the demo round's two candidates both read C-E0A000).
 * Existing candidates get a code of their own here.
 */
export class CandidateCode1764500000000 implements MigrationInterface {
  name = 'CandidateCode1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "examination"."assessment_candidate" ADD "code" text`);
    const rows: { id: string; roundId: string }[] = await q.query(
      `SELECT id, round_id AS "roundId" FROM "examination"."assessment_candidate" ORDER BY round_id, id`,
    );
    const given = new Set<string>();
    for (const row of rows) {
      let code = newCandidateCode();
      while (given.has(`${row.roundId}:${code}`)) code = newCandidateCode();
      given.add(`${row.roundId}:${code}`);
      await q.query(`UPDATE "examination"."assessment_candidate" SET "code" = $2 WHERE id = $1`, [row.id, code]);
    }
    await q.query(`ALTER TABLE "examination"."assessment_candidate" ALTER COLUMN "code" SET NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "UQ_assessment_candidate_round_code" ON "examination"."assessment_candidate" ("round_id", "code")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "examination"."UQ_assessment_candidate_round_code"`);
    await q.query(`ALTER TABLE "examination"."assessment_candidate" DROP COLUMN "code"`);
  }
}
