import { defineEvent } from '../schema';

/** An exam's results of a stage were published (합격자 발표). Counts only; names stay in examination. */
export interface ResultsPublishedV1 {
  examId: string;
  stage: 'written' | 'final';
  publishedAt: string;
  positions: number;
  passed: number;
}

export const ResultsPublishedV1 = defineEvent<ResultsPublishedV1>({
  type: 'examination.results.published',
  version: 1,
  topic: 'examination.exam',
  keyOf: (p) => p.examId,
  fields: {
    examId: { kind: 'uuid' },
    stage: { kind: 'enum', values: ['written', 'final'] },
    publishedAt: { kind: 'instant' },
    positions: { kind: 'int', min: 0 },
    passed: { kind: 'int', min: 0 },
  },
});
