import type { ErrorCode, ErrorParams } from '@baeum/api';
import { notFound } from '@baeum/service-kit';

/** Another tenant's row answers the same as a missing one (404 with the code): its existence is not disclosed. */
export function found<T>(row: T | null | undefined, code: ErrorCode, what: [string, string], params?: ErrorParams): T {
  if (!row) throw notFound(code, { message: `${what[0]}을(를) 찾을 수 없습니다 / ${what[1]} not found`, ...(params ? { params } : {}) });
  return row;
}
