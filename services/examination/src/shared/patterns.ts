/** Input formats every examination DTO shares. */
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
export const BUDGET_LINE_PATTERN = /^[A-Z0-9][A-Z0-9-]{0,39}$/;
export const AGENCY_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{0,39}$/;
/** Korean mobile and landline numbers, with or without hyphens. */
export const PHONE_PATTERN = /^0\d{1,2}-?\d{3,4}-?\d{4}$/;
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;
