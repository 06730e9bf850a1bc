import { LICENCE_BONUS_CAP_PERCENT } from '@baeum/api';
import { fieldError, FieldError } from '@baeum/service-kit';

/** An announcement's 자격증 가산점 rule: the licence, its percent, the job series it counts for (empty: all). */
export interface LicenceBonusRule {
  licenceName: string;
  percent: number;
  jobSeries: string[];
}

/** Licence names compare without spaces and case (정보처리 기사 = 정보처리기사). */
const normalized = (name: string) => name.replace(/\s+/g, '').toLowerCase();

/** The percent one licence earns for a position of `jobSeries`: the best rule naming it there, else 0. */
export function licenceBonusOf(rules: readonly LicenceBonusRule[], jobSeries: string, licenceName: string): number {
  const name = normalized(licenceName);
  return rules
    .filter((r) => normalized(r.licenceName) === name && (r.jobSeries.length === 0 || r.jobSeries.includes(jobSeries)))
    .reduce((best, r) => Math.max(best, r.percent), 0);
}

/**
 * The application's 자격증 가산점, as 지방공무원 임용령 counts it: several licences do not add up,
 * only the highest counts, and never more than LICENCE_BONUS_CAP_PERCENT.
 */
export function licenceBonus(
  rules: readonly LicenceBonusRule[],
  jobSeries: string,
  licences: readonly { name: string }[],
): { perLicence: number[]; percent: number } {
  const perLicence = licences.map((l) => licenceBonusOf(rules, jobSeries, l.name));
  return { perLicence, percent: Math.min(LICENCE_BONUS_CAP_PERCENT, Math.max(0, ...perLicence)) };
}

/** One statutory bonus at most: 취업지원대상자 or 의사상자 등, not both. */
export function statutoryBonusProblems(bonus: { veteransBonusPercent: number; rescuerBonusPercent: number }): FieldError[] {
  if (bonus.veteransBonusPercent > 0 && bonus.rescuerBonusPercent > 0)
    return [
      fieldError(
        'rescuerBonusPercent',
        'EXAM_APPLICATION.ONE_STATUTORY_BONUS',
        undefined,
        '취업지원대상자 가점과 의사상자 등 가점은 하나만 받을 수 있습니다 / only one statutory bonus applies',
      ),
    ];
  return [];
}

/** The officer's rules as stored: names trimmed, one rule per licence and job series set (the last given wins). */
export function cleanLicenceBonusRules(
  rules: readonly { licenceName: string; percent: number; jobSeries?: string[] }[] | undefined,
): LicenceBonusRule[] {
  const byKey = new Map<string, LicenceBonusRule>();
  for (const r of rules ?? []) {
    const jobSeries = [...new Set(r.jobSeries ?? [])].sort();
    const rule = { licenceName: r.licenceName.trim(), percent: r.percent, jobSeries };
    byKey.set(`${normalized(rule.licenceName)}|${jobSeries.join(',')}`, rule);
  }
  return [...byKey.values()];
}
