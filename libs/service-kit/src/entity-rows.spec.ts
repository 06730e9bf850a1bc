import { randomUUID } from 'node:crypto';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { wonTransformer } from './database';
import { EntityRows } from './entity-rows';
import { specDatabase } from './spec-database';

/**
 * EntityRows gives and takes the very objects TypeORM's `find` and `insert` do, over a real
 * PostgreSQL (a database of this run's own): every kind of column the services use, nulls and
 * the table's defaults included.
 */
@Entity({ schema: 'rows_spec', name: 'sample' })
class Sample {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'name_ko' }) nameKo!: string;
  @Column('text', { name: 'name_en', nullable: true }) nameEn!: string | null;
  @Column('int') seats!: number;
  @Column('bigint', { name: 'amount_won' }) amountWon!: string;
  @Column('bigint', { name: 'budget_won', transformer: wonTransformer }) budgetWon!: bigint;
  @Column('numeric', { precision: 5, scale: 2, nullable: true }) percent!: string | null;
  @Column('boolean', { default: false }) open!: boolean;
  @Column('date', { name: 'start_date' }) startDate!: string;
  @Column('date', { name: 'closes_on', nullable: true }) closesOn!: string | null;
  @Column('timestamptz', { name: 'applied_at' }) appliedAt!: Date;
  @Column('jsonb', { default: () => `'[]'` }) steps!: string[];
  @Column('text', { default: 'scheduled' }) status!: string;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt!: Date;
}

const database = specDatabase('rows');
let dataSource: DataSource;

beforeAll(async () => {
  await database.create();
  dataSource = new DataSource({ type: 'postgres', url: database.url, entities: [Sample] });
  await dataSource.initialize();
  await dataSource.query('CREATE SCHEMA rows_spec');
  await dataSource.synchronize();
}, 60_000);

afterAll(async () => {
  await dataSource?.destroy();
  await database.drop();
});

const sample = (over: Partial<Sample> = {}): Sample =>
  Object.assign(new Sample(), {
    id: randomUUID(),
    nameKo: '리더십 과정',
    nameEn: 'Leadership',
    seats: 30,
    amountWon: '14000000000',
    budgetWon: 14_000_000_000n,
    percent: '87.50',
    open: true,
    startDate: '2027-03-02',
    closesOn: '2027-02-20',
    appliedAt: new Date('2027-01-05T09:00:00.123Z'),
    steps: ['agency', 'institute'],
    status: 'open',
    updatedAt: new Date('2027-01-05T09:00:01.000Z'),
    ...over,
  });

it('reads rows as find does: the same class, the same values of every column kind', async () => {
  const full = sample();
  const sparse = sample({ nameEn: null, percent: null, closesOn: null, steps: [] });
  await dataSource.getRepository(Sample).insert([full, sparse]);

  const rows = EntityRows.of(dataSource.manager, Sample);
  for (const id of [full.id, sparse.id]) {
    const ours = await rows.selectOne(dataSource.manager, 'WHERE id = $1', [id]);
    const typeorms = await dataSource.getRepository(Sample).findOneByOrFail({ id });
    expect(ours).toBeInstanceOf(Sample);
    expect(ours).toEqual(typeorms);
  }
  expect(await rows.selectOne(dataSource.manager, 'WHERE id = $1', [randomUUID()])).toBeNull();
  expect(rows.table).toBe('"rows_spec"."sample"');
});

it('writes rows as insert does, leaving what the entity leaves undefined to the table defaults', async () => {
  const rows = EntityRows.of(dataSource.manager, Sample);
  const written = sample({ startDate: '2027-12-31', appliedAt: new Date('2027-12-31T14:59:59.999Z') });
  await rows.insert(dataSource.manager, written);
  expect(await dataSource.getRepository(Sample).findOneByOrFail({ id: written.id })).toEqual(written);

  const defaults = sample();
  const bare: Partial<Sample> = { ...defaults };
  delete bare.open;
  delete bare.steps;
  delete bare.status;
  delete bare.updatedAt;
  await rows.insert(dataSource.manager, Object.assign(new Sample(), bare));
  const read = await dataSource.getRepository(Sample).findOneByOrFail({ id: defaults.id });
  expect(read).toMatchObject({ open: false, steps: [], status: 'scheduled', nameKo: '리더십 과정', seats: 30 });
  expect(read.updatedAt).toBeInstanceOf(Date);
});

it('takes the same entity object from one data source to the next (the mapping is kept per metadata)', async () => {
  expect(EntityRows.of(dataSource.manager, Sample)).toBe(EntityRows.of(dataSource.createEntityManager(), Sample));
});
