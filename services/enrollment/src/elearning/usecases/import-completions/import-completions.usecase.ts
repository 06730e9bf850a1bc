import type { ErrorCode, ErrorParams } from '@baeum/api';
import { AuthUser, conflict, drainRequest, fileOverLimit, isDeadlock, isUniqueViolation, LOGGER, notFound } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import type { Logger } from 'pino';
import { DataSource, EntityManager } from 'typeorm';
import { agenciesOf } from '../../../agencies/agencies.queries';
import { Application } from '../../../applications/application.entity';
import { seoulToday } from '@baeum/calendar';
import { Cohort } from '../../../cohorts/cohort.entity';
import { Completions } from '../../../completion/completions';
import { CompletionImport } from '../../completion-record.entities';
import { LineProblem } from '../../../uploads';
import { LinedCsvParser, LinedRecord } from '../../csv-lines';
import { checkCompletionRow, Columns, completionColumns, CompletionRow, missingKeys } from '../../completion-rows';
import {
  addProgress,
  EnrolledMatch,
  ExistingRecords,
  analyzeCompletionRecords,
  failImport,
  finishImport,
  importById,
  importOf,
  insertRecords,
  insertRefusedRows,
  knownCourseCodes,
  linkRecord,
  startImport,
} from '../../elearning.queries';

const BATCH_ROWS = 5000;
/** Batches stored at once, each in its own transaction, while the next is read and checked. */
const STORES_AT_ONCE = 2;
/** Tries of a batch whose transaction was rolled back to be run again (records there after all, a deadlock). */
const STORE_TRIES = 3;
/** Refused rows kept per import for its error report; past this only their count grows. */
const MAX_KEPT_ERRORS = 10_000;
const ANALYZE_AFTER_ROWS = 50_000;

interface Batch {
  rows: CompletionRow[];
  errors: { line: number; reason: string; raw: string; problems: LineProblem[] }[];
  rowsRead: number;
}

/** Why a file cannot be imported at all, with its code. */
class ImportFailure extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
    readonly params?: ErrorParams,
  ) {
    super(message);
  }
}

/** A refused row's text as it can be stored and shown: PostgreSQL text holds no NUL, so it becomes U+FFFD. */
const storable = (text: string): string => text.replace(/\u0000/g, '\uFFFD');

/** The most a file may be: its declared size and a megabyte of slack (a size read before a last save, say). */
const maxBytesOf = (job: Pick<CompletionImport, 'totalBytes'>): number => Number(job.totalBytes) + 1024 * 1024;
const tooLarge = (maxBytes: number, bytes?: number) => ({
  code: 'FILE.TOO_LARGE' as const,
  params: { maxBytes, maxMegabytes: Math.ceil(maxBytes / 1024 / 1024), ...(bytes !== undefined ? { bytes } : {}) },
  message: `파일이 가져오기를 만들 때 알린 크기보다 큽니다 (${maxBytes}바이트까지) / the file is larger than the import declared (at most ${maxBytes} bytes)`,
});

/** The code of a failure: the file's own, a CSV the parser cannot read, or anything else. */
function failureOf(error: unknown): { code: ErrorCode; params: ErrorParams | null } {
  if (error instanceof ImportFailure) return { code: error.code, params: error.params ?? null };
  const csvCode = (error as { code?: unknown })?.code;
  if (typeof csvCode === 'string' && csvCode.startsWith('CSV_')) return { code: 'SHEET.UNREADABLE', params: { reason: csvCode } };
  return { code: 'COMPLETION_IMPORT.FAILED', params: null };
}

/**
 * Imports LMS completion records as the file streams in, in batches of 5,000 rows, each batch
 * with the import's progress in one transaction: a re-run (or a crash and a re-run) skips what
 * is already there, since a record is one trainee, course and completion date. Refused rows are
 * kept with their line and reason; records of trainees enrolled here complete their application.
 */
@Injectable()
export class ImportCompletionsUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly completions: Completions,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async run(user: AuthUser, importId: string, content: Readable): Promise<CompletionImport> {
    // The file may be as large as the import said it would be (give or take a megabyte), and no
    // larger: a body declared larger is refused before a byte of it is read.
    const declared = Number((content as Readable & { headers?: Record<string, string | undefined> }).headers?.['content-length']);
    const job = await importOf(this.dataSource.manager, user.tenantId, importId);
    if (job && Number.isFinite(declared) && declared > maxBytesOf(job)) {
      await drainRequest(content);
      throw fileOverLimit(tooLarge(maxBytesOf(job), declared));
    }
    const started = await startImport(this.dataSource.manager, user.tenantId, importId);
    if (!started) {
      const exists = await importOf(this.dataSource.manager, user.tenantId, importId);
      throw exists
        ? conflict('COMPLETION_IMPORT.ALREADY_RUN', {
            params: { status: exists.status },
            message: '이미 실행된 가져오기입니다. 새로 만들어 다시 올리세요 / This import has run; create a new one to upload again',
          })
        : notFound('COMPLETION_IMPORT.NOT_FOUND', { message: '가져오기 작업을 찾을 수 없습니다 / Import not found' });
    }
    try {
      await this.consume(user.tenantId, importId, content);
      const done = await finishImport(this.dataSource.manager, importId);
      if (done.imported >= ANALYZE_AFTER_ROWS) await analyzeCompletionRecords(this.dataSource.manager);
    } catch (error) {
      this.logger.warn({ err: error, importId }, 'completion import failed');
      content.resume(); // let the rest of the upload drain so the client gets its answer
      const { code, params } = failureOf(error);
      await failImport(this.dataSource.manager, importId, {
        failure: storable((error as Error).message.slice(0, 500)),
        failureCode: code,
        failureParams: params,
      });
      // A file past its size is refused as every upload past its limit is: 413, naming the file.
      if (code === 'FILE.TOO_LARGE') {
        await drainRequest(content);
        throw fileOverLimit({ code, params: params ?? undefined, message: (error as Error).message });
      }
    }
    return (await importById(this.dataSource.manager, importId))!;
  }

  private async consume(tenantId: string, importId: string, content: Readable) {
    const today = seoulToday();
    const agencies = new Set((await agenciesOf(this.dataSource.manager, tenantId)).map((a) => a.code));
    const courses = new Set(await knownCourseCodes(this.dataSource.manager, tenantId));
    const maxBytes = maxBytesOf((await importById(this.dataSource.manager, importId))!);
    let bytesRead = 0;
    const parser = content.pipe(new LinedCsvParser({ bom: true, relax_column_count: true, skip_empty_lines: true }));
    content.on('data', (chunk: Buffer) => {
      bytesRead += chunk.length;
      // Sent without a length, or longer than it said: stopped at the size the import declared.
      if (bytesRead > maxBytes) {
        const { message, code, params } = tooLarge(maxBytes);
        parser.destroy(new ImportFailure(message, code, params));
      }
    });
    let columns: Columns | null = null;
    let batch: Batch = { rows: [], errors: [], rowsRead: 0 };
    let keptErrors = 0;
    // A first import finds none of its records there; once a batch finds some (a re-run, a file
    // overlapping an earlier one, a row twice), the rest of the import skips them as it goes.
    let existing: ExistingRecords = 'none expected';
    const store = (full: Batch, kept: Batch['errors'], bytes: number, mode = existing, tries = 1): Promise<void> =>
      this.dataSource
        .transaction((tx) => this.store(tx, tenantId, importId, full, kept, bytes, mode))
        .catch((error) => {
          // Rolled back whole: records there after all, or two batches each holding a record the other has too.
          const again = (mode === 'none expected' && isUniqueViolation(error)) || isDeadlock(error);
          if (!again || tries >= STORE_TRIES) throw error;
          existing = 'skipped';
          return store(full, kept, bytes, 'skipped', tries + 1);
        });
    // Batches are stored STORES_AT_ONCE at a time, so the database's inserts overlap; the import's
    // progress row, which each updates last, orders their commits. The first failure is the import's.
    const storing = new Set<Promise<void>>();
    let failure: { error: unknown } | undefined;
    const stored = async () => {
      await Promise.all(storing);
      if (failure) throw failure.error;
    };
    const flush = async () => {
      const full = batch;
      const kept = full.errors.slice(0, Math.max(0, MAX_KEPT_ERRORS - keptErrors));
      keptErrors += kept.length;
      batch = { rows: [], errors: [], rowsRead: 0 };
      while (storing.size >= STORES_AT_ONCE) await Promise.race(storing);
      if (failure) throw failure.error;
      const one: Promise<void> = store(full, kept, bytesRead)
        .catch((error) => void (failure ??= { error }))
        .finally(() => storing.delete(one));
      storing.add(one);
    };
    try {
      for await (const { record, line } of parser as AsyncIterable<LinedRecord>) {
        if (!columns) {
          const found = completionColumns(record);
          if ('missing' in found)
            throw new ImportFailure(`필수 열이 없습니다 / missing columns: ${found.missing.join(', ')}`, 'SHEET.MISSING_COLUMNS', {
              columns: missingKeys(found.missing),
            });
          columns = found.columns;
          continue;
        }
        batch.rowsRead++;
        const row = checkCompletionRow(record, columns, courses, agencies, today);
        if (Array.isArray(row)) {
          batch.errors.push({
            line,
            reason: storable(row.map((p) => p.message).join('; ')),
            raw: storable(record.join(',').slice(0, 500)),
            problems: row.map(({ field, code, params }) => ({ line, ...(field ? { field } : {}), code, params: { line, ...params } })),
          });
        } else batch.rows.push(row);
        if (batch.rowsRead >= BATCH_ROWS) await flush();
      }
      if (!columns) throw new ImportFailure('빈 파일입니다 / the file is empty', 'SHEET.EMPTY_FILE');
      await flush();
    } catch (error) {
      await Promise.all(storing); // the file's own failure is the one to report
      throw error;
    }
    await stored();
  }

  /** One batch: its new records, its refused rows, the applications it completes, and the progress. */
  private async store(
    tx: EntityManager,
    tenantId: string,
    importId: string,
    batch: Batch,
    errors: Batch['errors'],
    bytesRead: number,
    existing: ExistingRecords,
  ) {
    const r = batch.rows;
    const { inserted, enrolled } = r.length ? await insertRecords(tx, tenantId, importId, r, existing) : { inserted: 0, enrolled: [] };
    if (errors.length > 0) {
      await insertRefusedRows(
        tx,
        importId,
        // jsonb takes no NUL either
        errors.map((e) => ({ ...e, problems: JSON.stringify(e.problems).replace(/\\u0000/g, '\\ufffd') })),
      );
    }
    const completed = enrolled.length ? await this.completeEnrolled(tx, enrolled) : 0;
    await addProgress(tx, importId, {
      bytesRead,
      rowsRead: batch.rowsRead,
      imported: inserted,
      duplicates: r.length - inserted,
      rejected: batch.errors.length,
      completed,
    });
  }

  /** New records of trainees enrolled here in that e-learning course complete their application. */
  private async completeEnrolled(tx: EntityManager, matches: EnrolledMatch[]): Promise<number> {
    let completed = 0;
    for (const m of matches) {
      const app = (await tx.findOne(Application, { where: { id: m.application_id } }))!;
      const cohort = (await tx.findOne(Cohort, { where: { cohortId: app.cohortId } }))!;
      if (await this.completions.complete(tx, cohort, app, m.progress_percent ?? 100, m.completed_on)) {
        await linkRecord(tx, m.record_id, app.id);
        completed++;
      }
    }
    return completed;
  }
}
