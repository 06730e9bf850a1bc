import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 2-7's international training per quarter, in plan versions seeded before it named its category:
 * its courses are the ones catalogued under `international_training`, counted against its plan.
 */
export class InternationalTrainingCategory1766060000000 implements MigrationInterface {
  name = 'InternationalTrainingCategory1766060000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE "curriculum"."plan_version" v
          SET memo_lines = (
            SELECT jsonb_agg(
                     CASE WHEN jsonb_typeof(m -> 'quarters') = 'object' AND NOT (m -> 'quarters') ? 'categoryCode'
                          THEN jsonb_set(m, '{quarters,categoryCode}', '"international_training"')
                          ELSE m END
                     ORDER BY n)
              FROM jsonb_array_elements(v.memo_lines) WITH ORDINALITY AS e(m, n))
        WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(v.memo_lines) m WHERE jsonb_typeof(m -> 'quarters') = 'object')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE "curriculum"."plan_version" v
          SET memo_lines = (
            SELECT jsonb_agg(CASE WHEN jsonb_typeof(m -> 'quarters') = 'object' THEN m #- '{quarters,categoryCode}' ELSE m END ORDER BY n)
              FROM jsonb_array_elements(v.memo_lines) WITH ORDINALITY AS e(m, n))
        WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(v.memo_lines) m WHERE jsonb_typeof(m -> 'quarters') = 'object')`,
    );
  }
}
