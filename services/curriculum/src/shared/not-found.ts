import { NotFoundException } from '@nestjs/common';

/** Another tenant's row answers the same as a missing one: its existence is not disclosed. */
export function found<T>(row: T | null | undefined, what: [string, string]): T {
  if (!row) throw new NotFoundException(`${what[0]}을(를) 찾을 수 없습니다 / ${what[1]} not found`);
  return row;
}
