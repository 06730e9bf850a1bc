import { SeatAssignmentView } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Exam } from '../../../exams/exam.entity';
import { ExamQueries } from '../../../exams/exam-queries';
import { allocateSeats, RoomSlot, Seatable } from '../../seat-allocation';

/**
 * 시험장 배정. The first run seats everyone; later runs (after a room is withdrawn or shrunk, or an
 * accommodation is approved late) move only those whose seat no longer fits. Nothing changes
 * unless everyone can be seated.
 */
@Injectable()
export class AssignSeatsUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
  ) {}

  async execute(user: AuthUser, examId: string): Promise<SeatAssignmentView> {
    return this.dataSource.transaction(async (tx) => {
      const exam = await this.exams.exam(user.tenantId, examId, tx, true);
      if (!exam.examNumbersAssignedAt)
        throw conflict('SEATING.EXAM_NUMBERS_FIRST', { message: '응시번호를 먼저 부여하세요 / give exam numbers first' });
      const rooms: RoomSlot[] = await tx.query(
        `SELECT r.id, r.seats, r.accommodations, r.available FROM examination.venue_room r JOIN examination.venue v ON v.id = r.venue_id
          WHERE r.exam_id = $1 ORDER BY v.created_at, v.id, r.name`,
        [examId],
      );
      const rows: {
        id: string;
        examNumber: string;
        accommodations: { kind: string }[];
        accommodationStatus: string;
        roomId: string | null;
        seatNo: number | null;
      }[] = await tx.query(
        `SELECT id, exam_number AS "examNumber", accommodations, accommodation_status AS "accommodationStatus", room_id AS "roomId", seat_no AS "seatNo"
           FROM examination.application WHERE exam_id = $1 AND status = 'paid' AND exam_number IS NOT NULL`,
        [examId],
      );
      const applicants: Seatable[] = rows.map((r) => ({
        applicationId: r.id,
        examNumber: r.examNumber,
        needs: r.accommodationStatus === 'approved' ? r.accommodations.map((a) => a.kind) : [],
        current: r.roomId && r.seatNo ? { roomId: r.roomId, seatNo: r.seatNo } : null,
      }));
      const plan = allocateSeats(rooms, applicants);
      if (plan.unplaced.length > 0) {
        throw conflict('SEATING.TOO_FEW_SEATS', {
          params: { unplaced: plan.unplaced.length },
          message: `${plan.unplaced.length}명에게 좌석을 배정할 수 없습니다 (좌석 또는 편의지원 시험실 부족) / ${plan.unplaced.length} applicant(s) cannot be seated: too few seats, or no room with their accommodations`,
        });
      }
      const moved = new Set(plan.moved);
      const changed = applicants.filter((a) => !a.current || moved.has(a.applicationId));
      if (changed.length > 0) {
        // Free the moved seats first: a seat is unique, and the plan may hand one to someone else.
        await tx.query(`UPDATE examination.application SET room_id = NULL, seat_no = NULL WHERE id = ANY($1::uuid[])`, [
          changed.map((a) => a.applicationId),
        ]);
        await tx.query(
          `UPDATE examination.application a SET room_id = s.room_id, seat_no = s.seat_no, updated_at = now(),
                  seat_changed_at = CASE WHEN s.moved THEN now() ELSE a.seat_changed_at END
             FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::boolean[]) AS s(id, room_id, seat_no, moved) WHERE a.id = s.id`,
          [
            changed.map((a) => a.applicationId),
            changed.map((a) => plan.seats.get(a.applicationId)!.roomId),
            changed.map((a) => plan.seats.get(a.applicationId)!.seatNo),
            changed.map((a) => a.current !== null),
          ],
        );
      }
      await tx.update(Exam, { id: examId }, { seatsAssignedAt: new Date() });
      return { seated: plan.seats.size, moved: plan.moved.length, rooms: new Set([...plan.seats.values()].map((s) => s.roomId)).size };
    });
  }
}
