import type { Application } from './application.entity';

/** What a new application holds nothing of yet: its seat, its end, its completion and certificate. */
export const NOTHING_DECIDED_YET = {
  confirmedAt: null,
  waitlistedAt: null,
  endedAt: null,
  endReason: null,
  endNote: null,
  assessmentPassed: null,
  progressPercent: null,
  completionStatus: null,
  attendancePercent: null,
  completedOn: null,
  certificateNo: null,
  verificationCode: null,
  certificateRevokedAt: null,
  certificateRevokedBy: null,
  certificateRevokeReason: null,
} satisfies Partial<Application>;
