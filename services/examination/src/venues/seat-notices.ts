import type { ExamSeatAssignedV1 } from '@baeum/contracts';
import { SEATED_BY, WRITTEN_EXAM_START } from './admission-ticket';
import type { SeatNoticeRow } from './venue-queries';

/**
 * The seat-assigned events of one seating run, one per applicant seated or moved: where, when and
 * with which exam number they sit. `moved` names those whose earlier seat was changed.
 */
export function seatAssignedEvents(rows: SeatNoticeRow[], moved: ReadonlySet<string>): ExamSeatAssignedV1[] {
  return rows.map((r) => ({
    applicationId: r.applicationId,
    examId: r.examId,
    applicantUserId: r.applicantUserId,
    examTitleKo: r.examTitleKo,
    jobSeriesKo: r.jobSeriesKo,
    grade: r.grade,
    examNumber: r.examNumber,
    venueNameKo: r.venueNameKo,
    venueAddress: r.venueAddress,
    roomName: r.roomName,
    seatNo: r.seatNo,
    examDate: r.examDate,
    startsAt: WRITTEN_EXAM_START,
    seatedBy: SEATED_BY,
    moved: moved.has(r.applicationId),
  }));
}
