import { RESULTS_2021 } from '@baeum/source-data';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { Agency } from '../../../agencies/agency.entity';
import { Completions } from '../../../completion/completions';
import { Course } from '../../../courses/course.entity';
import { SpecDatabase, specDatabase } from '../../../database/spec-database';
import { CompletionImport } from '../../../elearning/completion-record.entities';
import { CreateCompletionImportUseCase } from '../../../elearning/usecases/create-completion-import/create-completion-import.usecase';
import { ImportCompletionsUseCase } from '../../../elearning/usecases/import-completions/import-completions.usecase';
import { results2021Import, resultsReport } from '../../reports.queries';
import { RESULTS_2021_FILE, RESULTS_2021_IMPORTER } from '../../results-2021';
import { ImportResults2021UseCase } from './import-results-2021.usecase';

const quiet = { warn() {}, info() {}, debug() {}, error() {} } as unknown as Logger;
/** 0.1 % of the source's completions: every course it ran still has one (113 + 701). */
const SCALE = 0.001;

describe('ImportResults2021UseCase', () => {
  let db: SpecDatabase;
  let useCase: ImportResults2021UseCase;
  beforeAll(async () => {
    db = await specDatabase();
    const create = new CreateCompletionImportUseCase(db.dataSource);
    useCase = new ImportResults2021UseCase(
      db.dataSource,
      create,
      new ImportCompletionsUseCase(db.dataSource, new Completions(db.publisher), quiet),
      quiet,
    );
  });
  afterAll(() => db.drop());

  /** A tenant with two agencies and curriculum's 2021 catalog (the source's original plan: 130 general, 191 e-learning courses). */
  async function givenTenant(): Promise<string> {
    const tenantId = randomUUID();
    await db.dataSource.manager.insert(Agency, [
      { tenantId, code: 'MAPO-GU', nameKo: '마포구', nameEn: 'Mapo-gu', kind: 'district' },
      { tenantId, code: 'GANGNAM-GU', nameKo: '강남구', nameEn: 'Gangnam-gu', kind: 'district' },
    ]);
    const course = (type: 'general' | 'e_learning', i: number): Course => ({
      courseId: randomUUID(),
      tenantId,
      fiscalYear: 2021,
      code: `${type === 'general' ? 'G' : 'E'}21-${String(i).padStart(3, '0')}`,
      nameKo: `과정 ${i}`,
      nameEn: `Course ${i}`,
      educationType: type,
      fieldCode: type === 'general' ? 'job_competency' : 'e_job',
      deliveryMode: type === 'general' ? 'face_to_face' : 'e_learning',
      completionMinAttendancePercent: 80,
    });
    await db.dataSource.manager.insert(Course, [
      ...Array.from({ length: RESULTS_2021.general.planned }, (_, i) => course('general', i + 1)),
      ...Array.from({ length: RESULTS_2021.e_learning.planned }, (_, i) => course('e_learning', i + 1)),
    ]);
    return tenantId;
  }

  const report = (tenantId: string) => db.dataSource.transaction((tx) => resultsReport(tx, tenantId, 2021));
  const surveys = async (tenantId: string) =>
    (await db.dataSource.query(`SELECT count(*)::int AS n FROM enrollment.survey_response WHERE tenant_id = $1`, [tenantId]))[0].n;

  it("gives the source's 2021 table from the records it imports: courses, trainees and satisfaction per type", async () => {
    const tenantId = await givenTenant();
    const done = await useCase.execute({ tenantId, scale: SCALE, pollMs: 50 });
    expect(done).toMatchObject({ status: 'finished', imported: 113 + 701, duplicates: 0, rejected: 0, fileName: RESULTS_2021_FILE });
    expect(Number(done!.bytesRead)).toBe(Number(done!.totalBytes));
    const { rows, overall, importing } = await report(tenantId);
    expect(importing).toBeNull();
    expect(rows.map((r) => [r.id, r.actual, r.satisfaction])).toEqual([
      ['total', { courses: 304, trainees: 814 }, 4.36],
      ['general', { courses: 113, trainees: 113 }, 4.49],
      ['e_learning', { courses: 191, trainees: 701 }, 4.22],
    ]);
    expect(overall.plainMeanOfTypes).toBe(4.36);
    // Done once: a second start imports nothing.
    expect(await useCase.execute({ tenantId, scale: SCALE, pollMs: 50 })).toBeNull();
  });

  it('shows the import waiting until the 2021 catalog has arrived, then takes it up', async () => {
    const tenantId = randomUUID();
    const running = useCase.execute({ tenantId, scale: SCALE, pollMs: 50 });
    let waiting: Awaited<ReturnType<typeof results2021Import>> = null;
    for (let i = 0; i < 200 && !waiting; i++) {
      waiting = await results2021Import(db.dataSource.manager, tenantId);
      if (!waiting) await new Promise((r) => setTimeout(r, 50));
    }
    expect(waiting).toEqual({ status: 'waiting', percent: 0, rowsRead: 0 });
    await givenTenantLike(tenantId);
    expect(await running).toMatchObject({ status: 'finished', imported: 113 + 701 });
    expect(await results2021Import(db.dataSource.manager, tenantId)).toBeNull();
  });

  /** Gives an existing tenant id the catalog and agencies of a fresh one. */
  async function givenTenantLike(tenantId: string): Promise<string> {
    const other = await givenTenant();
    await db.dataSource.query(`UPDATE enrollment.agency SET tenant_id = $1 WHERE tenant_id = $2`, [tenantId, other]);
    await db.dataSource.query(`UPDATE enrollment.course SET tenant_id = $1 WHERE tenant_id = $2`, [tenantId, other]);
    return tenantId;
  }

  it('after a stop midway, a new start closes the stopped import and counts nothing twice', async () => {
    const tenantId = await givenTenant();
    const first = (await useCase.execute({ tenantId, scale: SCALE, pollMs: 50 }))!;
    const surveysBefore = await surveys(tenantId);
    // As if the service had stopped while the import was still reading: half its records in, still running.
    await db.dataSource.query(
      `DELETE FROM enrollment.completion_record WHERE tenant_id = $1 AND id IN ` +
        `(SELECT id FROM enrollment.completion_record WHERE tenant_id = $1 ORDER BY id DESC LIMIT 400)`,
      [tenantId],
    );
    await db.dataSource.manager.update(CompletionImport, first.id, { status: 'running', finishedAt: null });
    await db.dataSource.query(`DELETE FROM enrollment.survey_response WHERE tenant_id = $1 AND education_type = 'e_learning'`, [tenantId]);
    expect((await report(tenantId)).importing).toMatchObject({ status: 'running' });

    const again = (await useCase.execute({ tenantId, scale: SCALE, pollMs: 50 }))!;
    expect(again.id).not.toBe(first.id);
    expect(again).toMatchObject({ status: 'finished', imported: 400, duplicates: 814 - 400 });
    const imports = await db.dataSource.manager.find(CompletionImport, {
      where: { tenantId, startedBy: RESULTS_2021_IMPORTER },
      order: { createdAt: 'ASC' },
    });
    expect(imports.map((i) => [i.id, i.status])).toEqual([
      [first.id, 'failed'],
      [again.id, 'finished'],
    ]);
    expect(await surveys(tenantId)).toBe(surveysBefore);
    expect((await report(tenantId)).rows.map((r) => [r.id, r.actual, r.satisfaction])).toEqual([
      ['total', { courses: 304, trainees: 814 }, 4.36],
      ['general', { courses: 113, trainees: 113 }, 4.49],
      ['e_learning', { courses: 191, trainees: 701 }, 4.22],
    ]);
  });
});
