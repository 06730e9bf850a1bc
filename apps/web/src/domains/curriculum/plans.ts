import type { Schemas } from '../../api/client';

type Version = Pick<Schemas['PlanVersionView'], 'id' | 'fiscalYear' | 'kind' | 'versionNo' | 'status'>;

/**
 * The version of the previous year a year-on-year report is computed against, as the service
 * picks it: its original plan (the source's basis), or its latest change (approved first). None
 * when the previous year has no such plan — the report would answer PLAN.PREVIOUS_YEAR_MISSING,
 * so the page does not ask for it.
 */
export function yearOnYearBase<V extends Version>(versions: V[], version: V, basis: Schemas['PlanVersionKind']): V | undefined {
  const previous = versions.filter((v) => v.fiscalYear === version.fiscalYear - 1).sort((a, b) => a.versionNo - b.versionNo);
  if (basis === 'original') return previous.find((v) => v.kind === 'original');
  const changes = previous.filter((v) => v.kind === 'changed').reverse();
  return changes.find((v) => v.status === 'approved') ?? changes[0];
}

/** The newest version (the latest year's highest number): the one the per-version reports open with. */
export const latestVersion = <V extends Version>(versions: V[]): V | undefined =>
  [...versions].sort((a, b) => a.fiscalYear - b.fiscalYear || a.versionNo - b.versionNo).at(-1);

/**
 * Which plans the side-by-side reports compare: the reader's choice, or (until they choose) the
 * service's default. Toggling keeps the versions' own order and at least one plan; at most six.
 */
export function toggleCompared(all: Version[], compared: string[], id: string): string[] {
  const on = compared.includes(id);
  if (on && compared.length === 1) return compared;
  if (!on && compared.length >= MAX_COMPARED) return compared;
  return all.filter((v) => (v.id === id ? !on : compared.includes(v.id))).map((v) => v.id);
}
export const MAX_COMPARED = 6;

/** A year's versions, for the rule of a new one: a year has one draft at a time, one original, and a change needs an approved plan. */
export function newVersionProblem(
  versions: Version[],
  fiscalYear: number | undefined,
  kind: Schemas['PlanVersionKind'] | undefined,
): { code: 'PLAN.ORIGINAL_EXISTS' | 'PLAN.CHANGE_NEEDS_APPROVED'; params: { fiscalYear: number } } | null {
  if (typeof fiscalYear !== 'number' || !kind) return null;
  const year = versions.filter((v) => v.fiscalYear === fiscalYear);
  if (kind === 'original' && year.length > 0) return { code: 'PLAN.ORIGINAL_EXISTS', params: { fiscalYear } };
  if (kind === 'changed' && !year.some((v) => v.status === 'approved'))
    return { code: 'PLAN.CHANGE_NEEDS_APPROVED', params: { fiscalYear } };
  return null;
}

/** Everything a new, approved or imported version moves. */
export const PLAN_PATHS = [
  '/api/plans',
  '/api/plans/reports/summary',
  '/api/plans/reports/delivery-modes',
  '/api/plans/reports/restructuring',
  '/api/plans/reports/year-on-year',
  '/api/plans/reports/quarters',
  '/api/courses',
  '/api/courses/{id}',
  '/api/course-years',
];
