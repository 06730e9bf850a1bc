import { DocumentScreeningDto, DocumentScreeningView } from '@baeum/api';
import { AuthUser, badRequest, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { assertUnpublished } from '../../../results/publication-lock';
import { ScoringQueries } from '../../scoring-queries';

export type ScreenDocumentsCommand = DocumentScreeningDto & { examId: string };

/** 서류전형 of career recruitment: pass or fail per application, each a different candidate of the exam. */
@Injectable()
export class ScreenDocumentsUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
    private readonly scoring: ScoringQueries,
  ) {}

  async execute(user: AuthUser, command: ScreenDocumentsCommand): Promise<DocumentScreeningView> {
    const { examId, decisions } = command;
    return this.dataSource.transaction(async (tx) => {
      const exam = await this.exams.exam(user.tenantId, examId, tx, true);
      if (exam.kind !== 'career' || !exam.examNumbersAssignedAt)
        throw conflict('DOCUMENT_SCREENING.NOT_APPLICABLE', {
          message: '서류전형은 응시번호를 부여한 경력채용 시험에서 합니다 / document screening is for career exams with exam numbers',
        });
      await assertUnpublished(tx, examId, 'final');
      const ids = decisions.map((d) => d.applicationId);
      const known = await this.scoring.candidateCount(tx, examId, ids);
      if (known !== new Set(ids).size || ids.length !== new Set(ids).size)
        throw badRequest('DOCUMENT_SCREENING.UNKNOWN_CANDIDATE', {
          field: 'decisions',
          message: '이 시험의 응시자가 아니거나 중복된 원서가 있습니다 / every decision must name a different candidate of this exam',
        });
      await this.scoring.setDocumentScreening(tx, decisions);
      return { screened: ids.length, passed: decisions.filter((d) => d.result === 'pass').length };
    });
  }
}
