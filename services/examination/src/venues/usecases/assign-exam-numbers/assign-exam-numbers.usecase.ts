import { ExamNumbersView } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Exam } from '../../../exams/exam.entity';
import { ExamQueries } from '../../../exams/exam-queries';
import { examNumber } from '../../exam-numbers';

/**
 * 응시번호 부여, once the cancellation deadline has passed (so no number is ever given to someone
 * who then withdraws). Every paid application gets one, per position in order of application.
 */
@Injectable()
export class AssignExamNumbersUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
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
      const rows: { id: string; seq: number; serial: string }[] = await tx.query(
        `SELECT a.id, p.seq, row_number() OVER (PARTITION BY a.position_id ORDER BY a.submitted_at, a.id) AS serial
           FROM examination.application a JOIN examination.position p ON p.id = a.position_id
          WHERE a.exam_id = $1 AND a.status = 'paid'`,
        [examId],
      );
      if (rows.length > 0) {
        await tx.query(
          `UPDATE examination.application a SET exam_number = n.exam_number, updated_at = now()
             FROM unnest($1::uuid[], $2::text[]) AS n(id, exam_number) WHERE a.id = n.id`,
          [rows.map((r) => r.id), rows.map((r) => examNumber(exam.roundNo, r.seq, Number(r.serial)))],
        );
      }
      await tx.update(Exam, { id: examId }, { examNumbersAssignedAt: new Date() });
      return { assigned: rows.length };
    });
  }
}
