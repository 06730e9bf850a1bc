import { completions2021Bytes, RESULTS_2021, completions2021Courses, completions2021Csv, surveys2021Responses } from '@baeum/source-data';
import { AuthUser, LOGGER } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { agenciesOf } from '../../../agencies/agencies.queries';
import { Course } from '../../../courses/course.entity';
import { coursesOfYear } from '../../../courses/courses.queries';
import { CompletionImport } from '../../../elearning/completion-record.entities';
import { failImport, platformImportsOf, setTotalBytes } from '../../../elearning/elearning.queries';
import { CreateCompletionImportUseCase } from '../../../elearning/usecases/create-completion-import/create-completion-import.usecase';
import { ImportCompletionsUseCase } from '../../../elearning/usecases/import-completions/import-completions.usecase';
import { SURVEY_ITEM_CODES } from '../../../surveys/survey-items';
import { SurveyResponse } from '../../../surveys/survey.entities';
import { insertResponses } from '../../../surveys/surveys.queries';
import { RESULTS_2021_FILE, RESULTS_2021_IMPORTER } from '../../results-2021';
import { ImportResults2021Command } from './import-results-2021.command';

const SURVEY_BATCH = 2000;

/** A uuid that is always the same for the same parts: a response generated again is the one stored before. */
function stableUuid(...parts: (string | number)[]): string {
  const h = createHash('sha1').update(parts.join('\u0000')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * 2021 실적 가져오기: the source's 2021 completions, generated as the LMS would export them, and
 * imported through the LMS import (created, then streamed in batches with its progress), with
 * the year's satisfaction surveys. Done once per database: a finished import ends it; one left
 * running by a stopped service is closed as failed and a new one reads the file again, skipping
 * the records already there (a record is one trainee, course and date), so nothing is counted twice.
 */
@Injectable()
export class ImportResults2021UseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly create: CreateCompletionImportUseCase,
    private readonly importCompletions: ImportCompletionsUseCase,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Runs the import to its end; null when it had run before. */
  async execute(command: ImportResults2021Command): Promise<CompletionImport | null> {
    const job = await this.begin(command.tenantId);
    return job && this.finish(command, job);
  }

  /**
   * The import to run, created (or a created one taken up) before anything is generated, so that
   * the report shows it under way from the start; null when it has run before. A start awaits this
   * and leaves `finish` to the background.
   */
  async begin(tenantId: string): Promise<CompletionImport | null> {
    const db = this.dataSource.manager;
    const earlier = await platformImportsOf(db, tenantId, RESULTS_2021_FILE, RESULTS_2021_IMPORTER);
    if (earlier.some((i) => i.status === 'finished')) return null;
    for (const stopped of earlier.filter((i) => i.status === 'running'))
      await failImport(db, stopped.id, {
        failure:
          '서비스가 가져오는 중에 멈췄습니다. 새 가져오기가 이어받습니다 / the service stopped during the import; a new import takes over',
        failureCode: 'COMPLETION_IMPORT.FAILED',
        failureParams: null,
      });
    return (
      earlier.find((i) => i.status === 'created') ??
      (await this.create.execute({ actor: this.actorOf(tenantId), file: { fileName: RESULTS_2021_FILE, totalBytes: 1 } }))
    );
  }

  /** Waits for the 2021 catalog, stores the surveys, and streams the generated file into the import. */
  async finish({ tenantId, scale, pollMs = 1000 }: ImportResults2021Command, job: CompletionImport): Promise<CompletionImport> {
    const db = this.dataSource.manager;
    const actor = this.actorOf(tenantId);
    const catalog = await this.catalog(tenantId, pollMs);
    const courses = completions2021Courses(
      {
        general: catalog.filter((c) => c.educationType === 'general').map((c) => c.code),
        e_learning: catalog.filter((c) => c.educationType === 'e_learning').map((c) => c.code),
      },
      scale,
    );
    const agencies = (await agenciesOf(db, tenantId)).map((a) => a.code).sort();
    await setTotalBytes(db, job.id, completions2021Bytes(courses, agencies));
    await this.storeSurveys(tenantId, new Map(catalog.map((c) => [c.code, c])), surveys2021Responses(courses, SURVEY_ITEM_CODES.length));
    this.logger.info({ importId: job.id, courses: courses.length }, 'importing the 2021 completions');
    const chunks = (function* () {
      for (const chunk of completions2021Csv(courses, agencies)) yield Buffer.from(chunk);
    })();
    const done = await this.importCompletions.run(actor, job.id, Readable.from(chunks));
    this.logger.info({ importId: job.id, status: done.status, imported: done.imported }, 'the 2021 completions are imported');
    return done;
  }

  private actorOf(tenantId: string): AuthUser {
    return { userId: RESULTS_2021_IMPORTER, tenantId, role: 'course_manager', agencyCode: null, name: 'Baeum' };
  }

  /**
   * The tenant's 2021 catalog once all of it has arrived from curriculum (as many courses of each
   * type as the source's original plan had), so that the courses taken are the same on every run.
   */
  private async catalog(tenantId: string, pollMs: number): Promise<Course[]> {
    for (;;) {
      const courses = await coursesOfYear(this.dataSource.manager, tenantId, 2021);
      const count = (type: string) => courses.filter((c) => c.educationType === type).length;
      if (count('general') >= RESULTS_2021.general.planned && count('e_learning') >= RESULTS_2021.e_learning.planned) return courses;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  /** The surveys in batches, each response with an id of its own course and number, so a second run adds none. */
  private async storeSurveys(
    tenantId: string,
    catalog: Map<string, Course>,
    responses: Iterable<{
      courseCode: string;
      educationType: 'general' | 'e_learning';
      index: number;
      itemScores: number[];
      submittedOn: string;
    }>,
  ) {
    let batch: SurveyResponse[] = [];
    const flush = async () => {
      if (batch.length) await this.dataSource.transaction((tx) => insertResponses(tx, batch));
      batch = [];
    };
    for (const r of responses) {
      const course = catalog.get(r.courseCode)!;
      batch.push({
        id: stableUuid(tenantId, 'survey-2021', r.courseCode, r.index),
        tenantId,
        // The LMS's course of the year, which has no cohort here.
        cohortId: stableUuid(tenantId, 'lms-2021', r.courseCode),
        courseId: course.courseId,
        courseCode: r.courseCode,
        educationType: r.educationType,
        fieldCode: course.fieldCode,
        fiscalYear: 2021,
        itemScores: SURVEY_ITEM_CODES.map((itemCode, i) => ({ itemCode, score: r.itemScores[i] })),
        instructorScores: [],
        scoreSum: r.itemScores.reduce((sum, s) => sum + s, 0),
        scoreCount: r.itemScores.length,
        comment: null,
        submittedOn: r.submittedOn,
      });
      if (batch.length === SURVEY_BATCH) await flush();
    }
    await flush();
  }
}
