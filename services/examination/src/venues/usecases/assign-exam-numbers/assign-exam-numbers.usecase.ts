import { ExamNumbersView } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { examNumber } from '../../exam-numbers';
import { VenueQueries } from '../../venue-queries';

/**
 * 응시번호 부여, once the cancellation deadline has passed (so no number is ever given to someone
 * who then withdraws). Every paid application gets one, per position in order of application.
 */
@Injectable()
export class AssignExamNumbersUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
    private readonly venues: VenueQueries,
  ) {}

  async execute(user: AuthUser, examId: string): Promise<ExamNumbersView> {
    return this.dataSource.transaction(async (tx) => {
      const exam = await this.exams.exam(user.tenantId, examId, tx, true);
      if (exam.examNumbersAssignedAt)
        throw conflict('EXAM_NUMBERS.ALREADY_GIVEN', { message: '응시번호를 이미 부여했습니다 / exam numbers were already given' });
      if (new Date() < exam.cancellationClosesAt)
        throw conflict('EXAM_NUMBERS.CANCELLATION_OPEN', {
          params: { cancellationClosesAt: exam.cancellationClosesAt.toISOString() },
          message: '응시번호는 취소 마감 후에 부여합니다 / exam numbers are given after the cancellation deadline',
        });
      const rows = await this.venues.numberingOrder(tx, examId);
      if (rows.length > 0)
        await this.venues.setExamNumbers(
          tx,
          rows.map((r) => ({ applicationId: r.id, examNumber: examNumber(exam.roundNo, r.seq, r.serial) })),
        );
      await this.venues.markExamNumbersAssigned(tx, examId);
      return { assigned: rows.length };
    });
  }
}
