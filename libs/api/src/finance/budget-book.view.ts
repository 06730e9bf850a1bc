import { ApiProperty } from '@nestjs/swagger';
import {
  BUDGET_AMENDMENT_KINDS,
  BUDGET_CONTROLS,
  BUDGET_LINE_KINDS,
  BUDGET_ROW_LEVELS,
  BudgetAmendmentKind,
  BudgetControl,
  BudgetLineKind,
  BudgetRowLevel,
} from './kinds';
import { CommitmentSummaryView, LedgerEntryView } from './ledger.view';
import { BudgetRateView } from './rate.view';

const WON = { type: String, description: 'Integer won as a string (bigint)', example: '12000000' } as const;

/** A budget book of the institute: its year, and where and by whom it was opened. */
export class BudgetBookYearView {
  @ApiProperty({ example: 2022 })
  fiscalYear: number;

  @ApiProperty({ type: Number, nullable: true, description: 'The year it was carried forward from', example: 2021 })
  carriedFrom: number | null;

  @ApiProperty({ format: 'date-time' })
  openedAt: string;

  @ApiProperty({ example: '박기획' })
  openedByName: string;
}

/** The year's booking rules for events that name no line: meals and exam fees. */
export class BookingRulesView {
  @ApiProperty({ type: String, nullable: true, description: 'Line that trainee meals are booked on', example: 'TRAINEE-MEALS' })
  mealLineCode: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Meal cost of one trainee for one training day: integer won as a string',
    example: '8000',
  })
  mealCostPerDay: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Revenue line that exam fees are booked on', example: 'REVENUE-RECURRING' })
  feeRevenueLineCode: string | null;
}

/** Commitments an event asked of a stop line without room (보류), waiting for an officer. */
export class HeldCommitmentsView {
  @ApiProperty({ example: 1 })
  count: number;

  @ApiProperty(WON)
  amount: string;
}

/** A row of the expenditure tree with its running totals; a unit line also has its control, officer and held commitments. */
export class BudgetBookRowView {
  @ApiProperty({ enum: BUDGET_ROW_LEVELS, enumName: 'BudgetRowLevel' })
  level: BudgetRowLevel;

  @ApiProperty({ example: 'NEWCOMER' })
  code: string;

  @ApiProperty({ example: '신임자과정 운영' })
  nameKo: string;

  @ApiProperty({ example: 'Newcomer (new appointee) course operation' })
  nameEn: string;

  @ApiProperty({ description: '0 for the total, 1 for what is directly under it, …', example: 3 })
  depth: number;

  @ApiProperty({ ...WON, description: 'Current budget amount (예산현액), integer won as a string' })
  amount: string;

  @ApiProperty(WON)
  committed: string;

  @ApiProperty(WON)
  paid: string;

  @ApiProperty({ ...WON, description: 'amount − committed, integer won as a string' })
  remaining: string;

  @ApiProperty({ ...WON, description: 'The quarterly plans’ total, integer won as a string' })
  planned: string;

  @ApiProperty({ type: BudgetRateView, description: 'committed of amount' })
  rate: BudgetRateView;

  @ApiProperty({
    enum: BUDGET_CONTROLS,
    enumName: 'BudgetControl',
    nullable: true,
    description: 'A unit line’s control; null above the unit lines',
  })
  control: BudgetControl | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  officerUserId: string | null;

  @ApiProperty({ type: HeldCommitmentsView, nullable: true, description: 'null above the unit lines' })
  held: HeldCommitmentsView | null;
}

/** A unit line (expenditure or revenue) with its running totals. */
export class BudgetLineSummaryView {
  @ApiProperty({ example: 'NEWCOMER' })
  code: string;

  @ApiProperty({ enum: BUDGET_LINE_KINDS, enumName: 'BudgetLineKind' })
  kind: BudgetLineKind;

  @ApiProperty({ example: 2022 })
  fiscalYear: number;

  @ApiProperty({ example: '신임자과정 운영' })
  nameKo: string;

  @ApiProperty({ example: 'Newcomer (new appointee) course operation' })
  nameEn: string;

  @ApiProperty({ type: String, nullable: true, description: 'What the line covers (the kinds of revenue of a revenue line)' })
  noteKo: string | null;

  @ApiProperty({ type: String, nullable: true })
  noteEn: string | null;

  @ApiProperty({ enum: BUDGET_CONTROLS, enumName: 'BudgetControl' })
  control: BudgetControl;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Told at the thresholds; null for every finance officer' })
  officerUserId: string | null;

  @ApiProperty({ ...WON, description: 'Current budget amount (예산현액), integer won as a string' })
  amount: string;

  @ApiProperty(WON)
  committed: string;

  @ApiProperty(WON)
  paid: string;

  @ApiProperty(WON)
  collected: string;

  @ApiProperty({ ...WON, description: 'amount − committed (expenditure) or − collected (revenue), integer won as a string' })
  remaining: string;

  @ApiProperty({ type: BudgetRateView, description: 'committed (expenditure) or collected (revenue) of amount' })
  rate: BudgetRateView;
}

/** The book of a fiscal year: its expenditure tree with the running totals, its revenue lines, its booking rules. */
export class BudgetBookView extends BudgetBookYearView {
  @ApiProperty({ type: BookingRulesView })
  rules: BookingRulesView;

  @ApiProperty({ type: [BudgetBookRowView], description: 'The total first, then each subtotal, program and unit line in order' })
  expenditure: BudgetBookRowView[];

  @ApiProperty({ type: [BudgetLineSummaryView] })
  revenue: BudgetLineSummaryView[];
}

/** A change of a line's current budget amount, with its reason. */
export class BudgetAmendmentView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: BUDGET_AMENDMENT_KINDS, enumName: 'BudgetAmendmentKind' })
  kind: BudgetAmendmentKind;

  @ApiProperty({ ...WON, description: 'The change, signed (a reduction is negative): integer won as a string', example: '20000000' })
  amount: string;

  @ApiProperty({ ...WON, description: 'The current budget amount after it, integer won as a string' })
  amountAfter: string;

  @ApiProperty({ format: 'date', example: '2027-06-30' })
  effectiveOn: string;

  @ApiProperty({ example: '제1회 추가경정예산' })
  reason: string;

  @ApiProperty({ example: '최재무' })
  recordedByName: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
}

/** A row of a line's quarterly execution plan (분기별 예산집행 계획). */
export class QuarterlyPlanRowView {
  @ApiProperty({ example: '2-1 신임자 교육과정 운영' })
  labelKo: string;

  @ApiProperty({ example: 'Newcomer training course' })
  labelEn: string;

  @ApiProperty(WON)
  q1: string;

  @ApiProperty(WON)
  q2: string;

  @ApiProperty(WON)
  q3: string;

  @ApiProperty(WON)
  q4: string;

  @ApiProperty({ example: '박기획' })
  revisedByName: string;

  @ApiProperty({ format: 'date-time' })
  revisedAt: string;

  @ApiProperty()
  reason: string;
}

/** How many entries and commitments the line has; the detail lists the newest 200 of each. */
export class BudgetLineCountsView {
  @ApiProperty({ example: 12 })
  entries: number;

  @ApiProperty({ example: 4 })
  commitments: number;
}

/** A line's page: the line, its amendments, plan, commitments and entries (each with the event behind it). */
export class BudgetLineDetailView {
  @ApiProperty({ type: BudgetLineSummaryView })
  line: BudgetLineSummaryView;

  @ApiProperty({ type: [BudgetAmendmentView], description: 'Newest first' })
  amendments: BudgetAmendmentView[];

  @ApiProperty({ type: [QuarterlyPlanRowView] })
  plan: QuarterlyPlanRowView[];

  @ApiProperty({ type: [CommitmentSummaryView], description: 'The newest 200, newest first' })
  commitments: CommitmentSummaryView[];

  @ApiProperty({ type: [LedgerEntryView], description: 'The newest 200, newest first' })
  entries: LedgerEntryView[];

  @ApiProperty({ type: BudgetLineCountsView })
  counts: BudgetLineCountsView;
}

/** A line's page as the gateway answers it: with its officer's name. */
export class BudgetLineDetailWithOfficerView extends BudgetLineDetailView {
  @ApiProperty({ type: String, nullable: true, description: "The line's officer's name; null when it has none", example: '박기획' })
  officerName: string | null;
}

/** An expenditure line a cohort or a sitting may be charged to. */
export class ChargeableBudgetLineView {
  @ApiProperty({ example: 'NEWCOMER' })
  code: string;

  @ApiProperty({ example: '신임자과정 운영' })
  nameKo: string;

  @ApiProperty({ example: 'Newcomer (new appointee) course operation' })
  nameEn: string;

  @ApiProperty({ example: 2027 })
  fiscalYear: number;

  @ApiProperty({ ...WON, description: 'Current budget amount (예산현액), integer won as a string' })
  amount: string;

  @ApiProperty(WON)
  committed: string;

  @ApiProperty(WON)
  remaining: string;

  @ApiProperty({ enum: BUDGET_CONTROLS, enumName: 'BudgetControl' })
  control: BudgetControl;
}
