import { ApiProperty, PickType } from '@nestjs/swagger';
import { EXAM_KINDS, EXAM_PHASES, ExamKind, ExamPhase, POSITION_TRACKS, PositionTrack } from './vocabulary';

/** 자격증 가산점 rule: the licence, its bonus percent and the job series it counts for (empty: all). */
export class LicenceBonusRuleView {
  @ApiProperty({ example: '정보처리기사' })
  licenceName: string;

  @ApiProperty({ example: 5 })
  percent: number;

  @ApiProperty({ type: [String], example: ['computer'] })
  jobSeries: string[];
}

/** 응시수수료 of one grade. */
export class ExamFeeView {
  @ApiProperty({ example: 9 })
  grade: number;

  @ApiProperty({ type: String, description: 'Integer won as a string (bigint)', example: '5000' })
  amount: string;
}

/** 모집단위: a job series and grade with its openings, fee, counts and written pass mark. */
export class PositionView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: "Order within the exam; also the position's digits in exam numbers", example: 1 })
  seq: number;

  @ApiProperty({ example: 'general_admin' })
  jobSeries: string;

  @ApiProperty({ example: '일반행정' })
  jobSeriesKo: string;

  @ApiProperty({ example: 9 })
  grade: number;

  @ApiProperty({ example: 250 })
  openings: number;

  @ApiProperty({ enum: POSITION_TRACKS, enumName: 'PositionTrack' })
  track: PositionTrack;

  @ApiProperty({ description: 'least age in the year of the exam', example: 18 })
  minAge: number;

  @ApiProperty({ type: String, description: 'Integer won as a string (bigint)', example: '5000' })
  fee: string;

  @ApiProperty({ description: 'applications counted from the application events' })
  applicants: number;

  @ApiProperty({ description: 'paid fees counted from the fee events' })
  paid: number;

  @ApiProperty({ description: '경쟁률: applicants per opening, one decimal', example: 2.5 })
  competitionRatio: number;

  @ApiProperty({ type: Number, nullable: true, description: 'the written pass mark as a percentage of openings (150 = 1.5 ×)' })
  passMultiplePercent: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'the written score the pass mark came to, in hundredths of a point' })
  writtenCutoff: number | null;
}

/** 공고문: the exam's notice document as uploaded (its content is downloaded apart). */
export class ExamNoticeView {
  @ApiProperty({ example: '2027년도 제1회 시험 공고문.pdf' })
  fileName: string;

  @ApiProperty({ description: 'bytes', example: 182044 })
  size: number;

  @ApiProperty({ format: 'date-time' })
  uploadedAt: string;
}

/** An exam round (시험 회차) as announced, with its fees and positions. */
export class ExamView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: EXAM_KINDS, enumName: 'ExamKind' })
  kind: ExamKind;

  @ApiProperty({ example: 2027 })
  year: number;

  @ApiProperty({ example: 1 })
  roundNo: number;

  @ApiProperty({ example: '2027년도 제1회 서울특별시 지방공무원 공개경쟁임용시험' })
  titleKo: string;

  @ApiProperty({ example: '2027 Seoul local civil service open competitive exam, round 1' })
  titleEn: string;

  @ApiProperty({ enum: EXAM_PHASES, enumName: 'ExamPhase', description: 'before, during or after the application window, now' })
  phase: ExamPhase;

  @ApiProperty({ format: 'date', example: '2026-10-27' })
  announcedOn: string;

  @ApiProperty({ format: 'date-time' })
  applicationOpensAt: string;

  @ApiProperty({ format: 'date-time' })
  applicationClosesAt: string;

  @ApiProperty({ format: 'date-time' })
  cancellationClosesAt: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'career recruitment has no written exam' })
  writtenExamOn: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  interviewStartsOn: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  interviewEndsOn: string | null;

  @ApiProperty({ format: 'date' })
  resultOn: string;

  @ApiProperty({ example: 418 })
  selectionPlanned: number;

  @ApiProperty({ description: 'the planned selection is printed as tentative (예정)' })
  selectionTentative: boolean;

  @ApiProperty({ type: String, nullable: true, example: '세종특별자치시' })
  residencyRegionKo: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  residencyCutoffOn: string | null;

  @ApiProperty({ type: [String], example: ['국어', '영어', '한국사'], description: '시험과목, in order; empty when none are listed' })
  subjects: string[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: "응시자격 in the announcement's own words, beyond the rules the system checks",
  })
  eligibilityKo: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'the same in English, when the officer wrote it' })
  eligibilityEn: string | null;

  @ApiProperty({ type: ExamNoticeView, nullable: true, description: 'the notice document (공고문), if the officer uploaded one' })
  notice: ExamNoticeView | null;

  @ApiProperty({ type: [LicenceBonusRuleView], description: '자격증 가산점 rules of the announcement' })
  licenceBonusRules: LicenceBonusRuleView[];

  @ApiProperty({ example: 'RECRUITMENT-EXAMS' })
  budgetLineCode: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  examNumbersAssignedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  seatsAssignedAt: string | null;

  @ApiProperty({ type: [ExamFeeView] })
  fees: ExamFeeView[];

  @ApiProperty({ type: [PositionView] })
  positions: PositionView[];
}

/** The institute whose announcements these are. */
export class ExamInstituteView {
  @ApiProperty({ example: 'seoul-hrd' })
  slug: string;

  @ApiProperty({ example: '서울특별시 인재개발원' })
  nameKo: string;

  @ApiProperty({ example: 'Seoul Metropolitan Human Resources Development Center' })
  nameEn: string;
}

/** 채용 공고: an institute's exams, for anyone. */
export class ExamAnnouncementsView {
  @ApiProperty({ type: ExamInstituteView })
  tenant: ExamInstituteView;

  @ApiProperty({ type: [ExamView] })
  exams: ExamView[];
}

/** How many applicants reached each step of the season (one position, or the whole exam). */
export class ExamPipelineStepsView {
  @ApiProperty({ description: 'applications submitted (cancelled ones included)', example: 120 })
  applied: number;

  @ApiProperty({ description: 'applications whose fee was paid', example: 100 })
  paid: number;

  @ApiProperty({
    description: 'candidates who sat the first stage: a written score not absent, or a document screening result',
    example: 90,
  })
  sat: number;

  @ApiProperty({ description: 'candidates who passed the final stage', example: 10 })
  passed: number;
}

/** 모집단위 of the pipeline, with its own counts. */
export class ExamPipelinePositionView extends ExamPipelineStepsView {
  @ApiProperty({ format: 'uuid' })
  positionId: string;

  @ApiProperty({ example: 1 })
  seq: number;

  @ApiProperty({ example: '일반행정' })
  jobSeriesKo: string;

  @ApiProperty({ example: 'general_admin' })
  jobSeries: string;

  @ApiProperty({ example: 9 })
  grade: number;
}

/** 전형 단계별 인원: applied, paid, sat and passed, for the exam and each of its positions. */
export class ExamPipelineView {
  @ApiProperty({ format: 'uuid' })
  examId: string;

  @ApiProperty({ type: ExamPipelineStepsView })
  total: ExamPipelineStepsView;

  @ApiProperty({ type: [ExamPipelinePositionView] })
  positions: ExamPipelinePositionView[];
}

/** What the public portal shows of an open exam: what it is, when applications are taken, how many are hired. */
class OpenExamFields extends PickType(ExamView, [
  'id',
  'kind',
  'year',
  'roundNo',
  'titleKo',
  'titleEn',
  'phase',
  'applicationOpensAt',
  'applicationClosesAt',
  'selectionPlanned',
] as const) {
  @ApiProperty({ description: 'how many positions (모집단위) the exam has', example: 12 })
  positionsCount: number;

  @ApiProperty({ description: 'openings of all its positions together', example: 418 })
  openings: number;
}

/** One exam of the public portal, as examination knows it (the gateway adds the institute's names). */
export class OpenExamSummaryView extends OpenExamFields {
  @ApiProperty({ format: 'uuid' })
  tenantId: string;
}

/** One exam of the public portal: whose it is, with what examination knows of it. */
export class PortalExamView extends OpenExamFields {
  @ApiProperty({ type: ExamInstituteView })
  institute: ExamInstituteView;
}

/** 채용 공고 모아보기: the exams of every active institute whose applications have not closed, soonest deadline first. */
export class ExamPortalView {
  @ApiProperty({ type: [ExamInstituteView], description: 'the institutes that have open exams, by Korean name' })
  institutes: ExamInstituteView[];

  @ApiProperty({ type: [PortalExamView] })
  exams: PortalExamView[];
}
