import { defineEvent } from '../schema';

/**
 * An applicant's interview slot (면접 일시·장소), once they may know it: at scheduling in career
 * recruitment, or in open recruitment when the written results are published (a slot tells one
 * passed). Sent again with the new slot when the schedule is redone. No personal data travels.
 */
export interface InterviewScheduledV1 {
  applicationId: string;
  examId: string;
  applicantUserId: string;
  examTitleKo: string;
  jobSeriesKo: string;
  grade: number;
  examNumber: string;
  heldOn: string;
  startsAt: string;
  room: string;
}

export const InterviewScheduledV1 = defineEvent<InterviewScheduledV1>({
  type: 'examination.application.interview-scheduled',
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
    heldOn: { kind: 'date' },
    startsAt: { kind: 'time' },
    room: { kind: 'string' },
  },
});
