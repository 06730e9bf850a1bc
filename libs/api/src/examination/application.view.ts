import { APPLICATION_CANCEL_REASONS } from '@baeum/contracts';
import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import {
  ACCOMMODATION_KINDS,
  ACCOMMODATION_STATUSES,
  AccommodationKind,
  AccommodationStatus,
  EDUCATION_LEVELS,
  EducationLevel,
  EXAM_APPLICATION_STATUSES,
  GRADUATION_STATUSES,
  GraduationStatus,
  ExamApplicationStatus,
  RESULT_STAGES,
  ResultStage,
  STAGE_RESULTS,
  StageResult,
} from './vocabulary';

export type ExamApplicationCancelReason = (typeof APPLICATION_CANCEL_REASONS)[number];

/** 최종학력 as the applicant gave it. */
export class EducationView {
  @ApiProperty({ enum: EDUCATION_LEVELS, enumName: 'EducationLevel' })
  level: EducationLevel;

  @ApiProperty({ example: '한국대학교' })
  school: string;

  @ApiProperty({ type: String, nullable: true, example: '행정학' })
  major: string | null;

  @ApiProperty({ enum: GRADUATION_STATUSES, enumName: 'GraduationStatus' })
  status: GraduationStatus;
}

/** A licence or certificate, with the bonus the announcement's rules give it for the position. */
export class LicenceView {
  @ApiProperty({ example: '정보처리기사' })
  name: string;

  @ApiProperty({ example: '21201012345A' })
  number: string;

  @ApiProperty({ example: '한국산업인력공단' })
  issuer: string;

  @ApiProperty({ format: 'date' })
  acquiredOn: string;

  @ApiProperty({ example: 5, description: "the percent the announcement's rules give this licence for the position (0: none)" })
  bonusPercent: number;
}

/** One accommodation an applicant asked for. */
export class AccommodationView {
  @ApiProperty({ enum: ACCOMMODATION_KINDS, enumName: 'AccommodationKind' })
  kind: AccommodationKind;

  @ApiPropertyOptional({ example: '시험시간 1.5배 연장' })
  note?: string;
}

/** The written exam's seat, once assigned. */
export class ExamSeatView {
  @ApiProperty({ example: '서울마포중학교' })
  venueNameKo: string;

  @ApiProperty({ example: '서울특별시 마포구 월드컵로 123' })
  address: string;

  @ApiProperty({ example: '101호' })
  room: string;

  @ApiProperty({ example: 12 })
  seatNo: number;

  @ApiProperty({ description: 'the seat moved after the first assignment (the ticket says so)' })
  changed: boolean;
}

/** The interview session, once the candidate may know it. */
export class InterviewSlotView {
  @ApiProperty({ format: 'date' })
  heldOn: string;

  @ApiProperty({ description: 'Seoul wall-clock time, HH:MM', example: '09:30' })
  startsAt: string;

  @ApiProperty({ example: '면접실 1' })
  room: string;
}

/** The applicant's outcome in the latest stage whose results are published (필기 합격, 최종 불합격, …). */
export class ExamOutcomeView {
  @ApiProperty({ enum: RESULT_STAGES, enumName: 'ResultStage' })
  stage: ResultStage;

  @ApiProperty({ enum: STAGE_RESULTS, enumName: 'StageResult' })
  result: StageResult;
}

/** What an applicant (and the exam officer) sees of an application. Stage results are not here: they show only once published. */
export class ExamApplicationView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  examId: string;

  @ApiProperty()
  examTitleKo: string;

  @ApiProperty()
  examTitleEn: string;

  @ApiProperty({ format: 'uuid' })
  positionId: string;

  @ApiProperty({ example: '일반행정 9급' })
  positionLabelKo: string;

  @ApiProperty({ example: 9 })
  grade: number;

  @ApiProperty({ enum: EXAM_APPLICATION_STATUSES, enumName: 'ExamApplicationStatus' })
  status: ExamApplicationStatus;

  @ApiProperty({ enum: APPLICATION_CANCEL_REASONS, enumName: 'ExamApplicationCancelReason', nullable: true })
  cancelReason: ExamApplicationCancelReason | null;

  @ApiProperty({ type: String, nullable: true, description: "the officer's reason, when they cancelled it as ineligible" })
  cancelNote: string | null;

  @ApiProperty({ example: '김응시' })
  nameKo: string;

  @ApiProperty({ format: 'date' })
  birthDate: string;

  @ApiProperty({ example: '010-1234-5678' })
  phone: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  residentSince: string | null;

  @ApiProperty({ type: Number, nullable: true })
  residencyYears: number | null;

  @ApiProperty({ type: String, nullable: true })
  trackEvidence: string | null;

  @ApiProperty({ enum: [0, 5, 10] })
  veteransBonusPercent: number;

  @ApiProperty({ enum: [0, 3, 5], description: '의사상자 등 가점' })
  rescuerBonusPercent: number;

  @ApiProperty({
    example: 5,
    description: "자격증 가산점 the service computed from the announcement's rules (the highest licence, capped)",
  })
  licenceBonusPercent: number;

  @ApiProperty({ type: EducationView, nullable: true })
  education: EducationView | null;

  @ApiProperty({ type: [LicenceView] })
  licences: LicenceView[];

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'when the name and birth date were confirmed (본인 확인)',
  })
  identityVerifiedAt: string | null;

  @ApiProperty({ type: [AccommodationView] })
  accommodations: AccommodationView[];

  @ApiProperty({ enum: ACCOMMODATION_STATUSES, enumName: 'AccommodationStatus' })
  accommodationStatus: AccommodationStatus;

  @ApiProperty({ type: String, description: 'Integer won as a string (bigint)', example: '5000' })
  feeAmount: string;

  @ApiProperty({ format: 'date-time' })
  submittedAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  paidAt: string | null;

  @ApiProperty({ type: String, nullable: true, description: "the payment provider's reference, or no-fee" })
  paymentRef: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  cancelledAt: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Integer won as a string (bigint)' })
  refundAmount: string | null;

  @ApiProperty({ type: String, nullable: true, description: '응시번호, given after the cancellation deadline', example: '10100017' })
  examNumber: string | null;

  @ApiProperty({ type: ExamSeatView, nullable: true })
  seat: ExamSeatView | null;

  @ApiProperty({ type: InterviewSlotView, nullable: true, description: 'the interview session, once the candidate may know it' })
  interview: InterviewSlotView | null;

  @ApiProperty({
    type: ExamOutcomeView,
    nullable: true,
    description: 'the outcome of the latest stage published (final over written); null before any results are published',
  })
  outcome: ExamOutcomeView | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description:
      '원서 수정: the applicant may correct the application until this instant (applications close); null when they no longer can',
  })
  editableUntil: string | null;
}

/** 본인 확인: the provider confirmed the name and birth date against the mobile number. */
export class IdentityVerificationView extends PickType(ExamApplicationView, ['nameKo', 'birthDate', 'phone'] as const) {
  @ApiProperty({ description: 'send it with the application (identityVerificationRef)' })
  reference: string;

  @ApiProperty({ format: 'date-time' })
  verifiedAt: string;

  @ApiProperty({ format: 'date-time', description: 'submit the application before this instant, or confirm again' })
  expiresAt: string;
}

/** What cancelling now would refund, before the applicant decides. */
export class RefundQuoteView {
  @ApiProperty()
  cancellable: boolean;

  @ApiProperty({ format: 'date-time' })
  cancellationClosesAt: string;

  @ApiProperty({ type: String, description: 'Integer won as a string (bigint)', example: '3000' })
  refundAmount: string;

  @ApiProperty({ enum: [0, 50, 60, 100] })
  refundPercent: number;
}

/** 증빙서류: a supporting document of an application (its content is a download of its own). */
export class SupportingDocumentView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '장애인증명서.pdf' })
  fileName: string;

  @ApiProperty({ enum: ['application/pdf', 'image/png', 'image/jpeg'] })
  contentType: string;

  @ApiProperty({ description: 'bytes' })
  size: number;

  @ApiProperty({ format: 'date-time' })
  uploadedAt: string;
}
