import type { ErrorCode, ExamKind } from '@baeum/api';
import { fieldError, FieldError } from '@baeum/service-kit';

export interface ExamSchedule {
  kind: ExamKind;
  announcedOn: string;
  applicationOpensAt: Date;
  applicationClosesAt: Date;
  cancellationClosesAt: Date;
  writtenExamOn: string | null;
  interviewStartsOn: string | null;
  interviewEndsOn: string | null;
  resultOn: string;
  residencyRegionKo: string | null;
  residencyCutoffOn: string | null;
}

const problem = (field: string, code: ErrorCode, ko: string, en: string): FieldError => fieldError(field, code, undefined, `${ko} / ${en}`);

/** An exam's dates must follow the order of its season; one message per field out of order. */
export function scheduleProblems(s: ExamSchedule): FieldError[] {
  const problems: FieldError[] = [];
  const closesOn = s.applicationClosesAt.toISOString().slice(0, 10);
  if (s.applicationClosesAt <= s.applicationOpensAt)
    problems.push(
      problem(
        'applicationClosesAt',
        'EXAM.CLOSES_BEFORE_OPENING',
        '접수 마감은 접수 시작 이후여야 합니다',
        'applications must close after they open',
      ),
    );
  if (s.cancellationClosesAt < s.applicationClosesAt)
    problems.push(
      problem(
        'cancellationClosesAt',
        'EXAM.CANCELLATION_BEFORE_CLOSING',
        '취소 마감은 접수 마감 이후여야 합니다',
        'cancellation must close no earlier than applications',
      ),
    );
  if (s.announcedOn > s.applicationOpensAt.toISOString().slice(0, 10))
    problems.push(
      problem(
        'announcedOn',
        'EXAM.ANNOUNCED_AFTER_OPENING',
        '공고일은 접수 시작 전이어야 합니다',
        'the announcement must come before applications open',
      ),
    );
  if (s.kind === 'open' && !s.writtenExamOn)
    problems.push(
      problem(
        'writtenExamOn',
        'EXAM.WRITTEN_DATE_REQUIRED',
        '공개경쟁 시험은 필기시험일이 필요합니다',
        'open recruitment needs a written exam date',
      ),
    );
  if (s.writtenExamOn && s.writtenExamOn <= closesOn)
    problems.push(
      problem(
        'writtenExamOn',
        'EXAM.WRITTEN_BEFORE_CLOSING',
        '필기시험일은 접수 마감 이후여야 합니다',
        'the written exam must come after applications close',
      ),
    );
  if (s.interviewStartsOn && s.interviewEndsOn && s.interviewEndsOn < s.interviewStartsOn)
    problems.push(
      problem(
        'interviewEndsOn',
        'EXAM.INTERVIEW_ENDS_BEFORE_START',
        '면접 종료일이 시작일보다 빠릅니다',
        'interviews must end after they start',
      ),
    );
  if (s.interviewStartsOn && s.writtenExamOn && s.interviewStartsOn <= s.writtenExamOn)
    problems.push(
      problem(
        'interviewStartsOn',
        'EXAM.INTERVIEW_BEFORE_WRITTEN',
        '면접은 필기시험 이후여야 합니다',
        'interviews must come after the written exam',
      ),
    );
  const last = [s.interviewEndsOn, s.interviewStartsOn, s.writtenExamOn, closesOn].find(Boolean)!;
  if (s.resultOn < last)
    problems.push(
      problem('resultOn', 'EXAM.RESULT_BEFORE_EXAM', '합격자 발표일은 시험 이후여야 합니다', 'results must come after the exam'),
    );
  if (Boolean(s.residencyRegionKo) !== Boolean(s.residencyCutoffOn))
    problems.push(
      problem(
        'residencyCutoffOn',
        'EXAM.RESIDENCY_RULE_INCOMPLETE',
        '거주지 요건은 지역과 기준일을 함께 정합니다',
        'a residency rule needs both its region and its cut-off date',
      ),
    );
  return problems;
}
