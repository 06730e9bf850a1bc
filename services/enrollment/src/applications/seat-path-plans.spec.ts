import { randomBytes, randomUUID } from 'node:crypto';
import { specDatabase, SpecDatabase } from '../database/spec-database';
import { WRITE_SEATS } from '../seats/seats.queries';
import { COHORT_AND_HELD } from './applications.queries';

/*
 * The seat path's statements stay prepared in each pooled connection (docs/adr/0020), so PostgreSQL
 * plans each once per connection, generically, from the tables' statistics. On an institute's
 * database some years in (thousands of cohorts, many more applications) each must reach cohorts and
 * applications by key: reading a whole table to filter it is paid on every application, and grows
 * with every year.
 */

let db: SpecDatabase;
beforeAll(async () => {
  db = await specDatabase();
  // Years of cohorts and their applications, as the planner's statistics see them.
  await db.dataSource.query(
    `INSERT INTO enrollment.cohort_seats (cohort_id, tenant_id, course_id, course_code, start_date, end_date, application_closes,
       cancellation_closes, capacity)
     SELECT gen_random_uuid(), $1, gen_random_uuid(), 'PAST-' || n, d, d, d, d, 30
       FROM generate_series(1, 4000) n, LATERAL (SELECT current_date - (n % 1500) AS d) day`,
    [randomUUID()],
  );
  await db.dataSource.query(
    `INSERT INTO enrollment.application (id, tenant_id, cohort_id, trainee_id, trainee_tenant_id, agency_code, trainee_name, via,
       approval_required, status, applied_at)
     SELECT gen_random_uuid(), c.tenant_id, c.cohort_id, gen_random_uuid(), c.tenant_id, 'AG-PAST', '지난 교육생', 'application', 'none',
       'confirmed', now() FROM enrollment.cohort_seats c, generate_series(1, 10)`,
  );
  await db.dataSource.query(`ANALYZE enrollment.cohort_seats, enrollment.application`);
}, 120_000);
afterAll(() => db?.drop());

/**
 * The generic plan PostgreSQL keeps for `sql` prepared on this database, from its tables' statistics.
 * The name is new each time: a failed EXPLAIN aborts the transaction (where no DEALLOCATE could run
 * to hide its error) and leaves the statement on a connection of a database dropped at the end.
 */
function genericPlan(sql: string, parameters: string[]): Promise<string> {
  const name = `spec_plan_${randomBytes(4).toString('hex')}`;
  return db.dataSource.transaction(async (tx) => {
    await tx.query(`SET LOCAL plan_cache_mode = force_generic_plan`);
    await tx.query(`PREPARE ${name} AS ${sql}`);
    const rows: { 'QUERY PLAN': string }[] = await tx.query(`EXPLAIN EXECUTE ${name}(${parameters.join(', ')})`);
    await tx.query(`DEALLOCATE ${name}`);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  });
}

const uuid = () => `'${randomUUID()}'`;

it('reads the cohort applied for and the cohorts the trainee holds by their keys, not by reading every cohort', async () => {
  const plan = await genericPlan(`SELECT cohort_id FROM enrollment.cohort_seats ${COHORT_AND_HELD}`, [uuid(), uuid(), `'{confirmed}'`]);
  expect(plan).not.toMatch(/Seq Scan on (application|cohort_seats)\b/);
  expect(plan).toMatch(/Index (Only )?Scan (using|on) cohort_seats_pkey/);
});

it("writes a cohort's seats by the keys of its changed applications, not by reading every application", async () => {
  const plan = await genericPlan(WRITE_SEATS, [uuid(), '1', '0', '1', ...Array<string>(10).fill(`'{}'`)]);
  expect(plan).not.toMatch(/Seq Scan on (application|cohort_seats)\b/);
  expect(plan).toMatch(/Index (Only )?Scan (using|on) "?PK_\w+"? on application/);
});
