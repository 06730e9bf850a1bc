import { EXECUTION_REPORT_TABLES, ExecutionReportTable } from '@baeum/api';
import type { Cell, Sheet } from '@baeum/documents';
import type { ExecutionReport } from './execution-report';
import { thousandWon } from '../shared/printing';

export const REPORT_TABLES = EXECUTION_REPORT_TABLES;
export type ReportTable = ExecutionReportTable;

/** Amounts go into spreadsheets as numbers in thousand won (Excel sums them); rates as printed. */
const k = (won: string) => thousandWon(BigInt(won));
const indent = (depth: number, name: string) => `${'  '.repeat(depth)}${name}`;

/** The report's four tables as spreadsheet sheets, each with its header row first. */
export function reportSheets(report: ExecutionReport): Record<ReportTable, Sheet> {
  const { fiscalYear: fy, previousYear: prev, asOf } = report;
  const footer: Cell[][] = [
    [],
    [`기준일 / As of: ${asOf}`, '단위: 천원 / thousand won'],
    ...report.expenditure.notes.map((n) => [`※ ${n.ko}`, n.en]),
  ];
  return {
    expenditure: {
      name: '세출 집행현황',
      widths: [36, 36, 22, 16, 16, 14, 10, 18, 10],
      rows: [
        [
          '구분',
          'Line',
          '코드 / Code',
          `${prev}년 예산현액 / ${prev} current budget`,
          `${fy}년 예산현액 / ${fy} current budget`,
          '증감액 / Change',
          '증감률 / Change rate',
          '집행액 (원인행위기준) / Executed (commitment basis)',
          '집행률 / Execution rate',
        ],
        ...report.expenditure.rows.map((r) => [
          indent(r.depth, r.nameKo),
          r.nameEn,
          r.code,
          k(r.previous),
          k(r.current),
          k(r.change),
          r.printed.changeRate,
          k(r.executed),
          r.printed.executionRate,
        ]),
        ...footer,
      ],
    },
    revenue: {
      name: '세입 수납현황',
      widths: [24, 36, 20, 16, 16, 12, 40],
      rows: [
        [
          '구분',
          'Line',
          '코드 / Code',
          `${fy}년 세입예산 / Revenue budget`,
          '수납액 / Collected',
          '수납률 / Collection rate',
          '내역 / Covers',
        ],
        ...report.revenue.map((r) => [r.nameKo, r.nameEn, r.code, k(r.budget), k(r.collected), r.printed.collectionRate, r.noteKo ?? '']),
        [],
        [`기준일 / As of: ${asOf}`, '단위: 천원 / thousand won'],
      ],
    },
    quarterly: {
      name: '분기별 계획 대비 실적',
      widths: [32, 32, 20, 12, 12, 12, 12, 12, 12, 12, 12, 14, 14, 14],
      rows: [
        [
          '사업',
          'Line',
          '코드 / Code',
          '1분기 계획',
          '1분기 실적',
          '2분기 계획',
          '2분기 실적',
          '3분기 계획',
          '3분기 실적',
          '4분기 계획',
          '4분기 실적',
          '계획 계 / Plan',
          '실적 계 / Actual',
          '개시 분기 계획 대비 / Against plan to date',
        ],
        ...report.quarterly.flatMap((q) => [
          [
            q.nameKo,
            q.nameEn,
            q.code,
            ...[0, 1, 2, 3].flatMap((i) => [k(q.plan[i]), k(q.actual[i])]),
            k(q.planTotal),
            k(q.actualTotal),
            q.againstPlan.printed,
          ],
          // A programme planned apart follows its line, named by its courses.
          ...q.programmes.map((p) => [
            `└ ${p.labelKo}`,
            `└ ${p.labelEn}`,
            `${q.code} (${p.courseCodes.join(', ')})`,
            ...[0, 1, 2, 3].flatMap((i) => [k(p.plan[i]), k(p.actual[i])]),
            k(p.planTotal),
            k(p.actualTotal),
            p.againstPlan.printed,
          ]),
        ]),
        [],
        [`기준일 / As of: ${asOf}`, '단위: 천원 / thousand won'],
      ],
    },
    monthly: {
      name: '월별 누적 집행',
      widths: [10, 24, 24],
      rows: [
        ['월 / Month', '누적 집행액 / Executed to date', '누적 계획 (분기말) / Planned to quarter end'],
        ...report.monthly.map((m) => [
          `${fy}-${String(m.month).padStart(2, '0')}`,
          m.executed === null ? null : k(m.executed),
          m.planned === null ? null : k(m.planned),
        ]),
        [],
        [`기준일 / As of: ${asOf}`, '단위: 천원 / thousand won'],
      ],
    },
  };
}
