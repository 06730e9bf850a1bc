import { CreatePositionDto, ExamView } from '@baeum/api';
import { AuthUser, conflict, fieldError, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ExamFee } from '../../exam-fee.entity';
import { ExamQueries } from '../../exam-queries';
import { defaultMinAge } from '../../fees';
import { Position } from '../../position.entity';

/** 모집단위 추가: a job series and grade with its openings; its fee is the exam's fee for that grade. */
@Injectable()
export class AddPositionUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
  ) {}

  async execute(user: AuthUser, examId: string, dto: CreatePositionDto): Promise<ExamView> {
    return this.dataSource.transaction(async (tx) => {
      const exam = await this.exams.exam(user.tenantId, examId, tx, true);
      if (new Date() >= exam.applicationClosesAt)
        throw conflict('POSITION.APPLICATIONS_CLOSED', {
          message: '접수가 끝난 시험에는 모집단위를 추가할 수 없습니다 / positions cannot be added once applications have closed',
        });
      const fee = await tx.findOne(ExamFee, { where: { examId, grade: dto.grade } });
      if (!fee)
        throw invalidInput([
          fieldError(
            'grade',
            'POSITION.NO_FEE_FOR_GRADE',
            { grade: dto.grade },
            `${dto.grade}급 응시수수료가 정해지지 않았습니다 / the exam has no fee for grade ${dto.grade}`,
          ),
        ]);
      const next = await this.exams.nextPositionSeq(examId, tx);
      if (next > 99)
        throw conflict('POSITION.LIMIT_REACHED', {
          params: { max: 99 },
          message: '모집단위는 99개까지입니다 / an exam has at most 99 positions',
        });
      const position: Position = {
        id: randomUUID(),
        tenantId: user.tenantId,
        examId,
        seq: next,
        jobSeries: dto.jobSeries,
        jobSeriesKo: dto.jobSeriesKo,
        grade: dto.grade,
        openings: dto.openings,
        track: dto.track ?? 'general',
        minAge: dto.minAge ?? defaultMinAge(dto.grade),
        fee: fee.amount,
        passMultiplePercent: null,
        writtenCutoff: null,
        applicants: 0,
        paid: 0,
      };
      await tx.insert(Position, position);
      return this.exams.view(user.tenantId, examId, tx);
    });
  }
}
