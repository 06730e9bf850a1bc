import seoulHrd2022Json from './seoul-hrd-2022.json';

/*
 * The Seoul center's 2021 completions and satisfaction surveys, generated from the figures of its
 * results table (113 general courses with 19,773 completions, 191 e-learning courses with 701,273;
 * satisfaction 4.49 and 4.22). One generator for the demo's first start and the import benchmark,
 * so that both import the same records.
 */

export type Completions2021Type = 'general' | 'e_learning';

const [, generalRow, eLearningRow] = seoulHrd2022Json.work_report.training_results_2021.results_table.rows;

/**
 * The source's 2021 results per education type, the table the generated records must give, and
 * the courses its original plan had (the demo's 2021 catalog, from which the run ones are taken).
 */
export const RESULTS_2021: Record<Completions2021Type, { courses: number; trainees: number; satisfaction: number; planned: number }> = {
  general: { ...generalRow.actual, satisfaction: generalRow.satisfaction, planned: generalRow.plan_original.courses },
  e_learning: { ...eLearningRow.actual, satisfaction: eLearningRow.satisfaction, planned: eLearningRow.plan_original.courses },
};

export interface Completions2021Course {
  code: string;
  educationType: Completions2021Type;
  completions: number;
}

/** The LMS file's heading row (Korean headings, as the LMS exports it). */
export const COMPLETIONS_2021_HEADER = '\uFEFF과정코드,기관코드,직원번호,성명,수료일,진도율\r\n';

/**
 * The courses that had completions: the first of each type's codes, as many as the source ran,
 * with the type's completions (times `scale`, one a course at least) spread as evenly as whole numbers allow.
 */
export function completions2021Courses(codes: Record<Completions2021Type, string[]>, scale = 1): Completions2021Course[] {
  return (['general', 'e_learning'] as const).flatMap((type) => {
    const { courses, trainees } = RESULTS_2021[type];
    if (codes[type].length < courses) throw new Error(`${courses} ${type} courses needed, ${codes[type].length} given`);
    // Every course the source ran has a completion, however small the scale.
    const total = Math.max(courses, Math.round(trainees * scale));
    return codes[type].slice(0, courses).map((code, i) => ({
      code,
      educationType: type,
      completions: Math.floor(total / courses) + (i < total % courses ? 1 : 0),
    }));
  });
}

/** One CSV line per completion (without its line end): course, agency, employee number, name, date, progress. */
export function* completions2021Lines(courses: Completions2021Course[], agencies: string[]): Generator<string> {
  let n = 0;
  for (const course of courses) {
    for (let i = 0; i < course.completions; i++, n++) {
      const agency = agencies[n % agencies.length];
      const day = new Date(Date.UTC(2021, 0, 1) + (n % 365) * 86_400_000).toISOString().slice(0, 10);
      yield `${course.code},${agency},S-${n},교육생${n % 10000},${day},100`;
    }
  }
}

/** The LMS file in chunks of `linesPerChunk` lines, heading first: streamed, never held whole. */
export function* completions2021Csv(courses: Completions2021Course[], agencies: string[], linesPerChunk = 1000): Generator<string> {
  yield COMPLETIONS_2021_HEADER;
  let chunk: string[] = [];
  for (const line of completions2021Lines(courses, agencies)) {
    chunk.push(line);
    if (chunk.length === linesPerChunk) {
      yield chunk.join('\r\n') + '\r\n';
      chunk = [];
    }
  }
  if (chunk.length) yield chunk.join('\r\n') + '\r\n';
}

/** The LMS file's size in bytes (UTF-8), counted without keeping it. */
export function completions2021Bytes(courses: Completions2021Course[], agencies: string[]): number {
  let bytes = 0;
  for (const chunk of completions2021Csv(courses, agencies)) bytes += Buffer.byteLength(chunk);
  return bytes;
}

export interface Survey2021Response {
  courseCode: string;
  educationType: Completions2021Type;
  /** The response's number within its course. */
  index: number;
  /** One 1–5 score per survey item. */
  itemScores: number[];
  submittedOn: string;
}

/** Responses per type: one for every ten completions, and enough that the scores can hit the source's mean to the hundredth. */
const responsesOf = (completions: number, items: number) => Math.max(Math.ceil(101 / items), Math.round(completions / 10));

/**
 * Satisfaction surveys of the courses, each scoring `items` items with 4s and 5s, so that the mean
 * of the responses' means is the source's score of the type to the hundredth (4.49 and 4.22). The
 * responses go round the type's courses.
 */
export function* surveys2021Responses(courses: Completions2021Course[], items: number): Generator<Survey2021Response> {
  for (const type of ['general', 'e_learning'] as const) {
    const own = courses.filter((c) => c.educationType === type);
    const responses = responsesOf(
      own.reduce((sum, c) => sum + c.completions, 0),
      items,
    );
    // Item scores over all responses add up to the score × items × responses; each response takes its share.
    const total = Math.round(RESULTS_2021[type].satisfaction * items * responses);
    const perResponse = Math.floor(total / responses);
    const counters = new Map<string, number>();
    for (let r = 0; r < responses; r++) {
      const sum = perResponse + (r < total % responses ? 1 : 0);
      const fives = sum - 4 * items;
      const course = own[r % own.length];
      const index = counters.get(course.code) ?? 0;
      counters.set(course.code, index + 1);
      yield {
        courseCode: course.code,
        educationType: type,
        index,
        itemScores: Array.from({ length: items }, (_, i) => (i < fives ? 5 : 4)),
        submittedOn: new Date(Date.UTC(2021, 0, 1) + (r % 365) * 86_400_000).toISOString().slice(0, 10),
      };
    }
  }
}
