import { ApiError, type FieldErrorBody } from '../../api/client';
import type { Problem } from '../../kit';

/** The nomination form's values: the cohort and a rank per trainee (by id); no rank, no nomination. */
export interface NominationValues {
  cohortId?: string;
  ranks: Record<string, number | undefined>;
}

export interface Nominee {
  traineeId: string;
  rank: number;
}

/** The form's field of one trainee's rank. */
export const rankField = (traineeId: string): string => `ranks.${traineeId}`;

/** The nominees to send: every trainee given a rank, in rank order. */
export function nomineesOf(values: NominationValues): Nominee[] {
  return Object.entries(values.ranks ?? {})
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number' && !Number.isNaN(entry[1]))
    .map(([traineeId, rank]) => ({ traineeId, rank }))
    .sort((a, b) => a.rank - b.rank);
}

/** The client's rule, as the server's: two nominees may not share a rank (NOMINATION.DUPLICATE_RANK). */
export function duplicateRank(value: unknown, values: NominationValues): Problem | null {
  if (typeof value !== 'number' || Number.isNaN(value)) return null;
  const same = Object.values(values.ranks ?? {}).filter((rank) => rank === value).length;
  return same > 1 ? { code: 'NOMINATION.DUPLICATE_RANK', params: { rank: value } } : null;
}

/**
 * The server names a nomination's problems by the body it was sent (`nominees`, `nominees.1.rank`);
 * the form shows them beside its own fields: a shared rank beside every rank field that holds it,
 * a nominee's problem beside that nominee's rank. What names no field stays as it is (shown
 * beside the submit button).
 */
export function placeNominationErrors(error: ApiError, sent: Nominee[]): ApiError {
  if (error.fieldErrors.length === 0) return error;
  const placed: FieldErrorBody[] = error.fieldErrors.flatMap((problem): FieldErrorBody[] => {
    if (problem.code === 'NOMINATION.DUPLICATE_RANK') {
      const rank = Number(problem.params?.rank);
      const holders = sent.filter((n) => n.rank === rank);
      if (holders.length > 0) return holders.map((n) => ({ ...problem, field: rankField(n.traineeId) }));
    }
    const indexed = /^nominees[.[](\d+)\]?(?:\.(rank|traineeId))?$/.exec(problem.field);
    if (indexed && sent[Number(indexed[1])]) return [{ ...problem, field: rankField(sent[Number(indexed[1])].traineeId) }];
    if (problem.code === 'NOMINATION.DUPLICATE_TRAINEE' && typeof problem.params?.index === 'number' && sent[problem.params.index]) {
      return [{ ...problem, field: rankField(sent[problem.params.index].traineeId) }];
    }
    return [problem];
  });
  return new ApiError(error.status, { ...(error.body as object), errors: placed } as ConstructorParameters<typeof ApiError>[1]);
}
