export type EducationType = 'general' | 'e_learning';
export interface Figures {
  courses: number;
  trainees: number;
}
export type PlanColumn = Partial<Record<EducationType | 'total', Figures>>;

export interface ResultsInput {
  planOriginal: PlanColumn | null;
  planChanged: PlanColumn | null;
  actual: Record<EducationType, Figures>;
  /** Satisfaction per education type in hundredths of a point. */
  satisfaction: Partial<Record<EducationType, number>>;
}

export interface ResultsRow {
  id: 'total' | EducationType;
  planOriginal: Figures | null;
  planChanged: Figures | null;
  actual: Figures;
  satisfaction: number | null;
}

/** a/b rounded half up, in whole hundredths (scores stay integers until shown). */
const halfUp = (numerator: number, denominator: number) => Math.floor((2 * numerator + denominator) / (2 * denominator));
const add = (a: Figures, b: Figures): Figures => ({ courses: a.courses + b.courses, trainees: a.trainees + b.trainees });

function planTotal(column: PlanColumn | null): Figures | null {
  if (!column) return null;
  if (column.total) return column.total;
  return column.general && column.e_learning ? add(column.general, column.e_learning) : null;
}

/**
 * The year's results in the shape of the source's 2021 table (교육 계획 당초·변경, 운영 결과
 * 실적, 만족도) for all education, general education and e-learning. The overall score is the
 * source's own: the plain mean of the general and e-learning scores (4.49 and 4.22 give 4.36).
 * The trainee-weighted mean, weighted by each type's completed trainees, is given beside it.
 */
export function resultsTable(input: ResultsInput) {
  const { general: g, e_learning: e } = input.satisfaction;
  const plainMean = g !== undefined && e !== undefined ? halfUp(g + e, 2) : (g ?? e ?? null);
  const weights = (['general', 'e_learning'] as const).filter((t) => input.satisfaction[t] !== undefined && input.actual[t].trainees > 0);
  const weightSum = weights.reduce((sum, t) => sum + input.actual[t].trainees, 0);
  const traineeWeighted =
    weightSum > 0
      ? halfUp(
          weights.reduce((sum, t) => sum + input.satisfaction[t]! * input.actual[t].trainees, 0),
          weightSum,
        )
      : null;
  const row = (id: EducationType): ResultsRow => ({
    id,
    planOriginal: input.planOriginal?.[id] ?? null,
    planChanged: input.planChanged?.[id] ?? null,
    actual: input.actual[id],
    satisfaction: input.satisfaction[id] === undefined ? null : input.satisfaction[id]! / 100,
  });
  const rows: ResultsRow[] = [
    {
      id: 'total',
      planOriginal: planTotal(input.planOriginal),
      planChanged: planTotal(input.planChanged),
      actual: add(input.actual.general, input.actual.e_learning),
      satisfaction: plainMean === null ? null : plainMean / 100,
    },
    row('general'),
    row('e_learning'),
  ];
  return {
    rows,
    overall: {
      /** 전체 만족도 as the source computes it: the plain mean of the two types' scores. */
      plainMeanOfTypes: plainMean === null ? null : plainMean / 100,
      /** Weighted by completed trainees of each type. */
      traineeWeighted: traineeWeighted === null ? null : traineeWeighted / 100,
    },
  };
}
