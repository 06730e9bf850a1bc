import type { EntityManager } from 'typeorm';
import { CompletionImport, CompletionImportError } from './completion-record.entities';
import type { CompletionRow } from './completion-rows';

/** Reads and writes of LMS completion imports and their records. */

/** A refused row as it is kept for the import's error report (`problems` as JSON). */
export interface RefusedRow {
  line: number;
  reason: string;
  raw: string;
  problems: string;
}

/** A new record whose trainee is enrolled here in that e-learning course, with the application it can complete. */
export interface EnrolledMatch {
  record_id: string;
  application_id: string;
  completed_on: string;
  progress_percent: number | null;
}

/** Stores a new import; what it is given and the columns' defaults (created, nothing read yet, created now). */
export const createImport = (
  db: EntityManager,
  job: Pick<CompletionImport, 'id' | 'tenantId' | 'fileName' | 'totalBytes' | 'startedBy'>,
): Promise<CompletionImport> => db.getRepository(CompletionImport).save(db.getRepository(CompletionImport).create(job));

/** The tenant's latest 50 imports, newest first. */
export const importsOf = (db: EntityManager, tenantId: string): Promise<CompletionImport[]> =>
  db.getRepository(CompletionImport).find({ where: { tenantId }, order: { createdAt: 'DESC' }, take: 50 });

/** An import of the tenant; null when it is not the tenant's. */
export const importOf = (db: EntityManager, tenantId: string, id: string): Promise<CompletionImport | null> =>
  db.getRepository(CompletionImport).findOne({ where: { id, tenantId } });

/** An import by its id alone (the caller has checked its tenant). */
export const importById = (db: EntityManager, id: string): Promise<CompletionImport | null> =>
  db.getRepository(CompletionImport).findOne({ where: { id } });

/** Marks a run import finished now, and reads it back with its totals. */
export async function finishImport(db: EntityManager, id: string): Promise<CompletionImport> {
  await db.getRepository(CompletionImport).update(id, { status: 'finished', finishedAt: new Date() });
  return db.getRepository(CompletionImport).findOneByOrFail({ id });
}

/** Marks an import failed now, with why (its message and code). */
export async function failImport(
  db: EntityManager,
  id: string,
  why: Pick<CompletionImport, 'failure' | 'failureCode' | 'failureParams'>,
): Promise<void> {
  await db.getRepository(CompletionImport).update(id, { status: 'failed', ...why, finishedAt: new Date() });
}

/** An import's refused rows by line. */
export const refusedRowsOf = (db: EntityManager, importId: string): Promise<CompletionImportError[]> =>
  db.getRepository(CompletionImportError).find({ where: { importId }, order: { line: 'ASC' } });

/** Sets a just-created import running; false when it is not the tenant's or has run already. */
export async function startImport(db: EntityManager, tenantId: string, importId: string): Promise<boolean> {
  const started = await db
    .getRepository(CompletionImport)
    .createQueryBuilder()
    .update()
    .set({ status: 'running' })
    .where(`id = :id AND tenant_id = :tenant AND status = 'created'`, { id: importId, tenant: tenantId })
    .execute();
  return Boolean(started.affected);
}

/** After a bulk load the planner's statistics are stale; reports over the records need fresh ones. */
export async function analyzeCompletionRecords(db: EntityManager): Promise<void> {
  await db.query(`ANALYZE enrollment.completion_record`);
}

/** The course codes a record may name: the tenant's courses and the courses of the cohorts it knows. */
export async function knownCourseCodes(db: EntityManager, tenantId: string): Promise<string[]> {
  const known: { code: string }[] = await db.query(
    `SELECT code FROM enrollment.course WHERE tenant_id = $1
     UNION SELECT course_code FROM enrollment.cohort_seats WHERE tenant_id = $1 AND course_code IS NOT NULL`,
    [tenantId],
  );
  return known.map((k) => k.code);
}

/**
 * Inserts the records not there yet (one per trainee, course and completion date), and finds in the
 * same statement those of trainees with a confirmed, not yet completed application to a cohort of
 * that e-learning course: how many it inserted, and the applications they can complete. A batch
 * none of whose records is expected to be there is inserted without the conflict check, a fifth
 * cheaper; a record that is there after all fails the statement (a unique violation), and the
 * caller inserts the batch again with the records already there skipped.
 */
/** Whether a batch's records may already be there: a first import expects none (no conflict check); else they are skipped. */
export type ExistingRecords = 'none expected' | 'skipped';

export async function insertRecords(
  tx: EntityManager,
  tenantId: string,
  importId: string,
  r: CompletionRow[],
  existing: ExistingRecords,
): Promise<{ inserted: number; enrolled: EnrolledMatch[] }> {
  const [row]: { inserted: number; enrolled: EnrolledMatch[] }[] = await tx.query(
    `WITH inserted AS (
       INSERT INTO enrollment.completion_record
              (tenant_id, import_id, course_code, agency_code, employee_no, trainee_name, completed_on, progress_percent)
       SELECT $1, $2, * FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::int[])
       ${existing === 'skipped' ? 'ON CONFLICT (tenant_id, course_code, agency_code, employee_no, completed_on) DO NOTHING' : ''}
       RETURNING id, tenant_id, course_code, agency_code, employee_no, completed_on, progress_percent),
     enrolled AS (
       SELECT r.id::text AS record_id, a.id AS application_id, to_char(r.completed_on, 'YYYY-MM-DD') AS completed_on, r.progress_percent
         FROM inserted r
         JOIN enrollment.trainee t ON t.tenant_id = r.tenant_id AND t.agency_code = r.agency_code AND t.employee_no = r.employee_no
         JOIN enrollment.application a
           ON a.trainee_id = t.id AND a.status = 'confirmed' AND a.completion_status IS DISTINCT FROM 'completed'
         JOIN enrollment.cohort_seats c
           ON c.cohort_id = a.cohort_id AND c.course_code = r.course_code
          AND (c.delivery_mode = 'e_learning' OR c.education_type = 'e_learning'))
     SELECT (SELECT count(*)::int FROM inserted) AS inserted,
            (SELECT coalesce(json_agg(enrolled), '[]'::json) FROM enrolled) AS enrolled`,
    [
      tenantId,
      importId,
      r.map((x) => x.courseCode),
      r.map((x) => x.agencyCode),
      r.map((x) => x.employeeNo),
      r.map((x) => x.name),
      r.map((x) => x.completedOn),
      r.map((x) => x.progress),
    ],
  );
  return row;
}

/** Keeps refused rows with their line and reason; a line kept before (a re-run) stays as it was. */
export async function insertRefusedRows(tx: EntityManager, importId: string, rows: RefusedRow[]): Promise<void> {
  await tx.query(
    `INSERT INTO enrollment.completion_import_error (import_id, line, reason, raw, problems)
     SELECT $1, line, reason, raw, problems::jsonb
       FROM unnest($2::int[], $3::text[], $4::text[], $5::text[]) AS t(line, reason, raw, problems)
     ON CONFLICT DO NOTHING`,
    [importId, rows.map((e) => e.line), rows.map((e) => e.reason), rows.map((e) => e.raw), rows.map((e) => e.problems)],
  );
}

/** Adds a batch's counts to the import's progress. */
export async function addProgress(
  tx: EntityManager,
  importId: string,
  progress: { bytesRead: number; rowsRead: number; imported: number; duplicates: number; rejected: number; completed: number },
): Promise<void> {
  await tx.query(
    `UPDATE enrollment.completion_import
        SET bytes_read = GREATEST(bytes_read, $2), rows_read = rows_read + $3, imported = imported + $4, duplicates = duplicates + $5,
            rejected = rejected + $6, applications_completed = applications_completed + $7
      WHERE id = $1`,
    [importId, progress.bytesRead, progress.rowsRead, progress.imported, progress.duplicates, progress.rejected, progress.completed],
  );
}

/** Notes the application a record completed. */
export async function linkRecord(tx: EntityManager, recordId: string, applicationId: string): Promise<void> {
  await tx.query(`UPDATE enrollment.completion_record SET application_id = $2 WHERE id = $1`, [recordId, applicationId]);
}

/** The tenant's imports of a file made by the platform itself (the demo's), newest first. */
export const platformImportsOf = (db: EntityManager, tenantId: string, fileName: string, startedBy: string): Promise<CompletionImport[]> =>
  db.getRepository(CompletionImport).find({ where: { tenantId, fileName, startedBy }, order: { createdAt: 'DESC' } });

/** Sets a created import's size, once the file it will read is known. */
export async function setTotalBytes(db: EntityManager, id: string, totalBytes: number): Promise<void> {
  await db.getRepository(CompletionImport).update({ id, status: 'created' }, { totalBytes: String(totalBytes) });
}
