import type { InterviewScheduledV1 } from '@baeum/contracts';
import type { InterviewNoticeRow } from './interview-queries';

const slotOf = (r: Pick<InterviewNoticeRow, 'heldOn' | 'startsAt' | 'room'>) => `${r.heldOn} ${r.startsAt} ${r.room}`;

/**
 * The interview-scheduled events of a schedule, one per candidate: their day, time and room. Given the
 * slots told before (a schedule redone), only those whose slot changed, or who had none, are told again.
 */
export function interviewScheduledEvents(rows: InterviewNoticeRow[], toldBefore: InterviewNoticeRow[] = []): InterviewScheduledV1[] {
  const before = new Map(toldBefore.map((r) => [r.applicationId, slotOf(r)]));
  return rows
    .filter((r) => before.get(r.applicationId) !== slotOf(r))
    .map((r) => ({
      applicationId: r.applicationId,
      examId: r.examId,
      applicantUserId: r.applicantUserId,
      examTitleKo: r.examTitleKo,
      jobSeriesKo: r.jobSeriesKo,
      grade: r.grade,
      examNumber: r.examNumber,
      heldOn: r.heldOn,
      startsAt: r.startsAt,
      room: r.room,
    }));
}
