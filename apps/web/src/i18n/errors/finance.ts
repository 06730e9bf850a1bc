import type { Catalogue } from '../catalogue';

/**
 * The budget book, its lines, plans, commitments and entries (libs/api/src/finance/errors.ts).
 * Amounts come as integer won in strings and are written with `won`; years are written as they are.
 */
export const financeErrors = {
  'BUDGET_BOOK.NOT_FOUND': {
    ko: '{{fiscalYear}}회계연도 예산서가 없습니다.',
    en: 'There is no budget book for fiscal year {{fiscalYear}}.',
  },
  'BUDGET_BOOK.ALREADY_OPEN': {
    ko: '{{fiscalYear}}회계연도 예산서는 이미 편성되어 있습니다.',
    en: 'The budget book of fiscal year {{fiscalYear}} is already open.',
  },
  'BUDGET_BOOK.COPY_FROM_SAME_YEAR': { ko: '편성할 회계연도와 다른 연도를 적으세요.', en: 'Enter a year other than the one being opened.' },
  'BUDGET_BOOK.COPY_FROM_MISSING': {
    ko: '{{copyFrom}}회계연도 예산서가 없어 이어 받을 수 없습니다.',
    en: 'There is no budget book of fiscal year {{copyFrom}} to carry forward.',
  },
  'BUDGET_BOOK.DATE_OUTSIDE_YEAR': { ko: '{{fiscalYear}}년 중의 날짜를 입력하세요.', en: 'Enter a date in {{fiscalYear}}.' },
  'BUDGET_LINE.NOT_FOUND': {
    ko: '{{fiscalYear}}회계연도 예산서에 {{code}} 사업이 없습니다.',
    en: 'The budget book of fiscal year {{fiscalYear}} has no line {{code}}.',
  },
  'BUDGET_LINE.DUPLICATE_CODE': {
    ko: '{{fiscalYear}}회계연도 예산서에 {{code}} 사업이 이미 있습니다.',
    en: 'The budget book of fiscal year {{fiscalYear}} already has a line {{code}}.',
  },
  'BUDGET_LINE.GROUP_UNKNOWN': {
    ko: '{{groupCode, 은/는}} {{fiscalYear}}회계연도 세출예산의 사업 분류가 아닙니다.',
    en: '{{groupCode}} is not a program of the expenditure budget of fiscal year {{fiscalYear}}.',
  },
  'BUDGET_LINE.WRONG_KIND': {
    ko: '{{code, 은/는}} 여기에 쓸 수 없는 사업입니다. 급식은 세출 사업에, 응시수수료는 세입 사업에 반영합니다.',
    en: '{{code}} cannot be used here: meals are booked on an expenditure line, exam fees on a revenue line.',
  },
  'BUDGET_LINE.OFFICER_NOT_ELIGIBLE': {
    ko: '이 기관의 재무 담당, 교육 기획 담당 또는 관리자만 담당자가 될 수 있습니다.',
    en: 'Only a finance officer, planner or administrator of this institute can be the officer.',
  },
  'AMENDMENT.BELOW_COMMITTED': {
    ko: '예산현액을 집행액 {{committed, won}}보다 적게 줄일 수 없습니다 (변경 후 {{amountAfter, won}}).',
    en: 'The current budget cannot go below the {{committed, won}} committed (it would be {{amountAfter, won}}).',
  },
  'AMENDMENT.NEGATIVE_BUDGET': {
    ko: '예산현액이 0원보다 적어집니다 (지금 {{current, won}}, 증감액 {{change, won}}).',
    en: 'The current budget would fall below zero (now {{current, won}}, change {{change, won}}).',
  },
  'QUARTERLY_PLAN.OVER_BUDGET': {
    ko: '계획 합계 {{planned, won}}이 예산현액 {{budget, won}}을 넘습니다. 분기 금액을 줄이세요.',
    en: 'The plan adds up to {{planned, won}}, more than the current budget of {{budget, won}}. Lower the quarters’ amounts.',
  },
  'COMMITMENT.NOT_FOUND': { ko: '원인행위를 찾을 수 없습니다.', en: 'The commitment was not found.' },
  'COMMITMENT.NOT_HELD': { ko: '보류 중인 원인행위만 집행할 수 있습니다.', en: 'Only a held commitment can be booked.' },
  'COMMITMENT.RELEASE_TOO_LARGE': {
    ko: '해제할 수 있는 금액은 {{releasable, won}}입니다 (요청 {{requested, won}}).',
    en: 'At most {{releasable, won}} can be released ({{requested, won}} asked).',
  },
  'COMMITMENT.PAYMENT_TOO_LARGE': {
    ko: '지출할 수 있는 금액은 {{unpaid, won}}입니다 (요청 {{requested, won}}).',
    en: 'At most {{unpaid, won}} can be paid ({{requested, won}} asked).',
  },
  'COMMITMENT.PAID_BEFORE_YEAR': {
    ko: '지출일은 {{fiscalYear}}년 1월 1일 이후여야 합니다.',
    en: 'The payment date must be in {{fiscalYear}} or later.',
  },
  'LEDGER.OVER_BUDGET': {
    ko: '예산 잔액이 부족합니다. {{fiscalYear}}회계연도 {{line}} 사업(집행 중지)의 잔액은 {{remaining, won}}, 요청액은 {{requested, won}}입니다.',
    en:
      'Not enough budget left on {{line}} of fiscal year {{fiscalYear}} (a stop line): ' +
      '{{remaining, won}} left, {{requested, won}} asked.',
  },
  'ENTRY.NOT_FOUND': { ko: '전표를 찾을 수 없습니다.', en: 'The entry was not found.' },
  'ENTRY.IS_REVERSAL': {
    ko: '정정 전표는 다시 정정할 수 없습니다. 새 전표를 기록하세요.',
    en: 'A reversing entry is not reversed again; record a new entry instead.',
  },
  'ENTRY.ALREADY_REVERSED': { ko: '이미 정정된 전표입니다.', en: 'This entry has already been reversed.' },
  'ENTRY.BELOW_PAID': {
    ko: '정정하면 원인행위가 지출한 {{paid, won}}보다 적어집니다. 지출을 먼저 정정하세요.',
    en: 'Reversing it would leave the commitment below the {{paid, won}} paid. Reverse the payment first.',
  },
  'ENTRY.UNDO_RELEASE_OVER_BUDGET': {
    ko: '예산 잔액이 부족하여 해제를 취소할 수 없습니다 (잔액 {{remaining, won}}, 필요 {{requested, won}}).',
    en: 'Not enough budget left to undo the release ({{remaining, won}} left, {{requested, won}} needed).',
  },
  'ENTRY.BELOW_REFUNDED': {
    ko: '정정하면 수납액이 이미 환불한 금액보다 적어집니다 (수납 {{collected, won}}, 정정 {{amount, won}}).',
    en: 'Reversing it would leave less collected than was refunded ({{collected, won}} collected, {{amount, won}} to reverse).',
  },
} satisfies Catalogue;
