import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { currentContext } from './request-context';

/**
 * The audit log of administrative changes (who, when, what, before and after). Each service keeps
 * its own, written in the same transaction as the change it records, so a change is never without
 * its entry nor an entry without its change; the gateway merges them into one log for the
 * administrator. The table is the same in every service: `auditTableStatements(schema)` makes it.
 */
export interface AuditChange {
  tenantId: string;
  /** Who made the change: the signed-in user's id, or null for the platform itself (a seed, a migration). */
  actorId: string | null;
  /** The actor's name and role as they were then, so the log reads the same after a rename. */
  actorName: string;
  actorRole: string;
  /** What was done, as `subject.verb`: `user.disabled`, `agency.created`, `settings.changed`. */
  action: string;
  /** The kind of thing changed and which one: `user` + its id, `agency` + its code. */
  subjectType: string;
  subjectId: string;
  /** The changed fields before and after (secrets left out); null before a creation and after a deletion. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Table and indexes of a service's audit log, for its migration. */
export function auditTableStatements(schema: string): { up: string[]; down: string[] } {
  return {
    up: [
      `CREATE TABLE "${schema}"."audit_log" (
        "id" bigserial PRIMARY KEY,
        "tenant_id" uuid NOT NULL,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "actor_id" uuid,
        "actor_name" text NOT NULL,
        "actor_role" text NOT NULL,
        "action" text NOT NULL,
        "subject_type" text NOT NULL,
        "subject_id" text NOT NULL,
        "before" jsonb,
        "after" jsonb,
        "correlation_id" text
      )`,
      `CREATE INDEX "IDX_audit_log_tenant_at" ON "${schema}"."audit_log" ("tenant_id", "at" DESC)`,
    ],
    down: [`DROP TABLE "${schema}"."audit_log"`],
  };
}

/** Records one change, inside the transaction that makes it. */
export async function recordAudit(tx: EntityManager, schema: string, change: AuditChange): Promise<void> {
  await tx.query(
    `INSERT INTO "${schema}"."audit_log"
       (tenant_id, actor_id, actor_name, actor_role, action, subject_type, subject_id, before, after, correlation_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      change.tenantId,
      change.actorId,
      change.actorName,
      change.actorRole,
      change.action,
      change.subjectType,
      change.subjectId,
      change.before === null ? null : JSON.stringify(change.before),
      change.after === null ? null : JSON.stringify(change.after),
      currentContext()?.correlationId ?? null,
    ],
  );
}

/** The fields of `after` that differ from `before`, each side with only those: what an update changed. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const keys = Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  if (keys.length === 0) return null;
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(keys.map((key) => [key, after[key] ?? null])),
  };
}

/** `GET …/audit`: a page of the log, newest first, narrowed by words, action and period. */
export class AuditLogQuery {
  @ApiPropertyOptional({ description: 'Words found in the actor, action, subject or the changed values', example: '마포' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'One action, or every action of a subject with `agency.`', example: 'user.disabled' })
  @IsOptional()
  @Matches(/^[a-z_]+(\.[a-z_]*)?$/, { message: 'action must read subject.verb' })
  @MaxLength(60)
  action?: string;

  @ApiPropertyOptional({ description: 'From this day (Seoul), inclusive', example: '2026-12-01' })
  @IsOptional()
  @IsDateString({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Up to this day (Seoul), inclusive', example: '2026-12-31' })
  @IsOptional()
  @IsDateString({ strict: true })
  to?: string;

  @ApiPropertyOptional({ description: 'At most this many entries (1-1000)', example: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

/** One entry, as the API answers it. */
export class AuditEntryView {
  @ApiProperty({ description: 'The service that keeps the entry', example: 'gateway' })
  service: string;

  @ApiProperty({ example: '2026-12-04T09:30:00.000Z' })
  at: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  actorId: string | null;

  @ApiProperty({ example: '관리자' })
  actorName: string;

  @ApiProperty({ example: 'admin' })
  actorRole: string;

  @ApiProperty({ example: 'user.disabled' })
  action: string;

  @ApiProperty({ example: 'user' })
  subjectType: string;

  @ApiProperty({ example: '6f1c…' })
  subjectId: string;

  @ApiProperty({ type: Object, nullable: true, additionalProperties: true })
  before: Record<string, unknown> | null;

  @ApiProperty({ type: Object, nullable: true, additionalProperties: true })
  after: Record<string, unknown> | null;
}

interface AuditRow {
  at: Date;
  actor_id: string | null;
  actor_name: string;
  actor_role: string;
  action: string;
  subject_type: string;
  subject_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** A page of one institute's log, newest first. Days are Seoul days. */
export async function readAudit(
  db: Pick<EntityManager, 'query'>,
  schema: string,
  service: string,
  tenantId: string,
  query: AuditLogQuery,
): Promise<AuditEntryView[]> {
  const words = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const action = query.action ? (query.action.endsWith('.') ? `${query.action}%` : query.action) : null;
  const rows: AuditRow[] = await db.query(
    `SELECT at, actor_id, actor_name, actor_role, action, subject_type, subject_id, before, after
       FROM "${schema}"."audit_log"
      WHERE tenant_id = $1
        AND ($2::text IS NULL OR action LIKE $2)
        AND ($3::date IS NULL OR at >= ($3::date::timestamp AT TIME ZONE 'Asia/Seoul'))
        AND ($4::date IS NULL OR at < (($4::date + 1)::timestamp AT TIME ZONE 'Asia/Seoul'))
        AND ($5::text IS NULL OR actor_name ILIKE $5 OR action ILIKE $5 OR subject_id ILIKE $5
             OR before::text ILIKE $5 OR after::text ILIKE $5)
      ORDER BY at DESC, id DESC
      LIMIT $6`,
    [tenantId, action, query.from ?? null, query.to ?? null, words, query.limit ?? 200],
  );
  return rows.map((row) => ({
    service,
    at: new Date(row.at).toISOString(),
    actorId: row.actor_id,
    actorName: row.actor_name,
    actorRole: row.actor_role,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    before: row.before,
    after: row.after,
  }));
}
