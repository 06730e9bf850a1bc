import type { CourseStatus, DeliveryMode, PlanVersionKind } from '@baeum/contracts';
import type { EducationType } from '../courses/course.entity';
import type { MemoLine, PlanVersionStatus, SourceFigures } from './plan-version.entity';

/**
 * The plan reports (교육훈련계획 총괄표 and the 1-3 tables), computed from a version's lines. Each
 * report also carries notes: where the source printed a figure that this arithmetic does not
 * give, the note says so, with both figures.
 */

export interface ReportCourse {
  id: string;
  educationType: EducationType;
  fieldCode: string;
  subfieldCode: string | null;
  deliveryMode: DeliveryMode;
  yearStatus: CourseStatus;
  budgetLineCode: string | null;
  code?: string;
  nameKo?: string;
  nameEn?: string;
  generated?: boolean;
}

export interface ReportVersion extends VersionHeader {
  memoLines: MemoLine[];
  sourceFigures: SourceFigures | null;
  lines: { courseId: string; sessions: number[]; trainees: number[] }[];
}

export interface CategoryLabel {
  code: string;
  kind: 'field' | 'subfield';
  parentCode: string | null;
  nameKo: string;
  nameEn: string;
  sortOrder: number;
}

/** Courses, sessions and trainees of a part of a plan; sessions are null where courses run always (e-learning). */
export interface Cell {
  courses: number;
  sessions: number | null;
  trainees: number;
}

export interface Note {
  /** The discrepancy's number in source-discrepancies.md, when it is one. */
  ref: string | null;
  ko: string;
  en: string;
}

export interface VersionHeader {
  id: string;
  fiscalYear: number;
  kind: PlanVersionKind;
  versionNo: number;
  status: PlanVersionStatus;
  labelKo: string;
  labelEn: string;
}

export const EDUCATION_TYPE_LABELS: Record<EducationType, [string, string]> = {
  general: ['일반교육', 'General education'],
  e_learning: ['e-러닝', 'E-learning'],
};

const header = ({ id, fiscalYear, kind, versionNo, status, labelKo, labelEn }: ReportVersion): VersionHeader => ({
  id,
  fiscalYear,
  kind,
  versionNo,
  status,
  labelKo,
  labelEn,
});
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Adds up lines into a cell; e-learning has no sessions. */
function cellOf(lines: ReportVersion['lines'], courses: Map<string, ReportCourse>, educationType?: EducationType): Cell {
  const own = lines.filter((l) => courses.has(l.courseId));
  const general = own.filter((l) => courses.get(l.courseId)!.educationType === 'general');
  return {
    courses: own.length,
    sessions: educationType === 'e_learning' ? null : sum(general.map((l) => sum(l.sessions))),
    trainees: sum(own.map((l) => sum(l.trainees))),
  };
}

// ---------------------------------------------------------------- summary by field

export interface SummaryRow {
  code: string | null;
  nameKo: string;
  nameEn: string;
  cells: Cell[];
}
export interface SummaryGroup extends SummaryRow {
  rows: SummaryRow[];
}
export interface SummarySection {
  educationType: EducationType;
  nameKo: string;
  nameEn: string;
  subtotal: Cell[];
  groups: SummaryGroup[];
  /** Printed in the section but outside its totals, per version (null where a version has none). */
  memoLines: { labelKo: string; labelEn: string; values: (Pick<MemoLine, 'sessions' | 'trainees'> | null)[] }[];
}
export interface SummaryReport {
  versions: VersionHeader[];
  sections: SummarySection[];
  total: Cell[];
  footnotes: { labelKo: string; labelEn: string; values: (Pick<MemoLine, 'sessions' | 'trainees'> | null)[] }[];
  notes: Note[];
}

/** 교육훈련계획 분야별 총괄표: courses, sessions and trainees per category, versions side by side. */
export function summaryByField(versions: ReportVersion[], courseList: ReportCourse[], categories: CategoryLabel[]): SummaryReport {
  const courses = new Map(courseList.map((c) => [c.id, c]));
  const category = new Map(categories.map((c) => [c.code, c]));
  const order = (code: string | null) => (code ? (category.get(code)?.sortOrder ?? 10_000) : 20_000);
  const label = (code: string | null): [string, string] => {
    if (!code) return ['기타', 'Other'];
    const c = category.get(code);
    return c ? [c.nameKo, c.nameEn] : [code, code];
  };
  const linesWhere = (v: ReportVersion, keep: (c: ReportCourse) => boolean) =>
    v.lines.filter((l) => courses.has(l.courseId) && keep(courses.get(l.courseId)!));

  const sections = (['general', 'e_learning'] as const).map((educationType): SummarySection => {
    const ofType = (c: ReportCourse) => c.educationType === educationType;
    const present = new Set(versions.flatMap((v) => linesWhere(v, ofType).map((l) => courses.get(l.courseId)!)));
    const fields = [...new Set([...present].map((c) => c.fieldCode))].sort((a, b) => order(a) - order(b));
    const groups = fields.map((fieldCode): SummaryGroup => {
      const subfields = [...new Set([...present].filter((c) => c.fieldCode === fieldCode).map((c) => c.subfieldCode))].sort(
        (a, b) => order(a) - order(b),
      );
      const [nameKo, nameEn] = label(fieldCode);
      return {
        code: fieldCode,
        nameKo,
        nameEn,
        cells: versions.map((v) =>
          cellOf(
            linesWhere(v, (c) => ofType(c) && c.fieldCode === fieldCode),
            courses,
            educationType,
          ),
        ),
        rows: subfields.map((subfieldCode) => {
          const [ko, en] = label(subfieldCode);
          return {
            code: subfieldCode,
            nameKo: ko,
            nameEn: en,
            cells: versions.map((v) =>
              cellOf(
                linesWhere(v, (c) => ofType(c) && c.fieldCode === fieldCode && c.subfieldCode === subfieldCode),
                courses,
                educationType,
              ),
            ),
          };
        }),
      };
    });
    const memoLabels = [
      ...new Map(
        versions
          .flatMap((v) => v.memoLines.filter((m) => m.kind === 'parenthetical' && m.educationType === educationType))
          .map((m) => [m.labelKo, m]),
      ).values(),
    ];
    const [nameKo, nameEn] = EDUCATION_TYPE_LABELS[educationType];
    return {
      educationType,
      nameKo,
      nameEn,
      subtotal: versions.map((v) => cellOf(linesWhere(v, ofType), courses, educationType)),
      groups,
      memoLines: memoLabels.map((m) => ({
        labelKo: m.labelKo,
        labelEn: m.labelEn,
        values: versions.map((v) => {
          const own = v.memoLines.find((x) => x.kind === 'parenthetical' && x.labelKo === m.labelKo);
          return own ? { sessions: own.sessions, trainees: own.trainees } : null;
        }),
      })),
    };
  });
  const footnoteLabels = [
    ...new Map(versions.flatMap((v) => v.memoLines.filter((m) => m.kind === 'footnote')).map((m) => [m.labelKo, m])).values(),
  ];
  const notes: Note[] = [
    {
      ref: null,
      ko: 'e-러닝은 상시 운영하므로 횟수가 없고, 전체 횟수는 일반교육 횟수입니다.',
      en: 'E-learning is always open and has no sessions; the total sessions are those of general education.',
    },
  ];
  if (sections.some((s) => s.memoLines.length > 0)) {
    const [memo] = sections.flatMap((s) => s.memoLines);
    notes.push({
      ref: null,
      ko: `괄호 안 항목(${memo.labelKo} 등)은 원문과 같이 소계와 합계에 넣지 않았습니다.`,
      en: `Items in parentheses (such as ${memo.labelEn}) are left out of the subtotals and totals, as in the source.`,
    });
  }
  return {
    versions: versions.map(header),
    sections,
    total: versions.map((v) => cellOf(v.lines, courses)),
    footnotes: footnoteLabels.map((m) => ({
      labelKo: m.labelKo,
      labelEn: m.labelEn,
      values: versions.map((v) => {
        const own = v.memoLines.find((x) => x.kind === 'footnote' && x.labelKo === m.labelKo);
        return own ? { sessions: own.sessions, trainees: own.trainees } : null;
      }),
    })),
    notes,
  };
}

// ---------------------------------------------------------------- delivery modes

export interface ModeCount {
  courses: number;
  trainees: number;
  /** Percent of all the version's courses, rounded half up. */
  share: number;
}
export interface DeliveryModeRow {
  version: VersionHeader;
  faceToFace: ModeCount;
  /** 비대면: real-time remote and both kinds of blended. */
  nonFaceToFace: ModeCount & { remote: number; blendedCohort: number; blendedCourse: number };
  eLearning: ModeCount;
  totalCourses: number;
  /** Non-face-to-face share of general education courses, percent rounded half up. */
  generalNonFaceToFaceShare: number;
}
export interface DeliveryModeReport {
  rows: DeliveryModeRow[];
  notes: Note[];
}

export const percent = (part: number, whole: number): number => (whole === 0 ? 0 : Math.floor((part * 100) / whole + 0.5));

/** 대면 / 비대면 / e-러닝 과정 비중. */
export function deliveryModes(versions: ReportVersion[], courseList: ReportCourse[]): DeliveryModeReport {
  const courses = new Map(courseList.map((c) => [c.id, c]));
  const notes: Note[] = [];
  const rows = versions.map((v): DeliveryModeRow => {
    const lines = v.lines.filter((l) => courses.has(l.courseId));
    const total = lines.length;
    const count = (modes: DeliveryMode[]) => {
      const own = lines.filter((l) => modes.includes(courses.get(l.courseId)!.deliveryMode));
      return { courses: own.length, trainees: sum(own.map((l) => sum(l.trainees))), share: percent(own.length, total) };
    };
    const byMode = (mode: DeliveryMode) => lines.filter((l) => courses.get(l.courseId)!.deliveryMode === mode).length;
    const faceToFace = count(['face_to_face']);
    const nonFaceToFace = count(['remote', 'blended_cohort', 'blended_course']);
    const eLearning = count(['e_learning']);
    const row = {
      version: header(v),
      faceToFace,
      nonFaceToFace: {
        ...nonFaceToFace,
        remote: byMode('remote'),
        blendedCohort: byMode('blended_cohort'),
        blendedCourse: byMode('blended_course'),
      },
      eLearning,
      totalCourses: total,
      generalNonFaceToFaceShare: percent(nonFaceToFace.courses, faceToFace.courses + nonFaceToFace.courses),
    };
    const printed = v.sourceFigures?.deliveryShares;
    if (printed) {
      const parts = [
        ['대면', 'face-to-face', faceToFace, printed.faceToFace],
        ['비대면', 'non-face-to-face', nonFaceToFace, printed.nonFaceToFace],
        ['e-러닝', 'e-learning', eLearning, printed.eLearning],
      ] as const;
      for (const [ko, en, computed, shown] of parts) {
        if (computed.share !== shown) {
          const exact = ((computed.courses * 100) / total).toFixed(2);
          notes.push({
            ref: 'D5',
            ko:
              `${v.labelKo}: ${ko} ${computed.courses}/${total} = ${exact}%는 반올림하면 ${computed.share}%이나, ` +
              `원문(${v.sourceFigures!.documentKo})은 ${shown}%로 표기했습니다 (세 비중의 합을 100%로 맞추려 절사한 것으로 보임).`,
            en:
              `${v.labelEn}: ${en} ${computed.courses}/${total} = ${exact}% rounds to ` +
              `${computed.share}%, but the source prints ${shown}% (apparently truncated so that the ` +
              `shares total 100%).`,
          });
        }
      }
    }
    const printedGeneral = v.sourceFigures?.generalNonFaceToFaceShare;
    if (printedGeneral !== undefined && printedGeneral !== row.generalNonFaceToFaceShare) {
      notes.push({
        ref: null,
        ko: `${v.labelKo}: 일반교육 비대면 비중 계산값 ${row.generalNonFaceToFaceShare}%, 원문 ${printedGeneral}%.`,
        en:
          `${v.labelEn}: general non-face-to-face share computes to ` +
          `${row.generalNonFaceToFaceShare}%; the source prints ${printedGeneral}%.`,
      });
    }
    return row;
  });
  return { rows, notes };
}

// ---------------------------------------------------------------- restructuring

export interface RestructuringCounts {
  new: number;
  improved: number;
  merged: number;
  /** In none of the three: carried on as it was (계속). */
  continued: number;
  total: number;
}
export interface RestructuringRow {
  version: VersionHeader;
  general: RestructuringCounts;
  eLearning: RestructuringCounts;
  total: RestructuringCounts;
}

/** 주요 개편내역: new, improved and merged or replaced courses, general and e-learning. */
export function restructuring(versions: ReportVersion[], courseList: ReportCourse[]): { rows: RestructuringRow[]; notes: Note[] } {
  const courses = new Map(courseList.map((c) => [c.id, c]));
  const rows = versions.map((v) => {
    const counts = (keep: (c: ReportCourse) => boolean): RestructuringCounts => {
      const own = v.lines.map((l) => courses.get(l.courseId)).filter((c): c is ReportCourse => !!c && keep(c));
      const n = (status: CourseStatus) => own.filter((c) => c.yearStatus === status).length;
      return { new: n('new'), improved: n('improved'), merged: n('merged'), continued: n('continued'), total: own.length };
    };
    return {
      version: header(v),
      general: counts((c) => c.educationType === 'general'),
      eLearning: counts((c) => c.educationType === 'e_learning'),
      total: counts(() => true),
    };
  });
  // The source's own classification (its table 1-3) concerns only the plans that carry its figures.
  const notes: Note[] = versions.some((v) => v.sourceFigures)
    ? [
        {
          ref: null,
          ko: '신설·개선·통합·대체 어느 것에도 해당하지 않는 과정은 ‘계속’으로 따로 셉니다 (원문 1-3은 일반교육 126개 중 125개, e-러닝 264개 중 97개만 분류).',
          en:
            'Courses that are neither new, improved nor merged are counted as continued; the source’s ' +
            'table 1-3 classifies 125 of 126 general and 97 of 264 e-learning courses.',
        },
      ]
    : [];
  return { rows, notes };
}

// ---------------------------------------------------------------- year on year

export interface ChangeRow {
  educationType: EducationType | 'total';
  nameKo: string;
  nameEn: string;
  base: { courses: number; trainees: number };
  current: { courses: number; trainees: number };
  change: { courses: number; trainees: number };
  /** The change against the previous year's other version, for comparison. */
  changeAgainstOther: { courses: number; trainees: number } | null;
}
export interface YearOnYearReport {
  version: VersionHeader;
  base: VersionHeader;
  other: VersionHeader | null;
  rows: ChangeRow[];
  notes: Note[];
}

/**
 * 전년 대비 증감. The source computes it against the previous year's original plan (당초), not
 * the changed one; both are given, and a printed figure that differs is noted.
 */
export function yearOnYear(
  version: ReportVersion,
  base: ReportVersion,
  other: ReportVersion | null,
  courseList: ReportCourse[],
): YearOnYearReport {
  const courses = new Map(courseList.map((c) => [c.id, c]));
  const figures = (v: ReportVersion, type?: EducationType) => {
    const cell = cellOf(
      v.lines.filter((l) => courses.has(l.courseId) && (!type || courses.get(l.courseId)!.educationType === type)),
      courses,
    );
    return { courses: cell.courses, trainees: cell.trainees };
  };
  const diff = (a: { courses: number; trainees: number }, b: { courses: number; trainees: number }) => ({
    courses: a.courses - b.courses,
    trainees: a.trainees - b.trainees,
  });
  const parts = [
    ['total', '전체', 'Total', undefined],
    ['general', ...EDUCATION_TYPE_LABELS.general, 'general'],
    ['e_learning', ...EDUCATION_TYPE_LABELS.e_learning, 'e_learning'],
  ] as const;
  const rows = parts.map(([key, nameKo, nameEn, type]): ChangeRow => {
    const current = figures(version, type);
    const from = figures(base, type);
    return {
      educationType: key,
      nameKo,
      nameEn,
      base: from,
      current,
      change: diff(current, from),
      changeAgainstOther: other ? diff(current, figures(other, type)) : null,
    };
  });
  const notes: Note[] = [];
  const printed = version.sourceFigures?.change;
  if (printed) {
    if (printed.basis !== base.kind) {
      notes.push({
        ref: null,
        ko:
          `원문(${version.sourceFigures!.documentKo})의 전년 대비 증감은 전년도 ` +
          `${printed.basis === 'original' ? '당초' : '변경'} 계획 기준입니다: 전체 ` +
          `${signed(printed.total.courses)}개 과정, ${signed(printed.total.trainees)}명.`,
        en:
          `The source computes the change against the previous year's ${printed.basis} plan: ` +
          `${signed(printed.total.courses)} courses, ${signed(printed.total.trainees)} trainees.`,
      });
    } else {
      const printedRows = { total: printed.total, general: printed.general, e_learning: printed.eLearning };
      for (const row of rows) {
        const p = printedRows[row.educationType];
        if (p.courses !== row.change.courses || p.trainees !== row.change.trainees) {
          notes.push({
            ref: null,
            ko:
              `${row.nameKo}: 계산값 ${signed(row.change.courses)}개 과정 ${signed(row.change.trainees)}명, 원문 ` +
              `${signed(p.courses)}개 과정 ${signed(p.trainees)}명.`,
            en:
              `${row.nameEn}: computed ${signed(row.change.courses)} courses ` +
              `${signed(row.change.trainees)} trainees; printed ${signed(p.courses)} and ` +
              `${signed(p.trainees)}.`,
          });
        }
      }
    }
  }
  if (other) {
    notes.push({
      ref: null,
      ko:
        `전년도 ${other.labelKo} 대비로는 ${signed(rows[0].changeAgainstOther!.courses)}개 과정, ` +
        `${signed(rows[0].changeAgainstOther!.trainees)}명입니다.`,
      en:
        `Against the previous year's ${other.labelEn}: ` +
        `${signed(rows[0].changeAgainstOther!.courses)} courses, ` +
        `${signed(rows[0].changeAgainstOther!.trainees)} trainees.`,
    });
  }
  const headline = base.sourceFigures?.headlineTraineesThousand;
  if (headline !== undefined) {
    const trainees = rows[0].base.trainees;
    const rounded = Math.round(trainees / 1000);
    if (rounded !== headline) {
      notes.push({
        ref: 'D7',
        ko: `${base.labelKo} ${trainees.toLocaleString('ko-KR')}명을 원문 표제는 ‘${headline}천명’으로 적었습니다 (절사; 반올림하면 ${rounded}천명).`,
        en:
          `The source's headline gives ${base.labelEn}'s ${trainees.toLocaleString('en-US')} ` +
          `trainees as "${headline} thousand" (truncated; rounding gives ${rounded} thousand).`,
      });
    }
  }
  return { version: header(version), base: header(base), other: other ? header(other) : null, rows, notes };
}

const signed = (n: number) => (n > 0 ? `+${n.toLocaleString('en-US')}` : n.toLocaleString('en-US'));

// ---------------------------------------------------------------- quarters by budget line

/** Cohorts held of a course (scheduled or completed, not cancelled) by the quarter they start in, with their confirmed trainees. */
export interface HeldCohorts {
  courseId: string;
  /** 0…3 */
  quarter: number;
  cohorts: number;
  confirmed: number;
  /** Their estimated cost, in won. */
  estimatedCost: number;
}

/** What was held per quarter: cohorts, the trainees enrollment confirmed in them, and their estimated cost in won. */
export interface Held {
  cohorts: number[];
  trainees: number[];
  estimatedCost: number[];
}

/** A course of a row broken down: a programme the plan names, with its own figures and what it held. */
export interface QuarterCourseRow {
  courseId: string;
  code: string;
  nameKo: string;
  nameEn: string;
  sessions: number[] | null;
  trainees: number[];
  held: Held;
}

export interface QuarterRow {
  budgetLineCode: string | null;
  educationType: EducationType;
  courses: number;
  sessions: number[] | null;
  trainees: number[];
  held: Held;
  /** The row's courses one by one, when it has several and each is a programme the plan names (none generated). */
  programmes: QuarterCourseRow[];
}

/** A plan kept out of the version's totals, with its own sessions and trainees per quarter (2-7's international courses). */
export interface QuarterApartRow {
  labelKo: string;
  labelEn: string;
  sessions: number[];
  trainees: number[];
  /** The budget it plans to spend per quarter, in won; null when the plan gives none. */
  budget: number[] | null;
  /** The category its courses are catalogued under, if the plan names one. */
  categoryCode: string | null;
  /** The cohorts held of those courses and their trainees; null when the catalog has no such course. */
  booked: Held | null;
}

export const noneHeld = (): Held => ({ cohorts: [0, 0, 0, 0], trainees: [0, 0, 0, 0], estimatedCost: [0, 0, 0, 0] });

/**
 * The plan per quarter (추진일정) by budget line, as the program sections print it, against the
 * cohorts held (curriculum's own cohorts) and the trainees enrollment confirmed in them. A line
 * carrying several named programmes (2-6's 행복한 미래설계 and 인생이모작준비) is also broken down by them.
 */
export function quartersByBudgetLine(
  version: ReportVersion,
  courseList: ReportCourse[],
  heldCohorts: HeldCohorts[] = [],
  bookedByCategory: Map<string, Held | null> = new Map(),
): { version: VersionHeader; rows: QuarterRow[]; apart: QuarterApartRow[]; notes: Note[] } {
  const courses = new Map(courseList.map((c) => [c.id, c]));
  const heldOf = new Map<string, Held>();
  for (const h of heldCohorts) {
    const held = heldOf.get(h.courseId) ?? noneHeld();
    held.cohorts[h.quarter] += h.cohorts;
    held.trainees[h.quarter] += h.confirmed;
    held.estimatedCost[h.quarter] += h.estimatedCost;
    heldOf.set(h.courseId, held);
  }
  const groups = new Map<string, QuarterRow & { named: QuarterCourseRow[]; anyGenerated: boolean }>();
  for (const line of version.lines) {
    const course = courses.get(line.courseId);
    if (!course) continue;
    const key = `${course.educationType}/${course.budgetLineCode ?? ''}`;
    const eLearning = course.educationType === 'e_learning';
    const row = groups.get(key) ?? {
      budgetLineCode: course.budgetLineCode,
      educationType: course.educationType,
      courses: 0,
      sessions: eLearning ? null : [0, 0, 0, 0],
      trainees: [0, 0, 0, 0],
      held: noneHeld(),
      programmes: [],
      named: [],
      anyGenerated: false,
    };
    row.courses++;
    line.trainees.forEach((t, q) => (row.trainees[q] += t));
    if (row.sessions) line.sessions.forEach((s, q) => (row.sessions![q] += s));
    const held = heldOf.get(course.id) ?? noneHeld();
    held.cohorts.forEach((n, q) => (row.held.cohorts[q] += n));
    held.trainees.forEach((n, q) => (row.held.trainees[q] += n));
    held.estimatedCost.forEach((n, q) => (row.held.estimatedCost[q] += n));
    row.anyGenerated ||= course.generated !== false;
    row.named.push({
      courseId: course.id,
      code: course.code ?? '',
      nameKo: course.nameKo ?? '',
      nameEn: course.nameEn ?? '',
      sessions: eLearning ? null : [...line.sessions],
      trainees: [...line.trainees],
      held,
    });
    groups.set(key, row);
  }
  const rows: QuarterRow[] = [...groups.values()]
    .map(({ named, anyGenerated, ...row }) => ({
      ...row,
      programmes: named.length > 1 && !anyGenerated ? named.sort((a, b) => a.code.localeCompare(b.code)) : [],
    }))
    .sort((a, b) => a.educationType.localeCompare(b.educationType) || (a.budgetLineCode ?? '').localeCompare(b.budgetLineCode ?? ''));
  const notes: Note[] = [];
  const printed = version.sourceFigures?.eLearningQuarterTrainees;
  if (printed) {
    const eLearning = rows
      .filter((r) => r.educationType === 'e_learning')
      .reduce((acc, r) => acc.map((x, q) => x + r.trainees[q]), [0, 0, 0, 0]);
    const printedTotal = sum(printed);
    if (printed.some((x, q) => x !== eLearning[q])) {
      notes.push({
        ref: 'D1',
        ko:
          `원문 3-1의 e-러닝 분기별 교육계획(${printed.map((x) => x.toLocaleString('ko-KR')).join(' / ')})은 합이 ` +
          `${printedTotal.toLocaleString('ko-KR')}명으로, 표기된 계 ` +
          `${sum(eLearning).toLocaleString('ko-KR')}명과 ` +
          `${(sum(eLearning) - printedTotal).toLocaleString('ko-KR')}명 차이가 납니다. 여기서는 과정별 계획의 분기 합계를 ` +
          `보입니다.`,
        en:
          `The source's 3-1 e-learning quarters ` +
          `(${printed.map((x) => x.toLocaleString('en-US')).join(' / ')}) add up to ` +
          `${printedTotal.toLocaleString('en-US')}, not the printed total ` +
          `${sum(eLearning).toLocaleString('en-US')}; shown here are the quarters of the courses' ` +
          `own plans.`,
      });
    }
  }
  // Plans the version keeps out of its totals with their own quarters (2-7's international courses), beside the lines,
  // with what their category's courses held.
  const apart: QuarterApartRow[] = version.memoLines
    .filter((m) => m.quarters)
    .map((m) => {
      const categoryCode = m.quarters!.categoryCode ?? null;
      return {
        labelKo: m.labelKo,
        labelEn: m.labelEn,
        sessions: [...m.quarters!.sessions],
        trainees: [...m.quarters!.trainees],
        budget: m.quarters!.budget ? [...m.quarters!.budget] : null,
        categoryCode,
        booked: (categoryCode && bookedByCategory.get(categoryCode)) || null,
      };
    });
  return { version: header(version), rows, apart, notes };
}
