import type { QueryClient } from '@tanstack/react-query';
import { ApiError, type ErrorCode } from '../../api/client';
import type { Problem } from '../../kit';

/**
 * Paths whose answers a change of a cohort moves: the cohort lists and the cohort, the course's
 * cohorts, the rooms' and instructors' schedules, and the budget lines' remaining amounts.
 */
const COHORT_PATHS = [
  '/api/cohorts',
  '/api/cohorts/{id}',
  '/api/courses/{id}',
  '/api/rooms/{id}/schedule',
  '/api/instructors/{id}/schedule',
  '/api/budget-lines',
];

/** Asks again for everything a scheduled, changed, cancelled or completed cohort shows in. */
export function refreshCohortData(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (query) => query.queryKey[0] === 'get' && COHORT_PATHS.includes(String(query.queryKey[1])),
  });
}

/**
 * Asks again for every answer of these paths (openapi-react-query keys: ['get', path, init]). The
 * screens do not wait for it to say what an action did: the plan reports take a while to compute,
 * and the tables follow as soon as their answers are back.
 */
export function refreshPaths(queryClient: QueryClient, paths: string[]): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] === 'get' && paths.includes(String(query.queryKey[1])) });
}

/**
 * A rule of the server about several fields at once, checked before sending and refused the way
 * the server would refuse it: each problem beside the field (or group) it names.
 */
export function refusal(problems: (Problem & { field: string })[]): ApiError {
  return new ApiError(400, {
    statusCode: 400,
    code: 'VALIDATION',
    message: 'invalid input',
    errors: problems.map((p) => ({ ...p, code: p.code as ErrorCode })),
  });
}
