import { ADMIN_ERROR_CODES } from './admin/errors';
import { GENERAL_ERROR_CODES, VALIDATION_ERROR_CODES } from './common/error-codes';
import { CURRICULUM_ERROR_CODES } from './curriculum/errors';
import { ENROLLMENT_ERROR_CODES } from './enrollment/errors';
import { EXAMINATION_ERROR_CODES } from './examination/errors';
import { FINANCE_ERROR_CODES } from './finance/errors';
import { IDENTITY_ERROR_CODES } from './identity/errors';
import { PLATFORM_ERROR_CODES } from './platform/errors';

/** Every code a service may answer. The gateway's OpenAPI document lists them as the `ErrorCode` enum. */
export const ERROR_CODES = [
  ...VALIDATION_ERROR_CODES,
  ...GENERAL_ERROR_CODES,
  ...IDENTITY_ERROR_CODES,
  ...ADMIN_ERROR_CODES,
  ...PLATFORM_ERROR_CODES,
  ...CURRICULUM_ERROR_CODES,
  ...ENROLLMENT_ERROR_CODES,
  ...EXAMINATION_ERROR_CODES,
  ...FINANCE_ERROR_CODES,
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
