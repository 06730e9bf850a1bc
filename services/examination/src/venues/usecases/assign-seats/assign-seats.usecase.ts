import { SeatAssignmentView } from '@baeum/api';
import { ExamSeatAssignedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { allocateSeats, Seatable } from '../../seat-allocation';
import { seatAssignedEvents } from '../../seat-notices';
import { VenueQueries } from '../../venue-queries';

/**
 * 시험장 배정. The first run seats everyone; later runs (after a room is withdrawn or shrunk, or an
 * accommodation is approved late) move only those whose seat no longer fits. Nothing changes
 * unless everyone can be seated. Everyone seated or moved by a run is told where and when they sit
 * (ExamSeatAssignedV1, in the same transaction); those whose seat stays are told nothing new.
 */
@Injectable()
export class AssignSeatsUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
    private readonly venues: VenueQueries,
    private readonly publisher: EventPublisher,
  ) {}

  async execute(user: AuthUser, examId: string): Promise<SeatAssignmentView> {
    return this.dataSource.transaction(async (tx) => {
      const exam = await this.exams.exam(user.tenantId, examId, tx, true);
      if (!exam.examNumbersAssignedAt)
        throw conflict('SEATING.EXAM_NUMBERS_FIRST', { message: '응시번호를 먼저 부여하세요 / give exam numbers first' });
      const rooms = await this.venues.seatingRooms(tx, examId);
      const rows = await this.venues.seatingCandidates(tx, examId);
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
          message:
            `${plan.unplaced.length}명에게 좌석을 배정할 수 없습니다 (좌석 또는 편의지원 시험실 부족) / ` +
            `${plan.unplaced.length} applicant(s) cannot be seated: too few seats, or no ` +
            `room with their accommodations`,
        });
      }
      const moved = new Set(plan.moved);
      const changed = applicants.filter((a) => !a.current || moved.has(a.applicationId));
      if (changed.length > 0) {
        await this.venues.setSeats(
          tx,
          changed.map((a) => ({ applicationId: a.applicationId, ...plan.seats.get(a.applicationId)!, moved: a.current !== null })),
        );
        const notices = await this.venues.seatNotices(
          tx,
          examId,
          changed.map((a) => a.applicationId),
        );
        const moved = new Set(changed.filter((a) => a.current !== null).map((a) => a.applicationId));
        await this.publisher.publishMany(tx, ExamSeatAssignedV1, user.tenantId, seatAssignedEvents(notices, moved));
      }
      await this.venues.markSeatsAssigned(tx, examId);
      return { seated: plan.seats.size, moved: plan.moved.length, rooms: new Set([...plan.seats.values()].map((s) => s.roomId)).size };
    });
  }
}
