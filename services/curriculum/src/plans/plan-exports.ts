import type { Cell, Sheet } from '@baeum/documents';
import type {
  Cell as Figures,
  DeliveryModeReport,
  Note,
  RestructuringRow,
  SummaryReport,
  VersionHeader,
  YearOnYearReport,
  QuarterApartRow,
  QuarterRow,
} from './plan-reports';

/**
 * The plan reports as sheets laid out like the source's tables: Korean labels with the English
 * beside them in the header, e-learning sessions as 상시, parenthetical figures in parentheses,
 * and the notes (※) under the table.
 */

const both = (ko: string, en: string) => `${ko} (${en})`;
/** Counts and amounts with thousands separators, as the source prints them. */
const THOUSANDS = '#,##0';
const noteRows = (notes: Note[]): Cell[][] => notes.map((n) => [`※ ${n.ref ? `[${n.ref}] ` : ''}${n.ko}`]);
const withNotes = (rows: Cell[][], notes: Note[]): Cell[][] => (notes.length > 0 ? [...rows, [], ...noteRows(notes)] : rows);

function figures(cell: Figures, eLearning: boolean, subtotal: boolean): Cell[] {
  return [cell.courses, cell.sessions ?? (eLearning && !subtotal ? '상시' : ''), cell.trainees];
}

export function summarySheet(report: SummaryReport): Sheet {
  const header: Cell[] = [
    both('구분', 'Type'),
    both('분야', 'Field'),
    both('세부분야', 'Subfield'),
    ...report.versions.flatMap((v) => [`${v.labelKo} 과정수`, `${v.labelKo} 횟수`, `${v.labelKo} 인원`]),
  ];
  const last = report.versions.length - 1;
  const rows: Cell[][] = [header, ['전체', '', '', ...report.total.flatMap((c) => figures(c, false, true))]];
  for (const section of report.sections) {
    const eLearning = section.educationType === 'e_learning';
    rows.push([
      `${section.nameKo} (${section.subtotal[last].courses})`,
      '소계',
      '',
      ...section.subtotal.flatMap((c) => figures(c, eLearning, true)),
    ]);
    for (const group of section.groups) {
      rows.push(['', `${group.nameKo} (${group.cells[last].courses})`, '', ...group.cells.flatMap((c) => figures(c, eLearning, true))]);
      for (const row of group.rows) rows.push(['', '', row.nameKo, ...row.cells.flatMap((c) => figures(c, eLearning, false))]);
    }
    for (const memo of section.memoLines) {
      rows.push([
        '',
        '',
        memo.labelKo,
        ...memo.values.flatMap((v) => ['', '', v?.trainees === null || v === null ? '' : `(${v.trainees.toLocaleString('ko-KR')})`]),
      ]);
    }
  }
  for (const footnote of report.footnotes) {
    const printed = report.versions
      .map((v, i) => ({ v, value: footnote.values[i] }))
      .filter(({ value }) => value)
      .map(({ v, value }) => `${v.labelKo}: ${value!.sessions ?? '-'}회 ${value!.trainees?.toLocaleString('ko-KR') ?? '-'}명`);
    rows.push([`※ ${footnote.labelKo} — ${printed.join(', ')}`]);
  }
  return {
    name: '분야별 총괄표',
    rows: withNotes(rows, report.notes),
    widths: [18, 18, 14, ...report.versions.flatMap(() => [12, 10, 12])],
    numberFormat: THOUSANDS,
  };
}

export function deliveryModesSheet(report: DeliveryModeReport): Sheet {
  const header = [
    both('계획', 'Plan'),
    '대면 과정수',
    '대면 인원',
    '대면 비중(%)',
    '비대면 과정수',
    '비대면 인원',
    '비대면 비중(%)',
    '실시간 원격',
    '기수내 혼합',
    '과정내 혼합',
    'e-러닝 과정수',
    'e-러닝 인원',
    'e-러닝 비중(%)',
    '전체 과정수',
    '일반교육 중 비대면 비중(%)',
  ];
  const rows: Cell[][] = report.rows.map((r) => [
    r.version.labelKo,
    r.faceToFace.courses,
    r.faceToFace.trainees,
    r.faceToFace.share,
    r.nonFaceToFace.courses,
    r.nonFaceToFace.trainees,
    r.nonFaceToFace.share,
    r.nonFaceToFace.remote,
    r.nonFaceToFace.blendedCohort,
    r.nonFaceToFace.blendedCourse,
    r.eLearning.courses,
    r.eLearning.trainees,
    r.eLearning.share,
    r.totalCourses,
    r.generalNonFaceToFaceShare,
  ]);
  return { name: '교육방식별 비중', rows: withNotes([header, ...rows], report.notes), widths: [22], numberFormat: THOUSANDS };
}

export function restructuringSheet(report: { rows: RestructuringRow[]; notes: Note[] }): Sheet {
  const header = [both('계획', 'Plan'), both('구분', 'Type'), '신설', '개선', '통합·대체', '계속', '계'];
  const rows: Cell[][] = report.rows.flatMap((r) =>
    (
      [
        ['일반교육', r.general],
        ['e-러닝', r.eLearning],
        ['전체', r.total],
      ] as const
    ).map(([label, c]) => [r.version.labelKo, label, c.new, c.improved, c.merged, c.continued, c.total]),
  );
  return { name: '개편내역', rows: withNotes([header, ...rows], report.notes), widths: [22, 12], numberFormat: THOUSANDS };
}

export function yearOnYearSheet(report: YearOnYearReport): Sheet {
  const header = [
    both('구분', 'Type'),
    `${report.base.labelKo} 과정수`,
    `${report.base.labelKo} 인원`,
    `${report.version.labelKo} 과정수`,
    `${report.version.labelKo} 인원`,
    '증감 과정수',
    '증감 인원',
  ];
  const rows: Cell[][] = report.rows.map((r) => [
    r.nameKo,
    r.base.courses,
    r.base.trainees,
    r.current.courses,
    r.current.trainees,
    r.change.courses,
    r.change.trainees,
  ]);
  return {
    name: '전년 대비 증감',
    rows: withNotes([header, ...rows], report.notes),
    widths: [14, 16, 16, 16, 16, 12, 12],
    numberFormat: THOUSANDS,
  };
}

export function quartersSheet(report: { version: VersionHeader; rows: QuarterRow[]; apart?: QuarterApartRow[]; notes: Note[] }): Sheet {
  const header = [
    both('구분', 'Type'),
    both('예산사업', 'Budget line'),
    '과정수',
    ...[1, 2, 3, 4].flatMap((q) => [`${q}분기 횟수`, `${q}분기 인원`]),
    '계 횟수',
    '계 인원',
    ...[1, 2, 3, 4].flatMap((q) => [`${q}분기 운영 기수`, `${q}분기 확정 인원`]),
    ...[1, 2, 3, 4].map((q) => `${q}분기 편성 예정액(원)`),
    ...[1, 2, 3, 4].map((q) => `${q}분기 예산집행 계획(원)`),
  ];
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const cells = (sessions: number[] | null, trainees: number[], held: QuarterRow['held']): Cell[] => [
    ...[0, 1, 2, 3].flatMap((q) => [sessions ? sessions[q] : '상시', trainees[q]]),
    sessions ? total(sessions) : '상시',
    total(trainees),
    ...[0, 1, 2, 3].flatMap((q) => [held.cohorts[q], held.trainees[q]]),
    ...held.estimatedCost,
  ];
  const rows: Cell[][] = report.rows.flatMap((r) => [
    [r.educationType === 'general' ? '일반교육' : 'e-러닝', r.budgetLineCode ?? '', r.courses, ...cells(r.sessions, r.trainees, r.held)],
    // A named programme of the row follows it, with its own plan and what it held.
    ...r.programmes.map((p): Cell[] => [`└ ${p.nameKo}`, p.code, 1, ...cells(p.sessions, p.trainees, p.held)]),
  ]);
  // Plans kept out of the totals with quarters of their own (2-7's international courses) follow, with what their
  // category's courses held when the catalog has any, and the budget they plan to spend per quarter.
  for (const a of report.apart ?? []) {
    const planned = [...[0, 1, 2, 3].flatMap((q) => [a.sessions[q], a.trainees[q]]), total(a.sessions), total(a.trainees)];
    const booked = a.booked
      ? [...[0, 1, 2, 3].flatMap((q) => [a.booked!.cohorts[q], a.booked!.trainees[q]]), ...a.booked.estimatedCost]
      : Array<Cell>(12).fill('');
    rows.push([a.labelKo, '', '', ...planned, ...booked, ...(a.budget ?? [])]);
  }
  return { name: '분기별 계획', rows: withNotes([header, ...rows], report.notes), widths: [12, 22], numberFormat: THOUSANDS };
}
