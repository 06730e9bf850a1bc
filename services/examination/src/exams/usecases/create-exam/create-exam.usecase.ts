import { CreateExamDto, ExamView } from '@baeum/api';
import { AuthUser, conflict, fieldError, invalidInput, isUniqueViolation } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Exam } from '../../exam.entity';
import { ExamFee } from '../../exam-fee.entity';
import { ExamQueries } from '../../exam-queries';
import { cleanLicenceBonusRules } from '../../bonus-rules';
import { announcementText } from '../../announcement-text';
import { cleanSubjects } from '../../subjects';
import { DECREE_FEES_BY_GRADE } from '../../fees';
import { scheduleProblems } from '../../schedule-rules';

export const RECRUITMENT_BUDGET_LINE = 'RECRUITMENT-EXAMS';

/** The year's round of that kind exists already. */
export const roundExists = (year: number, roundNo: number) =>
  conflict('EXAM.ROUND_EXISTS', {
    field: 'roundNo',
    params: { year, roundNo },
    message: `${year}년 ${roundNo}회 시험이 이미 있습니다 / round ${roundNo} of ${year} already exists`,
  });

/** 시험 공고: a new exam round with its schedule, rules and fees. */
@Injectable()
export class CreateExamUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
  ) {}

  async execute(user: AuthUser, dto: CreateExamDto): Promise<ExamView> {
    const exam: Exam = {
      id: randomUUID(),
      tenantId: user.tenantId,
      kind: dto.kind,
      year: dto.year,
      roundNo: dto.roundNo,
      titleKo: dto.titleKo,
      titleEn: dto.titleEn,
      announcedOn: dto.announcedOn,
      applicationOpensAt: new Date(dto.applicationOpensAt),
      applicationClosesAt: new Date(dto.applicationClosesAt),
      cancellationClosesAt: new Date(dto.cancellationClosesAt),
      writtenExamOn: dto.writtenExamOn ?? null,
      interviewStartsOn: dto.interviewStartsOn ?? null,
      interviewEndsOn: dto.interviewEndsOn ?? null,
      resultOn: dto.resultOn,
      selectionPlanned: dto.selectionPlanned,
      selectionTentative: dto.selectionTentative ?? false,
      residencyRegionKo: dto.residencyRegionKo ?? null,
      eligibilityKo: announcementText(dto.eligibilityKo),
      eligibilityEn: announcementText(dto.eligibilityEn),
      residencyCutoffOn: dto.residencyCutoffOn ?? null,
      subjects: cleanSubjects(dto.subjects),
      licenceBonusRules: cleanLicenceBonusRules(dto.licenceBonusRules),
      budgetLineCode: dto.budgetLineCode ?? RECRUITMENT_BUDGET_LINE,
      examNumbersAssignedAt: null,
      seatsAssignedAt: null,
      createdAt: new Date(),
    };
    const problems = scheduleProblems(exam);
    if (problems.length > 0) throw invalidInput(problems);
    const given = new Map((dto.fees ?? []).map((f) => [f.grade, BigInt(f.amount)]));
    if (given.size !== (dto.fees ?? []).length)
      throw invalidInput([
        fieldError('fees', 'EXAM.DUPLICATE_FEE_GRADE', undefined, '학년(급)별 수수료가 중복되었습니다 / one fee per grade'),
      ]);
    const byGrade = new Map<number, bigint>([...Object.entries(DECREE_FEES_BY_GRADE).map(([g, a]) => [Number(g), a] as const), ...given]);
    const fees: ExamFee[] = [...byGrade].map(([grade, amount]) => ({ examId: exam.id, grade, tenantId: user.tenantId, amount }));
    try {
      return await this.dataSource.transaction(async (tx) => {
        await tx.insert(Exam, exam);
        await tx.insert(ExamFee, fees);
        return this.exams.view(user.tenantId, exam.id, tx);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw roundExists(dto.year, dto.roundNo);
      throw error;
    }
  }
}
