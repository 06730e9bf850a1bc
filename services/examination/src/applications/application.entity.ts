import {
  AccommodationKind,
  EducationLevel,
  GraduationStatus,
  AccommodationStatus,
  ExamApplicationCancelReason,
  ExamApplicationStatus,
  InterviewGrade,
  StageResult,
} from '@baeum/api';
import { wonTransformer } from '@baeum/service-kit';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export interface Accommodation {
  kind: AccommodationKind;
  note?: string;
}

/** 최종학력. */
export interface Education {
  level: EducationLevel;
  school: string;
  major: string | null;
  status: GraduationStatus;
}

/** A licence or certificate with the bonus percent the announcement's rules gave it when last saved. */
export interface Licence {
  name: string;
  number: string;
  issuer: string;
  acquiredOn: string;
  bonusPercent: number;
}

/**
 * 응시원서: one applicant's application to one position, and everything the season adds to it:
 * payment, exam number, seat, scores and results. Personal data (name, birth date, phone) stays
 * here and in the applicant's own views; it never travels in events or logs.
 */
@Entity({ name: 'application' })
@Index('UQ_application_idempotency', ['tenantId', 'applicantId', 'idempotencyKey'], { unique: true })
@Index('UQ_application_active_per_exam', ['examId', 'applicantId'], { unique: true, where: `"status" <> 'cancelled'` })
@Index('UQ_application_exam_number', ['examId', 'examNumber'], { unique: true })
@Index('UQ_application_seat', ['roomId', 'seatNo'], { unique: true })
@Index('IDX_application_exam_position', ['examId', 'positionId', 'status'])
@Index('IDX_application_applicant', ['tenantId', 'applicantId'])
export class Application {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'exam_id' })
  examId: string;

  @Column('uuid', { name: 'position_id' })
  positionId: string;

  /** The applicant's user id (their sign-in). */
  @Column('uuid', { name: 'applicant_id' })
  applicantId: string;

  @Column('text', { name: 'idempotency_key' })
  idempotencyKey: string;

  @Column('text')
  status: ExamApplicationStatus;

  @Column('text', { name: 'cancel_reason', nullable: true })
  cancelReason: ExamApplicationCancelReason | null;

  /** In the officer's words, when they cancelled it (as ineligible). */
  @Column('text', { name: 'cancel_note', nullable: true })
  cancelNote: string | null;

  @Column('text', { name: 'name_ko' })
  nameKo: string;

  @Column('date', { name: 'birth_date' })
  birthDate: string;

  @Column('text')
  phone: string;

  @Column('date', { name: 'resident_since', nullable: true })
  residentSince: string | null;

  @Column('int', { name: 'residency_years', nullable: true })
  residencyYears: number | null;

  /** Evidence for a special track (e.g. the veterans' office recommendation number). */
  @Column('text', { name: 'track_evidence', nullable: true })
  trackEvidence: string | null;

  /** 취업지원대상자 가점: 0, 5 or 10 percent of each subject's full marks. */
  @Column('int', { name: 'veterans_bonus_percent' })
  veteransBonusPercent: number;

  /** 의사상자 등 가점: 0, 3 or 5 percent; never together with the veterans' bonus. */
  @Column('int', { name: 'rescuer_bonus_percent', default: 0 })
  rescuerBonusPercent: number;

  /** 자격증 가산점 the service computed from the announcement's rules at submission or the last edit. */
  @Column('int', { name: 'licence_bonus_percent', default: 0 })
  licenceBonusPercent: number;

  @Column('jsonb', { nullable: true })
  education: Education | null;

  @Column('jsonb', { default: () => "'[]'" })
  licences: Licence[];

  /** 본인 확인: the provider's reference for the name and birth date above, and when it confirmed them. */
  @Column('text', { name: 'identity_ref', nullable: true })
  identityRef: string | null;

  @Column('timestamptz', { name: 'identity_verified_at', nullable: true })
  identityVerifiedAt: Date | null;

  @Column('jsonb')
  accommodations: Accommodation[];

  @Column('text', { name: 'accommodation_status' })
  accommodationStatus: AccommodationStatus;

  @Column('bigint', { name: 'fee_amount', transformer: wonTransformer })
  feeAmount: bigint;

  @Column('timestamptz', { name: 'submitted_at' })
  submittedAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;

  @Column('timestamptz', { name: 'paid_at', nullable: true })
  paidAt: Date | null;

  @Column('text', { name: 'payment_ref', nullable: true })
  paymentRef: string | null;

  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt: Date | null;

  @Column('bigint', { name: 'refund_amount', nullable: true, transformer: wonTransformer })
  refundAmount: bigint | null;

  /** 응시번호, given after the cancellation deadline. */
  @Column('text', { name: 'exam_number', nullable: true })
  examNumber: string | null;

  @Column('uuid', { name: 'room_id', nullable: true })
  roomId: string | null;

  @Column('int', { name: 'seat_no', nullable: true })
  seatNo: number | null;

  /** Set when a seat moved after the first assignment (the ticket says so). */
  @Column('timestamptz', { name: 'seat_changed_at', nullable: true })
  seatChangedAt: Date | null;

  /** Career recruitment's 서류전형. */
  @Column('text', { name: 'document_screening', nullable: true })
  documentScreening: 'pass' | 'fail' | null;

  /** Scanner scores per subject in hundredths; null when absent or not yet imported. */
  @Column('jsonb', { name: 'written_scores', nullable: true })
  writtenScores: number[] | null;

  /** Average after bonus points, in hundredths of a point. */
  @Column('int', { name: 'written_total', nullable: true })
  writtenTotal: number | null;

  @Column('text', { name: 'written_result', nullable: true })
  writtenResult: StageResult | null;

  @Column('uuid', { name: 'interview_session_id', nullable: true })
  interviewSessionId: string | null;

  @Column('text', { name: 'interview_grade', nullable: true })
  interviewGrade: InterviewGrade | null;

  @Column('text', { name: 'final_result', nullable: true })
  finalResult: 'pass' | 'fail' | null;
}
