import { fieldError, FieldError } from '@baeum/service-kit';
import type { Exam } from './exam.entity';
import type { Position } from './position.entity';

export interface EligibilityClaims {
  birthDate: string;
  residentSince?: string | null;
  residencyYears?: number | null;
  trackEvidence?: string | null;
}

/** 거주지 요건 as Korean local-government exams set it: since the cut-off date, or three years in total before it. */
const RESIDENCY_TOTAL_YEARS = 3;

/**
 * Checks an applicant's claims against the exam's and position's rules; one message per field that
 * fails. Age counts in years of the exam (born in or before `year − minAge`), as the decree does.
 */
export function eligibilityProblems(
  exam: Pick<Exam, 'year' | 'residencyRegionKo' | 'residencyCutoffOn'>,
  position: Pick<Position, 'minAge' | 'track'>,
  claims: EligibilityClaims,
): FieldError[] {
  const problems: FieldError[] = [];
  const birthYear = Number(claims.birthDate.slice(0, 4));
  if (birthYear > exam.year - position.minAge) {
    problems.push(
      fieldError(
        'birthDate',
        'EXAM_APPLICATION.UNDER_AGE',
        { minAge: position.minAge, year: exam.year },
        `응시연령(${position.minAge}세 이상)에 미달합니다 / applicants must be ${position.minAge} or older in ${exam.year}`,
      ),
    );
  }
  if (exam.residencyRegionKo && exam.residencyCutoffOn) {
    const since = claims.residentSince ?? null;
    const years = claims.residencyYears ?? 0;
    if (!(since !== null && since <= exam.residencyCutoffOn) && years < RESIDENCY_TOTAL_YEARS) {
      problems.push(
        fieldError(
          'residentSince',
          'EXAM_APPLICATION.RESIDENCY_UNMET',
          { region: exam.residencyRegionKo, since: exam.residencyCutoffOn, years: RESIDENCY_TOTAL_YEARS },
          `${exam.residencyCutoffOn} 이전부터 ${exam.residencyRegionKo}에 거주하거나 합산 ` +
            `${RESIDENCY_TOTAL_YEARS}년 이상 거주해야 합니다 / residency in ${exam.residencyRegionKo} ` +
            `since ${exam.residencyCutoffOn} (or ${RESIDENCY_TOTAL_YEARS} years in total) is ` +
            `required`,
        ),
      );
    }
  }
  if (position.track !== 'general' && !claims.trackEvidence?.trim()) {
    problems.push(
      fieldError(
        'trackEvidence',
        'EXAM_APPLICATION.TRACK_EVIDENCE_REQUIRED',
        { track: position.track },
        '구분모집 자격 증빙(추천번호 등)을 입력하세요 / this track needs its evidence (e.g. the recommendation number)',
      ),
    );
  }
  return problems;
}
