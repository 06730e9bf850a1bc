import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ErrorParams } from '../common/error-codes';
import { ERROR_CODES, ErrorCode } from '../error-codes';
import { COMPLETION_IMPORT_STATUSES, CompletionImportStatus } from './enums';

/** One confirmed trainee measured against the course's completion rule. */
export class TraineeCompletionResultView {
  @ApiProperty({ format: 'uuid' })
  applicationId: string;

  @ApiProperty({ example: '김서울' })
  traineeName: string;

  @ApiProperty({ description: 'Attendance (or e-learning progress) in percent' })
  percent: number;

  @ApiProperty()
  completed: boolean;

  @ApiProperty({ type: String, nullable: true, example: '2027-000042' })
  certificateNo: string | null;
}

/** 수료 처리 of a cohort: who completed now and who did not (those completed before are left out). */
export class CohortCompletionView {
  @ApiProperty()
  completed: number;

  @ApiProperty()
  notCompleted: number;

  @ApiProperty({ type: [TraineeCompletionResultView] })
  results: TraineeCompletionResultView[];
}

/** What a certificate (수료증) prints; the gateway renders it as a PDF. */
export class CertificateDataView {
  @ApiProperty({ type: String, nullable: true, example: '2027-000042' })
  certificateNo: string | null;

  @ApiProperty({ type: String, nullable: true, example: '7K2M-QX4P-9RT3' })
  verificationCode: string | null;

  @ApiProperty()
  traineeName: string;

  @ApiProperty({ example: 'MAPO-GU' })
  agencyCode: string;

  @ApiProperty({ example: '마포구청' })
  agencyNameKo: string;

  @ApiProperty({ example: 'Mapo-gu Office' })
  agencyNameEn: string;

  @ApiProperty({ type: String, nullable: true })
  grade: string | null;

  @ApiProperty({ type: String, nullable: true })
  position: string | null;

  @ApiProperty({ type: String, nullable: true })
  courseNameKo: string | null;

  @ApiProperty({ type: String, nullable: true })
  courseNameEn: string | null;

  @ApiProperty({ type: Number, nullable: true })
  cohortNo: number | null;

  @ApiProperty({ format: 'date' })
  startDate: string;

  @ApiProperty({ format: 'date' })
  endDate: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  completedOn: string | null;

  @ApiProperty({ type: Number, nullable: true })
  attendancePercent: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 21,
    description: "교육시간: the course's total hours (null before curriculum gave them)",
  })
  hours: number | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When staff revoked the certificate (수료증 취소)' })
  revokedAt: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why it was revoked' })
  revokeReason: string | null;

  @ApiProperty({ format: 'uuid' })
  hostTenantId: string;
}

/** A certificate found by its verification code: enough to match a paper, the name masked; valid or revoked. */
export class CertificateVerificationView {
  @ApiProperty({ description: 'false when the certificate was revoked (revokedAt and revokeReason say when and why)' })
  valid: boolean;

  @ApiProperty({ type: String, nullable: true, example: '2027-000042' })
  certificateNo: string | null;

  @ApiProperty({ example: '김*수', description: 'The first and last characters, the rest masked (two-character names: the first)' })
  traineeName: string;

  @ApiProperty({ type: String, nullable: true })
  courseNameKo: string | null;

  @ApiProperty({ type: String, nullable: true })
  courseNameEn: string | null;

  @ApiProperty({ format: 'date' })
  startDate: string;

  @ApiProperty({ format: 'date' })
  endDate: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  completedOn: string | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 21,
    description: "교육시간: the course's total hours (null before curriculum gave them)",
  })
  hours: number | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When staff revoked the certificate (수료증 취소)' })
  revokedAt: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why it was revoked' })
  revokeReason: string | null;

  @ApiProperty({ format: 'uuid' })
  hostTenantId: string;
}

/** 수료증 진위 확인: a valid certificate and the institute that issued it (the gateway's answer). */
export class CertificateCheckView extends CertificateVerificationView {
  @ApiProperty({ example: '서울특별시 인재개발원 (Seoul Metropolitan Human Resources Development Center)' })
  institute: string;
}

/** An LMS completion import (e-러닝 수료 기록): its progress while the file streams in, and its totals after. */
export class CompletionImportView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'lms-completions-2021.csv' })
  fileName: string;

  @ApiProperty({ enum: COMPLETION_IMPORT_STATUSES, enumName: 'CompletionImportStatus' })
  status: CompletionImportStatus;

  @ApiProperty()
  totalBytes: number;

  @ApiProperty()
  bytesRead: number;

  @ApiProperty()
  rowsRead: number;

  @ApiProperty({ description: 'New completion records' })
  imported: number;

  @ApiProperty({ description: 'Records already there (a re-import adds nothing twice)' })
  duplicates: number;

  @ApiProperty({ description: 'Rows refused; the errors file names each by line' })
  rejected: number;

  @ApiProperty({ description: 'Applications here that the imported rows completed' })
  applicationsCompleted: number;

  // The four below are absent from the answer that creates an import, and null until it fails or finishes.

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Why a failed import failed (text)' })
  failure?: string | null;

  @ApiPropertyOptional({ enum: ERROR_CODES, enumName: 'ErrorCode', nullable: true, description: 'Why a failed import failed (code)' })
  failureCode?: ErrorCode | null;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true, description: "The failure code's parameters" })
  failureParams?: ErrorParams | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  finishedAt?: Date | null;
}
