import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sqlIn, sqlOutsideQueries } from './sql-placement';

describe('sqlIn', () => {
  it('finds a raw query on an entity manager', () => {
    expect(sqlIn('await tx.query(`SELECT 1`, []);')).toContain('.query(');
  });

  it('finds a typed raw query', () => {
    expect(sqlIn('const rows = await m.query<{ n: number }[]>(sql);')).toEqual(['.query(']);
  });

  it('finds a query builder', () => {
    expect(sqlIn("await tx.getRepository(Line).createQueryBuilder('l').getMany();")).toEqual(['createQueryBuilder(']);
  });

  it.each([
    ["const sql = 'SELECT id FROM finance.entry';"],
    ['const sql = `\n  INSERT INTO curriculum.cohort (id) VALUES ($1)`;'],
    ['const sql = `UPDATE "curriculum"."instructor" i SET rating_sum = 0`;'],
    ['const sql = "DELETE FROM enrollment.seat WHERE id = $1";'],
    ['const sql = `SELECT pg_advisory_xact_lock(hashtext($1))`;'],
    ['const sql = `WITH changed AS (UPDATE a SET b = 1 RETURNING 1) SELECT 1`;'],
  ])('finds a statement in a string: %s', (source) => {
    expect(sqlIn(source)).toContain('SQL string');
  });

  it('does not take words, decorators or comments for SQL', () => {
    const source = [
      "@Query('status') status: string,",
      "const label = 'Select a cohort from the list';",
      '// SELECT id FROM finance.entry: read by ledger.queries.ts',
      '/* tx.query(`DELETE FROM x`) */',
      'const options = { select: { id: true } }; await tx.find(Line, { where: { id } });',
    ].join('\n');
    expect(sqlIn(source)).toEqual([]);
  });
});

describe('sqlOutsideQueries', () => {
  let root: string;
  const plant = (path: string, source: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), source);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sql-placement-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('names a controller, a use case and a consumer that run SQL', () => {
    plant('cohorts/cohorts.controller.ts', 'return this.dataSource.query(`SELECT * FROM curriculum.cohort`);');
    plant('cohorts/usecases/close-cohort/close-cohort.usecase.ts', 'await tx.createQueryBuilder().insert().into(Cohort).execute();');
    plant('cohorts/consumers/x.consumer.ts', 'const sql = `DELETE FROM curriculum.cohort WHERE id = $1`;');
    expect(sqlOutsideQueries(root)).toEqual([
      'cohorts/cohorts.controller.ts: .query(, SQL string',
      'cohorts/consumers/x.consumer.ts: SQL string',
      'cohorts/usecases/close-cohort/close-cohort.usecase.ts: createQueryBuilder(',
    ]);
  });

  it('leaves queries files, migrations, seeds and specs alone', () => {
    const sql = 'await tx.query(`SELECT id FROM curriculum.cohort`);';
    plant('cohorts/cohorts.queries.ts', sql);
    plant('fees/fee-queries.ts', sql);
    plant('database/migrations/1765200000000-x.ts', sql);
    plant('seed/demo-seed.ts', sql);
    plant('cohorts/cohorts.controller.spec.ts', sql);
    plant('cohorts/cohorts.controller.ts', 'return loadCohorts(this.dataSource.manager, tenantId);');
    expect(sqlOutsideQueries(root)).toEqual([]);
  });

  it('leaves a file on the allow-list alone and still names the others', () => {
    plant('identity/auth.controller.ts', 'await users.query(`SELECT 1`);');
    plant('identity/other.ts', 'await users.query(`SELECT 1`);');
    expect(sqlOutsideQueries(root, ['identity/auth.controller.ts'])).toEqual(['identity/other.ts: .query(']);
  });

  it('names repository calls outside queries files only when asked', () => {
    plant('finance/finance.controller.ts', 'const u = await this.dataSource.getRepository(User).findOne({ where: { id } });');
    plant('identity/directory.queries.ts', 'return this.dataSource.getRepository(Tenant).find();');
    plant('seed/demo-seed.ts', 'await dataSource.getRepository(User).find();');
    expect(sqlOutsideQueries(root)).toEqual([]);
    expect(sqlOutsideQueries(root, [], { repositories: true })).toEqual(['finance/finance.controller.ts: getRepository(']);
  });
});
