import { ExamView, UpdateExamDto } from '@baeum/api';
import { AuthUser, conflict, fieldError, invalidInput, isUniqueViolation } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Exam } from '../../exam.entity';
import { ExamFee } from '../../exam-fee.entity';
import { ExamQueries } from '../../exam-queries';
import { cleanLicenceBonusRules } from '../../bonus-rules';
import { announcementText } from '../../announcement-text';
import { cleanSubjects } from '../../subjects';
import { scheduleProblems } from '../../schedule-rules';
import { roundExists } from '../create-exam/create-exam.usecase';

const instant = (value: string | undefined, current: Date) => (value === undefined ? current : new Date(value));

/**
 * Plans change: officers move an exam's dates and rules. Once exam numbers are given, the
 * application and cancellation windows are history and stay as they were.
 */
@Injectable()
export class UpdateExamUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
  ) {}

  async execute(user: AuthUser, examId: string, dto: UpdateExamDto): Promise<ExamView> {
    return this.dataSource.transaction(async (tx) => {
      const exam = await this.exams.exam(user.tenantId, examId, tx, true);
      if (dto.kind !== undefined && dto.kind !== exam.kind)
        throw invalidInput([
          fieldError('kind', 'EXAM.KIND_FIXED', undefined, '시험 종류는 바꿀 수 없습니다 / the kind of an exam does not change'),
        ]);
      const windowMoved = [dto.applicationOpensAt, dto.applicationClosesAt, dto.cancellationClosesAt].some((v) => v !== undefined);
      if (exam.examNumbersAssignedAt && windowMoved)
        throw conflict('EXAM.WINDOWS_FIXED', {
          message:
            '응시번호 부여 후에는 접수·취소 기간을 바꿀 수 없습니다 / the application and cancellation windows are fixed once exam numbers are given',
        });
      const next: Exam = {
        ...exam,
        year: dto.year ?? exam.year,
        roundNo: dto.roundNo ?? exam.roundNo,
        titleKo: dto.titleKo ?? exam.titleKo,
        titleEn: dto.titleEn ?? exam.titleEn,
        announcedOn: dto.announcedOn ?? exam.announcedOn,
        applicationOpensAt: instant(dto.applicationOpensAt, exam.applicationOpensAt),
        applicationClosesAt: instant(dto.applicationClosesAt, exam.applicationClosesAt),
        cancellationClosesAt: instant(dto.cancellationClosesAt, exam.cancellationClosesAt),
        writtenExamOn: dto.writtenExamOn ?? exam.writtenExamOn,
        interviewStartsOn: dto.interviewStartsOn ?? exam.interviewStartsOn,
        interviewEndsOn: dto.interviewEndsOn ?? exam.interviewEndsOn,
        resultOn: dto.resultOn ?? exam.resultOn,
        selectionPlanned: dto.selectionPlanned ?? exam.selectionPlanned,
        selectionTentative: dto.selectionTentative ?? exam.selectionTentative,
        residencyRegionKo: dto.residencyRegionKo ?? exam.residencyRegionKo,
        residencyCutoffOn: dto.residencyCutoffOn ?? exam.residencyCutoffOn,
        eligibilityKo: dto.eligibilityKo !== undefined ? announcementText(dto.eligibilityKo) : exam.eligibilityKo,
        eligibilityEn: dto.eligibilityEn !== undefined ? announcementText(dto.eligibilityEn) : exam.eligibilityEn,
        subjects: dto.subjects !== undefined ? cleanSubjects(dto.subjects) : exam.subjects,
        licenceBonusRules: dto.licenceBonusRules !== undefined ? cleanLicenceBonusRules(dto.licenceBonusRules) : exam.licenceBonusRules,
        budgetLineCode: dto.budgetLineCode ?? exam.budgetLineCode,
      };
      const problems = scheduleProblems(next);
      if (problems.length > 0) throw invalidInput(problems);
      await tx.save(Exam, next).catch((error) => {
        if (isUniqueViolation(error)) throw roundExists(next.year, next.roundNo);
        throw error;
      });
      for (const fee of dto.fees ?? []) {
        await tx.upsert(ExamFee, { examId, grade: fee.grade, tenantId: user.tenantId, amount: BigInt(fee.amount) }, ['examId', 'grade']);
      }
      return this.exams.view(user.tenantId, examId, tx);
    });
  }
}
