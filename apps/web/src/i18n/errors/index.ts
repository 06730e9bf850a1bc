import type { ErrorCode } from '../../api/client';
import type { Pair } from '../catalogue';
import { adminErrors } from './admin';
import { enrollmentErrors } from './enrollment';
import { financeErrors } from './finance';
import { curriculumErrors } from './curriculum';
import { examinationErrors } from './examination';
import { generalErrors } from './general';
import { identityErrors } from './identity';
import { platformErrors } from './platform';

/** Codes the web itself gives: a call that never reached the server; rules only the form knows. */
export type ClientErrorCode = 'NETWORK' | 'FORM.PASSWORDS_DIFFER';

/**
 * Words for every code a service may answer. Typed by the generated `ErrorCode`, so a code added on
 * the server without words here fails the typecheck, in both languages.
 */
export const errors = {
  ...generalErrors,
  ...identityErrors,
  ...adminErrors,
  ...platformErrors,
  ...enrollmentErrors,
  ...financeErrors,
  ...curriculumErrors,
  ...examinationErrors,
} satisfies Record<ErrorCode | ClientErrorCode, Pair>;
