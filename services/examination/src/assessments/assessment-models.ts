import { seoulHrd2022 } from '@baeum/source-data';
import type { ModelItem } from './assessment-round.entity';

export interface AssessmentModel {
  grade: number;
  labelKo: string;
  competencies: ModelItem[];
  techniques: ModelItem[];
  /** How the source prints the model, e.g. 4급(6개 역량, 3개 기법). */
  headerPrinted: string;
  roundsPerYear: number;
  candidatesPerYear: number;
}

interface SourceGrade {
  grade: number;
  label_ko: string;
  header_printed: string;
  rounds_per_year: number;
  candidates_per_year: number;
  competencies_ko: string[];
  competencies_en: string[];
  techniques_ko: string[];
  techniques_en: string[];
}

const code = (en: string) =>
  en
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
const items = (ko: string[], en: string[]): ModelItem[] => ko.map((k, i) => ({ code: code(en[i]), ko: k, en: en[i] }));

/**
 * The competency models of section 4-3 of the source: grade 4 with six competencies and three
 * techniques, grade 5 with five and two, read from the project's copy of the report.
 */
export const ASSESSMENT_MODELS: AssessmentModel[] = (
  seoulHrd2022.work_report.programs.find((p) => p.id === '4-3') as unknown as { assessment: { grades: SourceGrade[] } }
).assessment.grades.map((g) => ({
  grade: g.grade,
  labelKo: g.label_ko,
  competencies: items(g.competencies_ko, g.competencies_en),
  techniques: items(g.techniques_ko, g.techniques_en),
  headerPrinted: g.header_printed,
  roundsPerYear: g.rounds_per_year,
  candidatesPerYear: g.candidates_per_year,
}));

export const modelFor = (grade: number): AssessmentModel | undefined => ASSESSMENT_MODELS.find((m) => m.grade === grade);
