import { ApiProperty } from '@nestjs/swagger';
import { EDUCATION_TYPE_VALUES, EducationTypeValue } from './enums';

/** Courses and trainees: a plan's figures or the actual ones. */
export class TrainingFiguresView {
  @ApiProperty()
  courses: number;

  @ApiProperty()
  trainees: number;
}

/** One row of the results table: all education, general education or e-learning. */
export class TrainingResultsRowView {
  @ApiProperty({ enum: ['total', 'general', 'e_learning'], enumName: 'TrainingResultsRowId' })
  id: 'total' | EducationTypeValue;

  @ApiProperty({ type: TrainingFiguresView, nullable: true, description: '계획 당초 / the original plan; null when none was approved' })
  planOriginal: TrainingFiguresView | null;

  @ApiProperty({ type: TrainingFiguresView, nullable: true, description: '계획 변경 / the changed plan' })
  planChanged: TrainingFiguresView | null;

  @ApiProperty({ type: TrainingFiguresView, description: '실적 / completed' })
  actual: TrainingFiguresView;

  @ApiProperty({ type: Number, nullable: true, example: 4.49, description: '만족도, 2 decimals' })
  satisfaction: number | null;
}

/** The overall satisfaction, as the source computes it and weighted by trainees. */
export class TrainingResultsOverallView {
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 4.36,
    description: 'The plain mean of the general and e-learning scores (the source’s own)',
  })
  plainMeanOfTypes: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 4.23, description: 'Weighted by completed trainees of each type' })
  traineeWeighted: number | null;
}

/** The year's completions of one field. */
export class TrainingResultsFieldView {
  @ApiProperty({ enum: EDUCATION_TYPE_VALUES, enumName: 'EducationType' })
  educationType: EducationTypeValue;

  @ApiProperty({ type: String, nullable: true })
  fieldCode: string | null;

  @ApiProperty()
  courses: number;

  @ApiProperty()
  trainees: number;

  @ApiProperty({ type: Number, nullable: true })
  satisfaction: number | null;
}

/** The demo's 2021 completions while they are still being imported at first start. */
export class TrainingResultsImportView {
  @ApiProperty({
    enum: ['waiting', 'running', 'failed'],
    enumName: 'TrainingResultsImportStatus',
    description: 'waiting: for the 2021 catalog; running: reading the records; failed: stopped, taken up again at the next start',
  })
  status: 'waiting' | 'running' | 'failed';

  @ApiProperty({ example: 45, description: 'How much of the file has been read, in whole percent (below 100 until done)' })
  percent: number;

  @ApiProperty()
  rowsRead: number;
}

/** 교육훈련 실적: plan against actual by education type, with satisfaction, in the shape of the 2021 table. */
export class TrainingResultsView {
  @ApiProperty({
    type: TrainingResultsImportView,
    nullable: true,
    description: "2021 수료 기록 가져오는 중 / the year's completions still being imported (the figures are not whole yet); null otherwise",
  })
  importing: TrainingResultsImportView | null;

  @ApiProperty({ example: 2021 })
  year: number;

  @ApiProperty({ type: [TrainingResultsRowView] })
  rows: TrainingResultsRowView[];

  @ApiProperty({ type: TrainingResultsOverallView })
  overall: TrainingResultsOverallView;

  @ApiProperty({ type: [TrainingResultsFieldView] })
  byField: TrainingResultsFieldView[];
}

/** An agency's staff in a year, all courses together. */
export class AgencyReportTotalsView {
  @ApiProperty()
  applied: number;

  @ApiProperty()
  confirmed: number;

  @ApiProperty({ description: 'Completed applications and imported LMS completions' })
  completed: number;

  @ApiProperty()
  notCompleted: number;
}

/** An agency's staff in one course (cohorts ending in the year), at any institute. */
export class AgencyReportCourseView {
  @ApiProperty({ type: String, nullable: true })
  courseCode: string | null;

  @ApiProperty({ type: String, nullable: true })
  courseNameKo: string | null;

  @ApiProperty({ type: String, nullable: true })
  courseNameEn: string | null;

  @ApiProperty({ enum: EDUCATION_TYPE_VALUES, enumName: 'EducationType' })
  educationType: EducationTypeValue;

  @ApiProperty({ format: 'uuid' })
  hostTenantId: string;

  @ApiProperty()
  applied: number;

  @ApiProperty()
  confirmed: number;

  @ApiProperty()
  waitlisted: number;

  @ApiProperty({ description: 'Cancelled or rejected' })
  cancelled: number;

  @ApiProperty()
  completed: number;

  @ApiProperty()
  notCompleted: number;
}

/** LMS completion records of the agency's staff that completed no application here. */
export class AgencyReportImportedView {
  @ApiProperty()
  courseCode: string;

  @ApiProperty()
  completed: number;
}

/** The agency's quota in one of the year's cohorts. */
export class AgencyReportQuotaView {
  @ApiProperty({ format: 'uuid' })
  cohortId: string;

  @ApiProperty({ type: String, nullable: true })
  courseCode: string | null;

  @ApiProperty({ type: String, nullable: true })
  courseNameKo: string | null;

  @ApiProperty({ type: String, nullable: true })
  courseNameEn: string | null;

  @ApiProperty({ type: String, format: 'date-time', description: 'The first day, as an instant: its midnight in the server’s time zone' })
  startDate: Date;

  @ApiProperty({ type: String, format: 'date-time', description: 'The last day, as an instant: its midnight in the server’s time zone' })
  endDate: Date;

  @ApiProperty({ example: 'scheduled', description: 'scheduled, cancelled or completed' })
  status: string;

  @ApiProperty()
  seats: number;

  @ApiProperty()
  confirmed: number;
}

/** 기관별 실적: one agency's year. */
export class AgencyTrainingReportView {
  @ApiProperty({ example: 2021 })
  year: number;

  @ApiProperty({ example: 'MAPO-GU' })
  agencyCode: string;

  @ApiProperty({ type: AgencyReportTotalsView })
  totals: AgencyReportTotalsView;

  @ApiProperty({ type: [AgencyReportCourseView] })
  courses: AgencyReportCourseView[];

  @ApiProperty({ type: [AgencyReportImportedView] })
  importedCompletions: AgencyReportImportedView[];

  @ApiProperty({ type: [AgencyReportQuotaView] })
  quotas: AgencyReportQuotaView[];
}
