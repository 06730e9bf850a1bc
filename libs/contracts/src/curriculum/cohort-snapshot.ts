import type { FieldSpec } from '../schema';

export const DELIVERY_MODES = ['face_to_face', 'remote', 'blended_cohort', 'blended_course', 'e_learning'] as const;
/** 대면, 비대면(실시간 원격), 기수내 혼합, 과정내 혼합, e-러닝(상시). */
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export const APPROVAL_STEPS = ['none', 'agency', 'institute', 'agency_and_institute'] as const;
/** Who approves an application before its seat is confirmed. */
export type ApprovalSteps = (typeof APPROVAL_STEPS)[number];

export interface AgencyQuota {
  agencyCode: string;
  seats: number;
}

/** An instructor teaching a cohort: trainees rate them by this id in their satisfaction survey. */
export interface CohortInstructor {
  instructorId: string;
  name: string;
}

/**
 * A cohort (기수) as curriculum publishes it: what enrollment needs for its seat replica and
 * finance for its commitment. Fields after `budgetLineCode` came after the walking skeleton and
 * are optional so that its events stay valid.
 */
export interface CohortSnapshot {
  cohortId: string;
  courseId: string;
  courseCode: string;
  courseNameKo: string;
  startDate: string;
  endDate: string;
  capacity: number;
  /** Estimated cost of the cohort in won, committed against the budget line. */
  estimatedCost: string;
  budgetLineCode: string;
  courseNameEn?: string;
  /** 기수: the cohort's number within its course and year. */
  cohortNo?: number;
  educationType?: 'general' | 'e_learning';
  /** Codes of the category tree: competency field (기본역량, …) and subfield (신규임용, …). */
  fieldCode?: string;
  subfieldCode?: string;
  deliveryMode?: DeliveryMode;
  /** Daily hours, e.g. 10:00–16:00 for a childcare-friendly cohort. */
  dailyStartTime?: string;
  dailyEndTime?: string;
  applicationOpens?: string;
  applicationCloses?: string;
  /** Last day a trainee may cancel by themselves. */
  cancellationCloses?: string;
  minimumFill?: number;
  minimumFillCutoff?: string;
  approval?: ApprovalSteps;
  /** Seats reserved per agency while quotas hold; empty means no quotas. */
  agencyQuotas?: AgencyQuota[];
  /** Officials of other provinces may attend. */
  openToOtherProvinces?: boolean;
  /** Completion rule (수료 기준): least attendance in percent, and whether an assessment is required. */
  completionMinAttendancePercent?: number;
  completionRequiresAssessment?: boolean;
  /** The course's total hours (교육시간), as certificates print them. */
  hours?: number;
  /** Where it is taught; absent for remote and e-learning cohorts. */
  roomName?: string;
  instructors?: CohortInstructor[];
}

export const cohortSnapshotFields: Record<keyof CohortSnapshot, FieldSpec> = {
  cohortId: { kind: 'uuid' },
  courseId: { kind: 'uuid' },
  courseCode: { kind: 'string' },
  courseNameKo: { kind: 'string' },
  startDate: { kind: 'date' },
  endDate: { kind: 'date' },
  capacity: { kind: 'int', min: 1 },
  estimatedCost: { kind: 'won', min: 0 },
  budgetLineCode: { kind: 'string' },
  courseNameEn: { kind: 'string', optional: true },
  cohortNo: { kind: 'int', min: 1, optional: true },
  educationType: { kind: 'enum', values: ['general', 'e_learning'], optional: true },
  fieldCode: { kind: 'string', optional: true },
  subfieldCode: { kind: 'string', optional: true },
  deliveryMode: { kind: 'enum', values: DELIVERY_MODES, optional: true },
  dailyStartTime: { kind: 'time', optional: true },
  dailyEndTime: { kind: 'time', optional: true },
  applicationOpens: { kind: 'date', optional: true },
  applicationCloses: { kind: 'date', optional: true },
  cancellationCloses: { kind: 'date', optional: true },
  minimumFill: { kind: 'int', min: 0, optional: true },
  minimumFillCutoff: { kind: 'date', optional: true },
  approval: { kind: 'enum', values: APPROVAL_STEPS, optional: true },
  agencyQuotas: { kind: 'list', items: { agencyCode: { kind: 'string' }, seats: { kind: 'int', min: 0 } }, optional: true },
  openToOtherProvinces: { kind: 'boolean', optional: true },
  completionMinAttendancePercent: { kind: 'int', min: 0, max: 100, optional: true },
  completionRequiresAssessment: { kind: 'boolean', optional: true },
  hours: { kind: 'int', min: 0, optional: true },
  roomName: { kind: 'string', optional: true },
  instructors: { kind: 'list', items: { instructorId: { kind: 'uuid' }, name: { kind: 'string' } }, optional: true },
};
