import { defineEvent } from '../schema';

/**
 * An applicant was given their exam number and a seat at a venue for the written exam (수험번호·시험장
 * 배정), or moved to another seat. One event per applicant, for telling them where and when to sit.
 * No personal data travels: the applicant's account id, the exam's and position's names, the venue.
 */
export interface ExamSeatAssignedV1 {
  applicationId: string;
  examId: string;
  applicantUserId: string;
  examTitleKo: string;
  jobSeriesKo: string;
  grade: number;
  examNumber: string;
  venueNameKo: string;
  venueAddress: string;
  roomName: string;
  seatNo: number;
  /** The written exam's day, its start and the time candidates must be seated by (Seoul). */
  examDate: string;
  startsAt: string;
  seatedBy: string;
  /** True when a seat given before was changed (a room withdrawn or shrunk, an accommodation approved late). */
  moved: boolean;
}

export const ExamSeatAssignedV1 = defineEvent<ExamSeatAssignedV1>({
  type: 'examination.application.seat-assigned',
  version: 1,
  topic: 'examination.application',
  keyOf: (p) => p.applicationId,
  fields: {
    applicationId: { kind: 'uuid' },
    examId: { kind: 'uuid' },
    applicantUserId: { kind: 'uuid' },
    examTitleKo: { kind: 'string' },
    jobSeriesKo: { kind: 'string' },
    grade: { kind: 'int', min: 1, max: 9 },
    examNumber: { kind: 'string' },
    venueNameKo: { kind: 'string' },
    venueAddress: { kind: 'string' },
    roomName: { kind: 'string' },
    seatNo: { kind: 'int', min: 1 },
    examDate: { kind: 'date' },
    startsAt: { kind: 'time' },
    seatedBy: { kind: 'time' },
    moved: { kind: 'boolean' },
  },
});
