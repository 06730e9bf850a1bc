import { ApiProperty } from '@nestjs/swagger';
import { ROLES, Role } from '../common/roles';
import {
  COMMITMENT_CAUSES,
  COMMITMENT_STATUSES,
  CommitmentCause,
  CommitmentStatus,
  LEDGER_ENTRY_KINDS,
  LEDGER_MEASURES,
  LedgerEntryKind,
  LedgerMeasure,
} from './kinds';

const WON = { type: String, description: 'Integer won as a string (bigint)', example: '12000000' } as const;

/** 원인행위: an amount committed against an expenditure line, as a line's page lists it. */
export class CommitmentSummaryView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: COMMITMENT_CAUSES, enumName: 'CommitmentCause' })
  cause: CommitmentCause;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The cohort or sitting it is for; null for an officer’s own commitment',
  })
  causeId: string | null;

  @ApiProperty({ enum: COMMITMENT_STATUSES, enumName: 'CommitmentStatus' })
  status: CommitmentStatus;

  @ApiProperty({ ...WON, description: 'The amount asked for when it was recorded, integer won as a string' })
  amount: string;

  @ApiProperty(WON)
  committed: string;

  @ApiProperty(WON)
  paid: string;

  @ApiProperty({ example: '1월 교재 인쇄 계약' })
  description: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;

  @ApiProperty({ description: "The user's name, or the service whose event it was", example: '최재무' })
  recordedByName: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The event that caused it; null when an officer recorded it',
    example: 'curriculum.cohort.scheduled',
  })
  sourceEventType: string | null;
}

/** A commitment as a change to it answers: with its line, and whether the line is now past its budget. */
export class CommitmentView extends CommitmentSummaryView {
  @ApiProperty({ example: 'NEWCOMER' })
  budgetLineCode: string;

  @ApiProperty({ example: 2022 })
  fiscalYear: number;

  @ApiProperty({ description: 'The line is now past its current budget amount (a warn or ignore line)' })
  lineExceeded: boolean;
}

/** The event that caused an entry, as it arrived. */
export class SourceEventView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'curriculum.cohort.scheduled' })
  type: string;

  @ApiProperty({ example: 1 })
  version: number;

  @ApiProperty({ example: 'curriculum' })
  source: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt: string;

  @ApiProperty()
  correlationId: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: "The event's payload (its contract in @baeum/contracts)" })
  payload: object;
}

/** One immutable line of the ledger: who, when, why, and the event behind it. */
export class LedgerEntryView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: LEDGER_ENTRY_KINDS, enumName: 'LedgerEntryKind' })
  kind: LedgerEntryKind;

  @ApiProperty({ enum: LEDGER_MEASURES, enumName: 'LedgerMeasure' })
  measure: LedgerMeasure;

  @ApiProperty({
    ...WON,
    description: 'Signed (a release, a refund or a reversal of a positive entry is negative): integer won as a string',
  })
  amount: string;

  @ApiProperty({ format: 'date', description: 'The business date it counts from in reports', example: '2022-01-28' })
  bookedOn: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;

  @ApiProperty({ example: '최재무' })
  recordedByName: string;

  @ApiProperty()
  reason: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  commitmentId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The entry this one reverses' })
  reversesEntryId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The entry that reverses this one' })
  reversedBy: string | null;

  @ApiProperty({ description: "Booked past the line's current budget amount (a warn or ignore line)" })
  exceedsBudget: boolean;

  @ApiProperty({ type: SourceEventView, nullable: true, description: 'null when a person recorded it' })
  event: SourceEventView | null;
}

/** 정정: the reversing entry recorded for a wrong one. */
export class EntryReversalView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  reversesEntryId: string;

  @ApiProperty({ ...WON, description: "The reversed entry's amount with the opposite sign, integer won as a string", example: '-3300000' })
  amount: string;

  @ApiProperty({ format: 'date', example: '2027-03-02' })
  bookedOn: string;
}

/** What finance has committed for a cohort's estimated cost. */
export class CohortCommitmentTotalView {
  @ApiProperty({ format: 'uuid' })
  cohortId: string;

  @ApiProperty({ ...WON, description: 'Committed for the cohort, integer won as a string' })
  amount: string;

  @ApiProperty({ description: 'Its booked commitments (more than one when it moved to another line)', example: 1 })
  commitments: number;
}

/** Someone who may be named a line's officer: a finance officer, planner or administrator. */
export class BudgetOfficerView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '박기획' })
  name: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  role: Role;
}
