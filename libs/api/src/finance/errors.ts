/** The finance domain's error codes (stable; the web's catalogues hold their words). */
export const FINANCE_ERROR_CODES = [
  /** No budget book for the year (`params.fiscalYear`). */
  'BUDGET_BOOK.NOT_FOUND',
  /** The year's book is open already (`params.fiscalYear`). */
  'BUDGET_BOOK.ALREADY_OPEN',
  /** `copyFrom` names the year being opened. */
  'BUDGET_BOOK.COPY_FROM_SAME_YEAR',
  /** `copyFrom` names a year without a book (`params.copyFrom`). */
  'BUDGET_BOOK.COPY_FROM_MISSING',
  /** A date (`bookedOn`, `effectiveOn`) outside the book's fiscal year (`params.fiscalYear`). */
  'BUDGET_BOOK.DATE_OUTSIDE_YEAR',
  'BUDGET_LINE.NOT_FOUND',
  /** The year's book has a line with that code already (`params.code`, `params.fiscalYear`). */
  'BUDGET_LINE.DUPLICATE_CODE',
  /** `groupCode` is not a program of the year's expenditure tree (or the line is a revenue line). */
  'BUDGET_LINE.GROUP_UNKNOWN',
  /** A booking rule names a line that is not of the kind it needs (`params.kind`: expenditure for meals, revenue for exam fees). */
  'BUDGET_LINE.WRONG_KIND',
  /** The officer named is not a finance officer, planner or administrator of the institute. */
  'BUDGET_LINE.OFFICER_NOT_ELIGIBLE',
  /** An amendment would take the current budget below what the line has committed (`params.committed`, `params.amountAfter`). */
  'AMENDMENT.BELOW_COMMITTED',
  /** An amendment would make the current budget negative (`params.current`, `params.change`). */
  'AMENDMENT.NEGATIVE_BUDGET',
  /** The plan's total exceeds the line's current budget (`params.planned`, `params.budget`). */
  'QUARTERLY_PLAN.OVER_BUDGET',
  'COMMITMENT.NOT_FOUND',
  /** Only a held commitment (보류) can be booked (`params.status`). */
  'COMMITMENT.NOT_HELD',
  /** More than the commitment holds beyond what is paid (`params.releasable`, `params.requested`). */
  'COMMITMENT.RELEASE_TOO_LARGE',
  /** More than the commitment holds unpaid (`params.unpaid`, `params.requested`). */
  'COMMITMENT.PAYMENT_TOO_LARGE',
  /** A payment dated before its line's fiscal year (`params.fiscalYear`). */
  'COMMITMENT.PAID_BEFORE_YEAR',
  /** A stop line (집행 중지) has no room for the amount (`params.remaining`, `params.requested`, `params.line`, `params.fiscalYear`). */
  'LEDGER.OVER_BUDGET',
  'ENTRY.NOT_FOUND',
  /** A reversing entry is not reversed again; a new entry is recorded instead. */
  'ENTRY.IS_REVERSAL',
  'ENTRY.ALREADY_REVERSED',
  /** Reversing it would leave its commitment below what is paid (`params.paid`). */
  'ENTRY.BELOW_PAID',
  /** Undoing a release needs room a stop line does not have (`params.remaining`, `params.requested`). */
  'ENTRY.UNDO_RELEASE_OVER_BUDGET',
  /** Reversing a fee would leave less collected than was refunded (`params.collected`, `params.amount`). */
  'ENTRY.BELOW_REFUNDED',
] as const;

export type FinanceErrorCode = (typeof FINANCE_ERROR_CODES)[number];
