import type { CompletionImportStatus, ErrorCode, ErrorParams } from '@baeum/api';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { LineProblem } from '../uploads';

/**
 * A completion (수료) reported by the LMS or carried over from an earlier system, one per
 * trainee, course and completion date. Linked to the application it completed when the trainee
 * enrolled here; otherwise it counts on its own in the reports.
 */
@Entity({ name: 'completion_record' })
@Index('UQ_completion_record', ['tenantId', 'courseCode', 'agencyCode', 'employeeNo', 'completedOn'], { unique: true })
@Index('IDX_completion_record_year', ['tenantId', 'completedOn'])
export class CompletionRecord {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('text', { name: 'course_code' })
  courseCode: string;

  @Column('text', { name: 'agency_code' })
  agencyCode: string;

  @Column('text', { name: 'employee_no' })
  employeeNo: string;

  @Column('text', { name: 'trainee_name' })
  traineeName: string;

  @Column('date', { name: 'completed_on' })
  completedOn: string;

  @Column('int', { name: 'progress_percent', nullable: true })
  progressPercent: number | null;

  @Column('uuid', { name: 'import_id' })
  importId: string;

  @Column('uuid', { name: 'application_id', nullable: true })
  applicationId: string | null;
}

export type ImportStatus = CompletionImportStatus;

/** An upload of completion records: its progress while it streams in, and its totals after. */
@Entity({ name: 'completion_import' })
@Index('IDX_completion_import_tenant', ['tenantId', 'createdAt'])
export class CompletionImport {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('text', { name: 'file_name' })
  fileName: string;

  @Column('bigint', { name: 'total_bytes' })
  totalBytes: string;

  @Column('bigint', { name: 'bytes_read', default: 0 })
  bytesRead: string;

  @Column('int', { name: 'rows_read', default: 0 })
  rowsRead: number;

  @Column('int', { default: 0 })
  imported: number;

  /** Rows already imported before (by an earlier run of the same file, or twice in it). */
  @Column('int', { default: 0 })
  duplicates: number;

  @Column('int', { default: 0 })
  rejected: number;

  /** Applications here that the imported rows completed. */
  @Column('int', { name: 'applications_completed', default: 0 })
  applicationsCompleted: number;

  @Column('text', { default: 'created' })
  status: ImportStatus;

  @Column('text', { nullable: true })
  failure: string | null;

  /** Why it failed, as a code (the file's problem, or `COMPLETION_IMPORT.FAILED`), and the code's parameters. */
  @Column('text', { name: 'failure_code', nullable: true })
  failureCode: ErrorCode | null;

  @Column('jsonb', { name: 'failure_params', nullable: true })
  failureParams: ErrorParams | null;

  @Column('uuid', { name: 'started_by' })
  startedBy: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt: Date | null;
}

/** Why one row of an import was refused, with its line in the file. */
@Entity({ name: 'completion_import_error' })
export class CompletionImportError {
  @PrimaryColumn('uuid', { name: 'import_id' })
  importId: string;

  @PrimaryColumn('int')
  line: number;

  @Column('text')
  reason: string;

  @Column('text')
  raw: string;

  /** Each reason with its code: `{ line, field, code, params }`. */
  @Column('jsonb', { default: () => `'[]'` })
  problems: LineProblem[];
}
