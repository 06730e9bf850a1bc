import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { auditTableStatements, changedFields, readAudit, recordAudit } from './audit';
import { specDatabase } from './spec-database';

// The audit log against a real PostgreSQL, in a database of this run's own.
const database = specDatabase('audit');
const schema = 'audit_spec';
let dataSource: DataSource;

beforeAll(async () => {
  await database.create();
  dataSource = new DataSource({ type: 'postgres', url: database.url, extra: { max: 2 } });
  await dataSource.initialize();
  await dataSource.query(`CREATE SCHEMA "${schema}"`);
  for (const statement of auditTableStatements(schema).up) await dataSource.query(statement);
});

afterAll(async () => {
  await dataSource?.destroy();
  await database.drop();
});

const tenant = randomUUID();
const other = randomUUID();
const change = (overrides: Partial<Parameters<typeof recordAudit>[2]>) => ({
  tenantId: tenant,
  actorId: randomUUID(),
  actorName: '관리자',
  actorRole: 'admin',
  action: 'agency.changed',
  subjectType: 'agency',
  subjectId: 'MAPO-GU',
  before: { name: '마포구청' },
  after: { name: '마포구' },
  ...overrides,
});

describe('audit log', () => {
  beforeAll(async () => {
    await dataSource.transaction(async (tx) => {
      await recordAudit(tx, schema, change({}));
      await recordAudit(tx, schema, change({ action: 'user.disabled', subjectType: 'user', subjectId: 'u-1', before: null, after: null }));
      await recordAudit(tx, schema, change({ tenantId: other, actorName: '다른 기관' }));
    });
  });

  it("reads one institute's entries only, newest first", async () => {
    const entries = await readAudit(dataSource, schema, 'spec', tenant, {});
    expect(entries.map((e) => e.action)).toEqual(['user.disabled', 'agency.changed']);
    expect(entries[1]).toMatchObject({ service: 'spec', before: { name: '마포구청' }, after: { name: '마포구' } });
  });

  it('narrows by an action or by every action of a subject', async () => {
    expect((await readAudit(dataSource, schema, 'spec', tenant, { action: 'user.disabled' })).length).toBe(1);
    expect((await readAudit(dataSource, schema, 'spec', tenant, { action: 'agency.' })).map((e) => e.subjectId)).toEqual(['MAPO-GU']);
  });

  it('finds words in the changed values, taking % and _ literally', async () => {
    expect((await readAudit(dataSource, schema, 'spec', tenant, { q: '마포구청' })).length).toBe(1);
    expect((await readAudit(dataSource, schema, 'spec', tenant, { q: '%' })).length).toBe(0);
  });

  it('narrows by Seoul days', async () => {
    expect((await readAudit(dataSource, schema, 'spec', tenant, { from: '2000-01-01', to: '2000-01-02' })).length).toBe(0);
    expect((await readAudit(dataSource, schema, 'spec', tenant, { from: '2000-01-01' })).length).toBe(2);
  });

  it('keeps nothing when the change itself is rolled back', async () => {
    await expect(
      dataSource.transaction(async (tx) => {
        await recordAudit(tx, schema, change({ action: 'agency.created' }));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await readAudit(dataSource, schema, 'spec', tenant, { action: 'agency.created' })).length).toBe(0);
  });
});

describe('changedFields', () => {
  it('keeps only what an update changed, or says nothing changed', () => {
    expect(changedFields({ name: 'a', kind: 'gu' }, { name: 'b', kind: 'gu' })).toEqual({ before: { name: 'a' }, after: { name: 'b' } });
    expect(changedFields({ name: 'a' }, { name: 'a' })).toBeNull();
  });
});
