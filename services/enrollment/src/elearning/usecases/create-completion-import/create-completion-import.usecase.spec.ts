import type { Logger } from 'pino';
import { Readable } from 'node:stream';
import { Completions } from '../../../completion/completions';
import { SpecDatabase, specDatabase, userOf } from '../../../database/spec-database';
import { importOf, importsOf, refusedRowsOf } from '../../elearning.queries';
import { ImportCompletionsUseCase } from '../import-completions/import-completions.usecase';
import { CreateCompletionImportUseCase } from './create-completion-import.usecase';

const quiet = { warn() {}, info() {}, debug() {}, error() {} } as unknown as Logger;

describe('CreateCompletionImportUseCase', () => {
  let db: SpecDatabase;
  let useCase: CreateCompletionImportUseCase;
  beforeAll(async () => {
    db = await specDatabase();
    useCase = new CreateCompletionImportUseCase(db.dataSource);
  });
  afterAll(() => db.drop());

  it("stores a new import of the caller's tenant, waiting for its file, with nothing read yet", async () => {
    const manager = userOf('course_manager');
    const job = await useCase.execute({ actor: manager, file: { fileName: 'lms-2021.csv', totalBytes: 1234 } });
    expect(await importOf(db.dataSource.manager, manager.tenantId, job.id)).toMatchObject({
      id: job.id,
      tenantId: manager.tenantId,
      fileName: 'lms-2021.csv',
      totalBytes: '1234',
      startedBy: manager.userId,
      status: 'created',
      bytesRead: '0',
      rowsRead: 0,
      imported: 0,
      finishedAt: null,
    });
    expect(job).toMatchObject({ status: 'created', rowsRead: 0, createdAt: expect.any(Date) });
  });

  it('keeps the import to its tenant', async () => {
    const job = await useCase.execute({ actor: userOf('course_manager'), file: { fileName: 'a.csv', totalBytes: 10 } });
    const stranger = userOf('course_manager');
    expect(await importOf(db.dataSource.manager, stranger.tenantId, job.id)).toBeNull();
    expect(await importsOf(db.dataSource.manager, stranger.tenantId)).toEqual([]);
  });

  it('makes an import that then takes its file, keeping a refused row by its line', async () => {
    const manager = userOf('course_manager');
    const csv = '과정코드,기관코드,직원번호,성명,수료일,진도율\r\nE-NOPE,NOWHERE,X-1,누구,2021-01-01,100\r\n';
    const job = await useCase.execute({ actor: manager, file: { fileName: 'lms.csv', totalBytes: Buffer.byteLength(csv) } });
    const run = new ImportCompletionsUseCase(db.dataSource, new Completions(db.publisher), quiet);
    expect(await run.run(manager, job.id, Readable.from([Buffer.from(csv)]))).toMatchObject({
      status: 'finished',
      rowsRead: 1,
      rejected: 1,
    });
    expect((await refusedRowsOf(db.dataSource.manager, job.id)).map((e) => e.line)).toEqual([2]);
  });
});
