import { ExamSittingView, SittingDto } from '@baeum/api';
import { SittingHeldV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser, conflict, isUniqueViolation } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { ResultQueries } from '../../result-queries';
import { Sitting } from '../../sitting.entity';

/** The officer's record of a stage held, for the exam `examId`. */
export type RecordSittingCommand = SittingDto & { examId: string };

/** 시험 시행 기록: finance books the sitting's cost against the budget line from the event. */
@Injectable()
export class RecordSittingUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly exams: ExamQueries,
    private readonly results: ResultQueries,
  ) {}

  async execute(user: AuthUser, command: RecordSittingCommand): Promise<ExamSittingView> {
    const exam = await this.exams.exam(user.tenantId, command.examId);
    const { venues, candidates } = await this.results.turnout(command.examId, command.stage);
    if (candidates === 0) {
      throw command.stage === 'written'
        ? conflict('EXAM_SITTING.NOT_SEATED', { message: '좌석을 배정한 뒤에 기록하세요 / seat the candidates first' })
        : conflict('EXAM_SITTING.NOT_SCHEDULED', { message: '면접 일정을 정한 뒤에 기록하세요 / schedule the interviews first' });
    }
    return this.record({
      id: randomUUID(),
      tenantId: user.tenantId,
      subjectId: command.examId,
      stage: command.stage,
      heldOn: command.heldOn,
      venues,
      candidates,
      cost: BigInt(command.cost),
      budgetLineCode: command.budgetLineCode ?? exam.budgetLineCode,
      recordedAt: new Date(),
    });
  }

  /** Stores a sitting (an exam's or an assessment round's) and its event together; a stage is held once. */
  async record(sitting: Sitting): Promise<ExamSittingView> {
    try {
      return await this.dataSource.transaction(async (tx) => {
        await this.results.insertSitting(tx, sitting);
        await this.publisher.publish(tx, SittingHeldV1, sitting.tenantId, {
          sittingId: sitting.id,
          examId: sitting.subjectId,
          stage: sitting.stage,
          heldOn: sitting.heldOn,
          venues: sitting.venues,
          candidates: sitting.candidates,
          cost: sitting.cost.toString(),
          budgetLineCode: sitting.budgetLineCode,
        });
        return { ...sitting, cost: sitting.cost.toString(), recordedAt: sitting.recordedAt.toISOString() };
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict('EXAM_SITTING.ALREADY_RECORDED', {
          params: { stage: sitting.stage },
          message: '이미 기록된 시행입니다 / this sitting is already recorded',
        });
      throw error;
    }
  }
}
