import { CoursePublishedV1 } from '@baeum/contracts';
import { readSpreadsheet, SpreadsheetError } from '@baeum/documents';
import { EventPublisher } from '@baeum/messaging';
import { PlanImportResultView } from '@baeum/api';
import { AuthUser, badRequest, conflict, fieldError, fileOverLimit, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, LessThan } from 'typeorm';
import { Category } from '../../../categories/category.entity';
import { Course } from '../../../courses/course.entity';
import { coursePublished } from '../../../courses/course.view';
import { found } from '../../../shared/errors';
import { PlanLine } from '../../plan-line.entity';
import { parsePlanSheet, ParsedRow } from '../../plan-sheet';
import { PlanVersion } from '../../plan-version.entity';
import { plannableBudgetLines } from '../../plans.queries';

export type ImportResult = PlanImportResultView;

const CATALOG_FIELDS = [
  'nameKo',
  'nameEn',
  'educationType',
  'fieldCode',
  'subfieldCode',
  'deliveryMode',
  'hours',
  'budgetLineCode',
  'yearStatus',
  'replacesCourseId',
] as const;

/**
 * A draft plan from a spreadsheet (.xlsx or CSV): its rows replace the version's lines, adding
 * or updating the year's catalog as they go. Every bad row is reported with its line and
 * reasons (a budget line finance does not have among them), and then nothing is imported.
 */
@Injectable()
export class ImportPlanUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  async execute(user: AuthUser, versionId: string, content: unknown, fileName: string | undefined): Promise<ImportResult> {
    if (!Buffer.isBuffer(content) || content.length === 0 || !fileName)
      throw invalidInput([
        fieldError('file', 'PLAN_IMPORT.FILE_REQUIRED', undefined, '파일을 보내세요 (.xlsx 또는 .csv) / send a file (.xlsx or .csv)'),
      ]);
    let sheet: string[][];
    try {
      sheet = await readSpreadsheet(content, fileName);
    } catch (error) {
      if (error instanceof SpreadsheetError && error.status === 413) throw fileOverLimit(error);
      if (error instanceof SpreadsheetError) {
        const known = /\.(xlsx|csv|txt)$/i.test(fileName);
        throw invalidInput([
          fieldError(
            'file',
            known ? 'PLAN_IMPORT.FILE_UNREADABLE' : 'PLAN_IMPORT.FILE_TYPE',
            known ? { fileName } : { fileName, accepted: ['xlsx', 'csv'] },
            error.message,
          ),
        ]);
      }
      throw error;
    }
    return this.dataSource.transaction(async (tx) => {
      const version = found(
        await tx.findOne(PlanVersion, { where: { id: versionId, tenantId: user.tenantId }, lock: { mode: 'pessimistic_write' } }),
        'PLAN.NOT_FOUND',
        ['교육훈련계획', 'Plan version'],
      );
      if (version.status !== 'draft')
        throw conflict('PLAN.APPROVED', {
          message: '확정된 계획에는 가져올 수 없습니다; 변경 계획을 만드세요 / cannot import into an approved version: open a change',
        });
      const categories = await tx.find(Category, { where: { tenantId: user.tenantId } });
      const year = await tx.find(Course, { where: { tenantId: user.tenantId, fiscalYear: version.fiscalYear } });
      const earlier = await tx.find(Course, {
        where: { tenantId: user.tenantId, fiscalYear: LessThan(version.fiscalYear) },
        order: { fiscalYear: 'ASC' },
      });
      const existing = new Map(year.map((c) => [c.code, c]));
      const parsed = parsePlanSheet(sheet, {
        fiscalYear: version.fiscalYear,
        categories,
        existing,
        earlier: new Map(earlier.map((c) => [c.code, c])),
        budgetLines: await plannableBudgetLines(tx, user.tenantId, version.fiscalYear),
      });
      if ('errors' in parsed) {
        const params = { rows: parsed.errors.length };
        const file = {
          ...fieldError('file', 'PLAN_IMPORT.ROWS_INVALID', params),
          messages: parsed.errors.map((e) => `${e.line}행 / line ${e.line}: ${e.messages.join('; ')}`),
        };
        throw badRequest('PLAN_IMPORT.ROWS_INVALID', {
          message: `${parsed.errors.length}개 행에 오류가 있어 아무것도 가져오지 않았습니다 / ${parsed.errors.length} row(s) have errors; nothing was imported`,
          field: 'file',
          params,
          details: { errors: [file], rows: parsed.errors },
        });
      }
      let created = 0;
      let updated = 0;
      const lines: PlanLine[] = [];
      const published: Course[] = [];
      for (const row of parsed.rows) {
        const course = await this.saveCourse(tx, user.tenantId, version.fiscalYear, existing.get(row.course.code), row);
        if (course.created) created++;
        if (course.updated) updated++;
        if (course.created || course.updated) published.push(course.course);
        lines.push({
          id: randomUUID(),
          tenantId: user.tenantId,
          planVersionId: version.id,
          courseId: course.course.id,
          sessions: row.sessions,
          trainees: row.trainees,
        });
      }
      await this.publisher.publishMany(tx, CoursePublishedV1, user.tenantId, published.map(coursePublished));
      await tx.delete(PlanLine, { planVersionId: version.id });
      for (let i = 0; i < lines.length; i += 500) await tx.insert(PlanLine, lines.slice(i, i + 500));
      return { rows: lines.length, coursesCreated: created, coursesUpdated: updated };
    });
  }

  /** Adds the row's course to the year's catalog or brings it up to date; the caller announces it. */
  private async saveCourse(
    tx: EntityManager,
    tenantId: string,
    fiscalYear: number,
    current: Course | undefined,
    row: ParsedRow,
  ): Promise<{ course: Course; created: boolean; updated: boolean }> {
    const { replacesCode: _code, ...catalog } = row.course;
    const wanted = { ...catalog, replacesCourseId: row.replacesCourseId };
    if (current) {
      const changed = CATALOG_FIELDS.some((f) => current[f] !== wanted[f]);
      if (!changed) return { course: current, created: false, updated: false };
      Object.assign(current, wanted, { generated: false, updatedAt: new Date() });
      await tx.save(Course, current);
      return { course: current, created: false, updated: true };
    }
    const now = new Date();
    const course: Course = {
      id: randomUUID(),
      tenantId,
      fiscalYear,
      descriptionKo: '',
      descriptionEn: '',
      ...wanted,
      targetGrades: [],
      targetPositions: [],
      openToOtherProvinces: false,
      completionMinAttendancePercent: 80,
      completionRequiresAssessment: false,
      generated: false,
      sourceNote: null,
      createdAt: now,
      updatedAt: now,
    };
    await tx.insert(Course, course);
    return { course, created: true, updated: false };
  }
}
