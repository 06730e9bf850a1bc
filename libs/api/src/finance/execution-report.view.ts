import { ApiProperty } from '@nestjs/swagger';
import { BUDGET_ROW_LEVELS, BudgetRowLevel } from './kinds';
import { BudgetRateView } from './rate.view';

const WON = { type: String, description: 'Integer won as a string (bigint)', example: '12000000' } as const;
const PRINTED = (example: string, description = 'In thousand won, as the source prints it (△ for negatives, - for nothing)') => ({
  example,
  description,
});

/** An expenditure row as the source prints it, in thousand won. */
export class ExpenditurePrintedView {
  @ApiProperty(PRINTED('12,174,859'))
  previous: string;

  @ApiProperty(PRINTED('14,018,927'))
  current: string;

  @ApiProperty(PRINTED('1,844,068'))
  change: string;

  @ApiProperty({ example: '15.1%' })
  changeRate: string;

  @ApiProperty(PRINTED('1,272,398'))
  executed: string;

  @ApiProperty({ example: '9.1%' })
  executionRate: string;
}

/** A row of the expenditure table: current amounts of two years, change, executed (commitment basis), rates. */
export class ExecutionExpenditureRowView {
  @ApiProperty({ enum: BUDGET_ROW_LEVELS, enumName: 'BudgetRowLevel' })
  level: BudgetRowLevel;

  @ApiProperty({ example: 'TOTAL' })
  code: string;

  @ApiProperty({ example: '합계' })
  nameKo: string;

  @ApiProperty({ example: 'Total' })
  nameEn: string;

  @ApiProperty({ example: 0 })
  depth: number;

  @ApiProperty({ ...WON, description: "The previous year's current budget amount, integer won as a string" })
  previous: string;

  @ApiProperty({ ...WON, description: 'Current budget amount as of the date, integer won as a string' })
  current: string;

  @ApiProperty(WON)
  change: string;

  @ApiProperty(WON)
  executed: string;

  @ApiProperty({ type: BudgetRateView })
  changeRate: BudgetRateView;

  @ApiProperty({ type: BudgetRateView })
  executionRate: BudgetRateView;

  @ApiProperty({ type: ExpenditurePrintedView })
  printed: ExpenditurePrintedView;
}

/** A footnote of the report (a rate printed with two decimals). */
export class ExecutionNoteView {
  @ApiProperty({ description: 'The row it concerns', example: 'ASSESSMENT-OPS' })
  code: string;

  @ApiProperty()
  ko: string;

  @ApiProperty()
  en: string;
}

export class ExecutionExpenditureTableView {
  @ApiProperty({ type: [ExecutionExpenditureRowView] })
  rows: ExecutionExpenditureRowView[];

  @ApiProperty({ type: [ExecutionNoteView] })
  notes: ExecutionNoteView[];
}

/** A revenue row as the source prints it. */
export class RevenuePrintedView {
  @ApiProperty({ example: '1,031백만원' })
  budgetMillion: string;

  @ApiProperty(PRINTED('1,031,000'))
  budget: string;

  @ApiProperty(PRINTED('5'))
  collected: string;

  @ApiProperty({ example: '0.0%' })
  collectionRate: string;
}

/** A row of the revenue table: the total first, then each revenue line. */
export class ExecutionRevenueRowView {
  @ApiProperty({ example: 'REVENUE-RECURRING' })
  code: string;

  @ApiProperty()
  nameKo: string;

  @ApiProperty()
  nameEn: string;

  @ApiProperty({ type: String, nullable: true })
  noteKo: string | null;

  @ApiProperty({ type: String, nullable: true })
  noteEn: string | null;

  @ApiProperty(WON)
  budget: string;

  @ApiProperty(WON)
  collected: string;

  @ApiProperty({ type: BudgetRateView })
  collectionRate: BudgetRateView;

  @ApiProperty({ type: RevenuePrintedView })
  printed: RevenuePrintedView;
}

/** A programme its line's plan sets apart (2-6's two), against what its own courses' cohorts committed on the line. */
export class ExecutionQuarterProgrammeView {
  @ApiProperty({ example: '2-6 퇴직 예정 공무원 제2인생 설계 지원 — 행복한 미래설계' })
  labelKo: string;

  @ApiProperty({ example: 'Second-life planning for officials nearing retirement: Happy Future Design course' })
  labelEn: string;

  @ApiProperty({ type: [String], example: ['RETIRE-FUTURE'] })
  courseCodes: string[];

  @ApiProperty({
    type: [String],
    description: 'Q1…Q4, integer won as strings',
    example: ['113768000', '227535000', '227535000', '113767000'],
  })
  plan: string[];

  @ApiProperty({ type: [String], description: 'Q1…Q4, integer won as strings', example: ['0', '50000000', '0', '0'] })
  actual: string[];

  @ApiProperty(WON)
  planTotal: string;

  @ApiProperty(WON)
  actualTotal: string;

  @ApiProperty({ type: BudgetRateView, description: 'Actual against the plan of the quarters begun by the date' })
  againstPlan: BudgetRateView;
}

/** A line's quarterly plan against what it executed. */
export class ExecutionQuarterRowView {
  @ApiProperty({ example: 'NEWCOMER' })
  code: string;

  @ApiProperty()
  nameKo: string;

  @ApiProperty()
  nameEn: string;

  @ApiProperty()
  hasPlan: boolean;

  @ApiProperty({
    type: [String],
    description: 'Q1…Q4, integer won as strings',
    example: ['204638000', '272877000', '131837000', '67228000'],
  })
  plan: string[];

  @ApiProperty({ type: [String], description: 'Q1…Q4, integer won as strings', example: ['60000000', '0', '0', '0'] })
  actual: string[];

  @ApiProperty(WON)
  planTotal: string;

  @ApiProperty(WON)
  actualTotal: string;

  @ApiProperty({ type: BudgetRateView, description: 'Actual against the plan of the quarters begun by the date' })
  againstPlan: BudgetRateView;

  @ApiProperty({ type: [ExecutionQuarterProgrammeView], description: 'Programmes planned apart on the line, if any' })
  programmes: ExecutionQuarterProgrammeView[];
}

/** Execution month by month, cumulative; the plan at each quarter's end. */
export class ExecutionMonthView {
  @ApiProperty({ minimum: 1, maximum: 12, example: 1 })
  month: number;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Executed up to the month, integer won as a string; null for months not begun',
    example: '1272398000',
  })
  executed: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Planned up to the quarter, integer won as a string, in the last month of each quarter',
    example: '676580000',
  })
  planned: string | null;
}

export class ExecutionReportUnitView {
  @ApiProperty({ example: '천원' })
  ko: string;

  @ApiProperty({ example: 'thousand won' })
  en: string;
}

export class ExecutionHeadlineView {
  @ApiProperty({ example: '14,019백만원' })
  expenditure: string;

  @ApiProperty({ example: '1,036백만원' })
  revenue: string;
}

/** 예산 집행 현황: the expenditure table, the revenue table, plan against actual per quarter, month by month. */
export class ExecutionReportView {
  @ApiProperty({ example: 2022 })
  fiscalYear: number;

  @ApiProperty({ example: 2021 })
  previousYear: number;

  @ApiProperty({ format: 'date', example: '2022-01-31' })
  asOf: string;

  @ApiProperty({ type: ExecutionReportUnitView, description: 'The unit of the printed tables' })
  unit: ExecutionReportUnitView;

  @ApiProperty({ type: ExecutionHeadlineView })
  headline: ExecutionHeadlineView;

  @ApiProperty({ type: ExecutionExpenditureTableView })
  expenditure: ExecutionExpenditureTableView;

  @ApiProperty({ type: [ExecutionRevenueRowView] })
  revenue: ExecutionRevenueRowView[];

  @ApiProperty({ type: [ExecutionQuarterRowView] })
  quarterly: ExecutionQuarterRowView[];

  @ApiProperty({ minimum: 0, maximum: 4, description: 'Quarters of the year begun by the date' })
  quartersBegun: number;

  @ApiProperty({ type: [ExecutionMonthView] })
  monthly: ExecutionMonthView[];
}
