import type { Schemas } from '../../../api/client';
import type { Role } from '../../../api/session';
import type { examPlans } from './i18n';

/** Who reads the plans: examination's officers (GET /api/exam/assessment-plan and /recruitment-plan). */
export const PLAN_READERS: readonly Role[] = ['exam_officer', 'admin'];

/** The screens' `t` (examPlans' words). */
export type Translate = (key: keyof typeof examPlans, options?: Record<string, unknown>) => string;

/** One line of a plan table: four quarters and the year, planned or held. */
export interface QuarterRow {
  key: string;
  label: string;
  kind: 'planned' | 'held';
  cells: string[];
  total: string;
}

/** 4-2: selections and rounds planned per quarter, then the career exams held, the selections they announced and who passed. */
export function recruitmentRows(report: Schemas['RecruitmentPlanReportView'], t: Translate): QuarterRow[] {
  const people = (n: number) => t('people', { n: n.toLocaleString('en-US') });
  const times = (n: number) => t('times', { n: n.toLocaleString('en-US') });
  const row = (
    key: 'plannedSelections' | 'plannedRounds' | 'heldRounds' | 'announced' | 'selected',
    kind: QuarterRow['kind'],
    values: number[],
    total: number,
    unit: (n: number) => string,
  ): QuarterRow => ({
    key,
    label: t(`recruitment.${key}` as keyof typeof examPlans),
    kind,
    cells: values.map(unit),
    total: unit(total),
  });
  return [
    ...(report.hasPlan
      ? [
          row('plannedSelections', 'planned', report.planned.selections, report.plannedTotal.selections, people),
          row('plannedRounds', 'planned', report.planned.rounds, report.plannedTotal.rounds, times),
        ]
      : []),
    row('heldRounds', 'held', report.held.rounds, report.heldTotal.rounds, times),
    row('announced', 'held', report.held.announced, report.heldTotal.announced, people),
    row('selected', 'held', report.held.selected, report.heldTotal.selected, people),
  ];
}

/** A planned cell as printed: 3회(60명), or the source's note where the quarter plans none ((과제개발)). */
export function cellText(cell: Schemas['AssessmentPlanCellView'] | null, t: Translate, lang: 'ko' | 'en'): string {
  if (!cell) return t('none');
  if (cell.rounds === null || cell.candidates === null) return (lang === 'en' ? cell.noteEn : cell.noteKo) ?? t('none');
  return t('roundsOf', { rounds: cell.rounds, candidates: cell.candidates.toLocaleString('en-US') });
}

/** 4-3: one grade's planned cells per quarter, and the rounds held with their candidates. */
export function assessmentRows(grade: Schemas['AssessmentPlanGradeView'], t: Translate, lang: 'ko' | 'en'): QuarterRow[] {
  const heldCell = (rounds: number, candidates: number) => t('roundsOf', { rounds, candidates: candidates.toLocaleString('en-US') });
  return [
    {
      key: 'planned',
      label: t('assessment.plannedRow'),
      kind: 'planned',
      // Each quarter's cell, or none (the document types the list as nullable; the service sends four).
      cells: [0, 1, 2, 3].map((q) => cellText(grade.planned?.[q] ?? null, t, lang)),
      total: heldCell(grade.plannedTotal.rounds, grade.plannedTotal.candidates),
    },
    {
      key: 'held',
      label: t('assessment.heldRow'),
      kind: 'held',
      cells: grade.held.rounds.map((r, q) => heldCell(r, grade.held.candidates[q])),
      total: heldCell(grade.heldTotal.rounds, grade.heldTotal.candidates),
    },
  ];
}

/** The planned cells whose quarter the source lost (grade 5 in 2022), as one line; null when there are none. */
export function unplacedText(grade: Schemas['AssessmentPlanGradeView'], t: Translate, lang: 'ko' | 'en'): string | null {
  if (grade.unplaced.length === 0) return null;
  return t('assessment.unplaced', { cells: grade.unplaced.map((c) => cellText(c, t, lang)).join(', ') });
}

/** The years offered: from 2020 to next year, and the one asked for. */
export function yearChoices(thisYear: number, asked: number): number[] {
  const years = new Set<number>([asked]);
  for (let y = 2020; y <= thisYear + 1; y++) years.add(y);
  return [...years].sort((a, b) => b - a);
}

/** A year from the address (`?fiscalYear=2022`), when it is one. */
export function yearFrom(text: string | null): number | undefined {
  if (!text || !/^\d{4}$/.test(text)) return undefined;
  const year = Number(text);
  return year >= 2000 && year <= 2100 ? year : undefined;
}
