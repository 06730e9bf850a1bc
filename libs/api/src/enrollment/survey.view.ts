import { ApiProperty } from '@nestjs/swagger';
import { EnrollmentInstructorView } from './cohort.view';
import { EDUCATION_TYPE_VALUES, EducationTypeValue } from './enums';

/** A 5-point item of the satisfaction survey, in both languages. */
export class SatisfactionItemView {
  @ApiProperty({ example: 'overall' })
  code: string;

  @ApiProperty({ example: '교육과정에 전반적으로 만족한다' })
  ko: string;

  @ApiProperty({ example: 'Overall, I am satisfied with the course' })
  en: string;
}

/** A survey the trainee still owes: a completed cohort, its items and its instructors. */
export class SatisfactionSurveyDueView {
  @ApiProperty({ format: 'uuid' })
  cohortId: string;

  @ApiProperty({ type: String, nullable: true })
  courseNameKo: string | null;

  @ApiProperty({ type: String, nullable: true })
  courseNameEn: string | null;

  @ApiProperty({ format: 'date' })
  startDate: string;

  @ApiProperty({ format: 'date' })
  endDate: string;

  @ApiProperty({ type: [SatisfactionItemView] })
  items: readonly SatisfactionItemView[];

  @ApiProperty({ type: [EnrollmentInstructorView] })
  instructors: EnrollmentInstructorView[];
}

/** A survey answered: stored without the trainee. */
export class SatisfactionReceiptView {
  @ApiProperty({ enum: [true] })
  submitted: true;
}

/** One course's satisfaction in a year, with each item's mean. */
export class SatisfactionCourseView {
  @ApiProperty({ example: 'LEADERSHIP' })
  courseCode: string;

  @ApiProperty({ description: "The course's name (its code when no cohort names it)" })
  courseNameKo: string;

  @ApiProperty({ type: String, nullable: true })
  courseNameEn: string | null;

  @ApiProperty({ example: 'general', description: 'general or e_learning' })
  educationType: string;

  @ApiProperty({ type: String, nullable: true })
  fieldCode: string | null;

  @ApiProperty()
  responses: number;

  @ApiProperty({ type: Number, nullable: true, example: 4.4, description: 'Mean of the responses, each the mean of its items; 2 decimals' })
  score: number | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number', nullable: true },
    description: "Each item's mean, by item code",
    example: { overall: 4, content: 4.5 },
  })
  items: Record<string, number | null>;
}

/** Satisfaction of one category (education type and field). */
export class SatisfactionCategoryView {
  @ApiProperty({ example: 'general', description: 'general or e_learning' })
  educationType: string;

  @ApiProperty({ type: String, nullable: true })
  fieldCode: string | null;

  @ApiProperty()
  responses: number;

  @ApiProperty({ type: Number, nullable: true })
  score: number | null;
}

/** Satisfaction of one education type, in hundredths of a point (integers stay exact). */
export class SatisfactionTypeView {
  @ApiProperty({ enum: EDUCATION_TYPE_VALUES, enumName: 'EducationType' })
  educationType: EducationTypeValue;

  @ApiProperty()
  responses: number;

  @ApiProperty({ example: 449, description: '4.49 points as 449' })
  scoreHundredths: number;
}

/** One instructor's rating in a year. */
export class SatisfactionInstructorView {
  @ApiProperty({ format: 'uuid' })
  instructorId: string;

  @ApiProperty({ type: String, nullable: true })
  name: string | null;

  @ApiProperty()
  responses: number;

  @ApiProperty({ type: Number, nullable: true })
  score: number | null;
}

/** A year's satisfaction results: per course (and item), per category, per education type and per instructor. */
export class SatisfactionResultsView {
  @ApiProperty({ example: 2021 })
  year: number;

  @ApiProperty({ type: [SatisfactionCourseView] })
  courses: SatisfactionCourseView[];

  @ApiProperty({ type: [SatisfactionCategoryView] })
  categories: SatisfactionCategoryView[];

  @ApiProperty({ type: [SatisfactionTypeView] })
  educationTypes: SatisfactionTypeView[];

  @ApiProperty({ type: [SatisfactionInstructorView] })
  instructors: SatisfactionInstructorView[];
}
