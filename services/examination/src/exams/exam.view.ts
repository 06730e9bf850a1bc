import type { ExamPhase, ExamView, PositionView } from '@baeum/api';
import type { Exam } from './exam.entity';
import type { ExamFee } from './exam-fee.entity';
import type { ExamNotice } from './exam-notice.entity';
import type { Position } from './position.entity';

export const phaseOf = (exam: Pick<Exam, 'applicationOpensAt' | 'applicationClosesAt'>, now: Date): ExamPhase =>
  now < exam.applicationOpensAt ? 'announced' : now < exam.applicationClosesAt ? 'accepting' : 'closed';

export function toPositionView(p: Position): PositionView {
  return {
    id: p.id,
    seq: p.seq,
    jobSeries: p.jobSeries,
    jobSeriesKo: p.jobSeriesKo,
    grade: p.grade,
    openings: p.openings,
    track: p.track,
    minAge: p.minAge,
    fee: p.fee.toString(),
    applicants: p.applicants,
    paid: p.paid,
    competitionRatio: Math.round((p.applicants / p.openings) * 10) / 10,
    passMultiplePercent: p.passMultiplePercent,
    writtenCutoff: p.writtenCutoff,
  };
}

export function toExamView(
  exam: Exam,
  fees: ExamFee[],
  positions: Position[],
  now = new Date(),
  notice: Pick<ExamNotice, 'fileName' | 'size' | 'uploadedAt'> | null = null,
): ExamView {
  return {
    id: exam.id,
    kind: exam.kind,
    year: exam.year,
    roundNo: exam.roundNo,
    titleKo: exam.titleKo,
    titleEn: exam.titleEn,
    phase: phaseOf(exam, now),
    announcedOn: exam.announcedOn,
    applicationOpensAt: exam.applicationOpensAt.toISOString(),
    applicationClosesAt: exam.applicationClosesAt.toISOString(),
    cancellationClosesAt: exam.cancellationClosesAt.toISOString(),
    writtenExamOn: exam.writtenExamOn,
    interviewStartsOn: exam.interviewStartsOn,
    interviewEndsOn: exam.interviewEndsOn,
    resultOn: exam.resultOn,
    selectionPlanned: exam.selectionPlanned,
    selectionTentative: exam.selectionTentative,
    residencyRegionKo: exam.residencyRegionKo,
    residencyCutoffOn: exam.residencyCutoffOn,
    subjects: exam.subjects ?? [],
    eligibilityKo: exam.eligibilityKo ?? null,
    eligibilityEn: exam.eligibilityEn ?? null,
    notice: notice ? { fileName: notice.fileName, size: notice.size, uploadedAt: notice.uploadedAt.toISOString() } : null,
    licenceBonusRules: exam.licenceBonusRules ?? [],
    budgetLineCode: exam.budgetLineCode,
    examNumbersAssignedAt: exam.examNumbersAssignedAt?.toISOString() ?? null,
    seatsAssignedAt: exam.seatsAssignedAt?.toISOString() ?? null,
    fees: [...fees].sort((a, b) => a.grade - b.grade).map((f) => ({ grade: f.grade, amount: f.amount.toString() })),
    positions: [...positions].sort((a, b) => a.seq - b.seq).map(toPositionView),
  };
}
