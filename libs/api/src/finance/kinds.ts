/**
 * The finance domain's enumerations, shared by its bodies, its views and the service's entities.
 * Named for finance (`BudgetControl`, not `Control`): every name of `@baeum/api` is unique.
 */

export const BUDGET_LINE_KINDS = ['expenditure', 'revenue'] as const;
/** 세출 (expenditure) or 세입 (revenue). */
export type BudgetLineKind = (typeof BUDGET_LINE_KINDS)[number];

/** What happens when a commitment would take a line past its current budget amount: refused, booked and flagged, booked. */
export const BUDGET_CONTROLS = ['stop', 'warn', 'ignore'] as const;
export type BudgetControl = (typeof BUDGET_CONTROLS)[number];

/** 당초 (original), 추경 (supplementary), 전용 (transfer), 이월 (carry-over), 기타. */
export const BUDGET_AMENDMENT_KINDS = ['original', 'supplementary', 'transfer', 'carryover', 'other'] as const;
export type BudgetAmendmentKind = (typeof BUDGET_AMENDMENT_KINDS)[number];

/** A row of the expenditure tree: the total, a subtotal, a program or a unit line. */
export const BUDGET_ROW_LEVELS = ['total', 'subtotal', 'program', 'unit'] as const;
export type BudgetRowLevel = (typeof BUDGET_ROW_LEVELS)[number];

/** What a commitment is for: a cohort's estimated cost, its trainees' meals, an exam sitting, an officer's own. */
export const COMMITMENT_CAUSES = ['cohort', 'meals', 'sitting', 'manual'] as const;
export type CommitmentCause = (typeof COMMITMENT_CAUSES)[number];

/** booked: its entries count. held (보류): a stop line had no room when an event asked. withdrawn: held, then no longer wanted. */
export const COMMITMENT_STATUSES = ['booked', 'held', 'withdrawn'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** commit/adjust/release move a commitment, pay records a payment, collect/refund are revenue, reverse undoes another entry. */
export const LEDGER_ENTRY_KINDS = ['commit', 'adjust', 'release', 'pay', 'collect', 'refund', 'reverse'] as const;
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];

/** Which running total of its line an entry moves. */
export const LEDGER_MEASURES = ['committed', 'paid', 'collected'] as const;
export type LedgerMeasure = (typeof LEDGER_MEASURES)[number];

/** The execution report's tables; a CSV download holds one, the .xlsx all four. */
export const EXECUTION_REPORT_TABLES = ['expenditure', 'revenue', 'quarterly', 'monthly'] as const;
export type ExecutionReportTable = (typeof EXECUTION_REPORT_TABLES)[number];
