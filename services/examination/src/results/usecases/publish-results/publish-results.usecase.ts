import { PublicationDto, ResultPublicationView } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { assertWrittenDateReached } from '../../publication-lock';
import { Publication } from '../../publication.entity';
import { toPublicationView } from '../../publication.view';
import { ResultLookupService } from '../../result-lookup';
import { ResultQueries } from '../../result-queries';

/** The stage of the exam `examId` to publish, and when. */
export type PublishResultsCommand = PublicationDto & { examId: string };

/**
 * 합격자 발표 예약: the stage's results, once decided for every candidate, become visible at
 * `publishAt`. The instant can move until it has passed; then the results are final.
 */
@Injectable()
export class PublishResultsUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
    private readonly results: ResultQueries,
    private readonly lookups: ResultLookupService,
  ) {}

  async execute(user: AuthUser, command: PublishResultsCommand): Promise<ResultPublicationView> {
    const { examId, stage } = command;
    const publication = await this.dataSource.transaction(async (tx) => {
      const exam = await this.exams.exam(user.tenantId, examId, tx, true);
      if (stage === 'written' && exam.kind !== 'open')
        throw conflict('PUBLICATION.NO_WRITTEN_STAGE', {
          field: 'stage',
          message: '필기 합격자 발표는 공개경쟁 시험에만 있습니다 / only open exams have written results',
        });
      assertWrittenDateReached(exam, new Date(), new Date(command.publishAt));
      const counts = await this.results.decisions(tx, examId, stage);
      if (counts.candidates === 0 || counts.undecided > 0)
        throw conflict('PUBLICATION.RESULTS_UNDECIDED', {
          params: { stage, undecided: counts.undecided },
          message: '아직 결과가 정해지지 않은 응시자가 있습니다 / some candidates have no result yet',
        });
      const existing = await this.results.publication(tx, examId, stage);
      if (existing && existing.publishAt <= new Date())
        throw conflict('PUBLICATION.ALREADY_PUBLISHED', {
          params: { stage },
          message: '이미 발표된 결과입니다 / these results are already published',
        });
      const publication: Publication = {
        examId,
        stage,
        tenantId: user.tenantId,
        publishAt: new Date(command.publishAt),
        positions: await this.results.positionCount(tx, examId),
        passed: counts.passed,
        announcedAt: null,
      };
      await this.results.savePublication(tx, publication);
      return publication;
    });
    await this.lookups.refreshInstants(examId);
    return toPublicationView(publication);
  }
}
