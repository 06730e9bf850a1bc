import { MigrationInterface, QueryRunner } from 'typeorm';
import { INTERNATIONAL_TRAINING_CATEGORY, internationalTrainingQuarters } from '../../seed/seoul-plans';

/**
 * 2-7's budget per quarter (예산집행 계획), in plan versions seeded before their quarters carried it:
 * the same figures a fresh seed gives, taken from the report by the seed's own reader.
 */
export class InternationalTrainingBudget1766080000000 implements MigrationInterface {
  name = 'InternationalTrainingBudget1766080000000';

  async up(q: QueryRunner): Promise<void> {
    const budget = internationalTrainingQuarters()?.budget;
    if (!budget) return;
    await q.query(
      `UPDATE "curriculum"."plan_version" v
          SET memo_lines = (
            SELECT jsonb_agg(
                     CASE WHEN m #>> '{quarters,categoryCode}' = $1 AND NOT (m -> 'quarters') ? 'budget'
                          THEN jsonb_set(m, '{quarters,budget}', $2::jsonb)
                          ELSE m END
                     ORDER BY n)
              FROM jsonb_array_elements(v.memo_lines) WITH ORDINALITY AS e(m, n))
        WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(v.memo_lines) m WHERE m #>> '{quarters,categoryCode}' = $1)`,
      [INTERNATIONAL_TRAINING_CATEGORY, JSON.stringify(budget)],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE "curriculum"."plan_version" v
          SET memo_lines = (
            SELECT jsonb_agg(CASE WHEN jsonb_typeof(m -> 'quarters') = 'object' THEN m #- '{quarters,budget}' ELSE m END ORDER BY n)
              FROM jsonb_array_elements(v.memo_lines) WITH ORDINALITY AS e(m, n))
        WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(v.memo_lines) m WHERE jsonb_typeof(m -> 'quarters') = 'object')`,
    );
  }
}
