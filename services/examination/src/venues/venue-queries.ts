import { ExamRoomUsageView } from '@baeum/api';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Exam } from '../exams/exam.entity';
import { RoomSlot } from './seat-allocation';
import { Venue } from './venue.entity';
import { VenueRoom } from './venue-room.entity';

/** Reads and writes of an exam's venues and their rooms, inside the caller's tenant. */
@Injectable()
export class VenueQueries {
  constructor(private readonly dataSource: DataSource) {}

  venues(tenantId: string, examId: string): Promise<Venue[]> {
    return this.dataSource.getRepository(Venue).find({ where: { examId, tenantId }, order: { createdAt: 'ASC' } });
  }

  /** The exam's rooms with how many seats each has given out. */
  roomUsage(examId: string): Promise<(ExamRoomUsageView & { venueId: string })[]> {
    return this.dataSource.query(
      `SELECT r.id, r.venue_id AS "venueId", r.name, r.seats, r.accommodations, r.available, count(a.id)::int AS seated
         FROM examination.venue_room r LEFT JOIN examination.application a ON a.room_id = r.id
        WHERE r.exam_id = $1 GROUP BY r.id ORDER BY r.name`,
      [examId],
    );
  }

  venue(tenantId: string, id: string): Promise<Venue | null> {
    return this.dataSource.getRepository(Venue).findOne({ where: { id, tenantId } });
  }

  async insertVenue(venue: Venue): Promise<void> {
    await this.dataSource.getRepository(Venue).insert(venue);
  }

  room(tenantId: string, id: string): Promise<VenueRoom | null> {
    return this.dataSource.getRepository(VenueRoom).findOne({ where: { id, tenantId } });
  }

  /** Inserts a room; a second room of the same name in a venue fails as a unique violation. */
  async insertRoom(room: VenueRoom): Promise<void> {
    await this.dataSource.getRepository(VenueRoom).insert(room);
  }

  async saveRoom(room: VenueRoom): Promise<void> {
    await this.dataSource.getRepository(VenueRoom).save(room);
  }

  /** The exam's rooms in seating order: venues as they were added, rooms by name. */
  seatingRooms(tx: EntityManager, examId: string): Promise<RoomSlot[]> {
    return tx.query(
      `SELECT r.id, r.seats, r.accommodations, r.available FROM examination.venue_room r JOIN examination.venue v ON v.id = r.venue_id
        WHERE r.exam_id = $1 ORDER BY v.created_at, v.id, r.name`,
      [examId],
    );
  }

  /** The exam's candidates (paid, with an exam number) with what they need and where they sit now. */
  seatingCandidates(tx: EntityManager, examId: string): Promise<SeatingCandidate[]> {
    return tx.query(
      `SELECT id, exam_number AS "examNumber", accommodations, accommodation_status AS "accommodationStatus", room_id AS
        "roomId", seat_no AS "seatNo"
         FROM examination.application WHERE exam_id = $1 AND status = 'paid' AND exam_number IS NOT NULL`,
      [examId],
    );
  }

  /** Gives each application its seat; the seats of all of them are freed first, since the plan may hand one to another. */
  async setSeats(tx: EntityManager, seats: { applicationId: string; roomId: string; seatNo: number; moved: boolean }[]): Promise<void> {
    const ids = seats.map((s) => s.applicationId);
    await tx.query(`UPDATE examination.application SET room_id = NULL, seat_no = NULL WHERE id = ANY($1::uuid[])`, [ids]);
    await tx.query(
      `UPDATE examination.application a SET room_id = s.room_id, seat_no = s.seat_no, updated_at = now(),
              seat_changed_at = CASE WHEN s.moved THEN now() ELSE a.seat_changed_at END
         FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::boolean[]) AS s(id, room_id, seat_no, moved) WHERE a.id = s.id`,
      [ids, seats.map((s) => s.roomId), seats.map((s) => s.seatNo), seats.map((s) => s.moved)],
    );
  }

  /**
   * What each of the given applications' seat notice tells (ExamSeatAssignedV1 without its times), in
   * one statement however many there are; those of an exam with no written date are left out.
   */
  seatNotices(tx: EntityManager, examId: string, applicationIds: string[]): Promise<SeatNoticeRow[]> {
    return tx.query(
      `SELECT a.id AS "applicationId", a.exam_id AS "examId", a.applicant_id AS "applicantUserId", e.title_ko AS "examTitleKo",
              p.job_series_ko AS "jobSeriesKo", p.grade, a.exam_number AS "examNumber", v.name_ko AS "venueNameKo",
              v.address AS "venueAddress", r.name AS "roomName", a.seat_no AS "seatNo", e.written_exam_on::text AS "examDate"
         FROM examination.application a
         JOIN examination.exam e ON e.id = a.exam_id
         JOIN examination.position p ON p.id = a.position_id
         JOIN examination.venue_room r ON r.id = a.room_id
         JOIN examination.venue v ON v.id = r.venue_id
        WHERE a.exam_id = $1 AND a.id = ANY($2::uuid[]) AND e.written_exam_on IS NOT NULL AND a.seat_no IS NOT NULL
        ORDER BY a.exam_number`,
      [examId, applicationIds],
    );
  }

  async markSeatsAssigned(tx: EntityManager, examId: string): Promise<void> {
    await tx.update(Exam, { id: examId }, { seatsAssignedAt: new Date() });
  }

  /** The exam's paid applications with their position's number and their serial in it, in order of application. */
  async numberingOrder(tx: EntityManager, examId: string): Promise<{ id: string; seq: number; serial: number }[]> {
    const rows: { id: string; seq: number; serial: string }[] = await tx.query(
      `SELECT a.id, p.seq, row_number() OVER (PARTITION BY a.position_id ORDER BY a.submitted_at, a.id) AS serial
         FROM examination.application a JOIN examination.position p ON p.id = a.position_id
        WHERE a.exam_id = $1 AND a.status = 'paid'`,
      [examId],
    );
    return rows.map((r) => ({ ...r, serial: Number(r.serial) }));
  }

  async setExamNumbers(tx: EntityManager, numbers: { applicationId: string; examNumber: string }[]): Promise<void> {
    await tx.query(
      `UPDATE examination.application a SET exam_number = n.exam_number, updated_at = now()
         FROM unnest($1::uuid[], $2::text[]) AS n(id, exam_number) WHERE a.id = n.id`,
      [numbers.map((n) => n.applicationId), numbers.map((n) => n.examNumber)],
    );
  }

  async markExamNumbersAssigned(tx: EntityManager, examId: string): Promise<void> {
    await tx.update(Exam, { id: examId }, { examNumbersAssignedAt: new Date() });
  }
}

/** One seated applicant's notice, as read: the times of day are the exam's rule (admission-ticket.ts). */
export interface SeatNoticeRow {
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
  examDate: string;
}

export interface SeatingCandidate {
  id: string;
  examNumber: string;
  accommodations: { kind: string }[];
  accommodationStatus: string;
  roomId: string | null;
  seatNo: number | null;
}
