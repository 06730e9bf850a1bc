import { resultsTable } from './results-table';

describe('the results table', () => {
  // The source's 2021 figures (training_results_2021.results_table).
  const y2021 = resultsTable({
    planOriginal: {
      total: { courses: 321, trainees: 283588 },
      general: { courses: 130, trainees: 25558 },
      e_learning: { courses: 191, trainees: 258030 },
    },
    planChanged: {
      total: { courses: 316, trainees: 283645 },
      general: { courses: 125, trainees: 25615 },
      e_learning: { courses: 191, trainees: 258030 },
    },
    actual: { general: { courses: 113, trainees: 19773 }, e_learning: { courses: 191, trainees: 701273 } },
    satisfaction: { general: 449, e_learning: 422 },
  });

  it('reproduces the 2021 table row by row', () => {
    expect(y2021.rows).toEqual([
      {
        id: 'total',
        planOriginal: { courses: 321, trainees: 283588 },
        planChanged: { courses: 316, trainees: 283645 },
        actual: { courses: 304, trainees: 721046 },
        satisfaction: 4.36,
      },
      {
        id: 'general',
        planOriginal: { courses: 130, trainees: 25558 },
        planChanged: { courses: 125, trainees: 25615 },
        actual: { courses: 113, trainees: 19773 },
        satisfaction: 4.49,
      },
      {
        id: 'e_learning',
        planOriginal: { courses: 191, trainees: 258030 },
        planChanged: { courses: 191, trainees: 258030 },
        actual: { courses: 191, trainees: 701273 },
        satisfaction: 4.22,
      },
    ]);
  });

  it('gives the overall score as the source computes it (4.355 rounds half up to 4.36) and the trainee-weighted 4.23 beside it', () => {
    expect(y2021.overall).toEqual({ plainMeanOfTypes: 4.36, traineeWeighted: 4.23 });
  });

  it('adds up a plan given only per type, and shows what is missing as missing', () => {
    const table = resultsTable({
      planOriginal: { general: { courses: 2, trainees: 60 }, e_learning: { courses: 1, trainees: 500 } },
      planChanged: null,
      actual: { general: { courses: 1, trainees: 25 }, e_learning: { courses: 0, trainees: 0 } },
      satisfaction: { general: 401 },
    });
    expect(table.rows[0]).toEqual({
      id: 'total',
      planOriginal: { courses: 3, trainees: 560 },
      planChanged: null,
      actual: { courses: 1, trainees: 25 },
      satisfaction: 4.01,
    });
    expect(table.overall).toEqual({ plainMeanOfTypes: 4.01, traineeWeighted: 4.01 });
  });
});
