import {
  CreateExamRoomDto,
  CreateVenueDto,
  ExamNumbersView,
  ExamRoomUsageView,
  ExamRoomView,
  NewVenueView,
  SeatAssignmentView,
  UpdateExamRoomDto,
  VenueView,
} from '@baeum/api';
import { sendFile } from '@baeum/documents';
import { AuthUser, conflict, CurrentUser, isUniqueViolation, notFound, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApplicationQueries } from '../applications/application-queries';
import { ExamQueries } from '../exams/exam-queries';
import { PDF_FILE } from '../shared/openapi';
import { OFFICER_ROLES } from '../shared/roles';
import { admissionTicketPdf, interviewTicketPdf } from './admission-ticket';
import { AssignExamNumbersUseCase } from './usecases/assign-exam-numbers/assign-exam-numbers.usecase';
import { AssignSeatsUseCase } from './usecases/assign-seats/assign-seats.usecase';
import { Venue } from './venue.entity';
import { VenueRoom } from './venue-room.entity';

@ApiTags('venues')
@ApiBearerAuth()
@Controller()
export class VenuesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exams: ExamQueries,
    private readonly applications: ApplicationQueries,
    private readonly assignExamNumbers: AssignExamNumbersUseCase,
    private readonly assignSeats: AssignSeatsUseCase,
  ) {}

  /** Venues with their rooms and how many seats each has given out. */
  @Get('exams/:id/venues')
  @Roles(...OFFICER_ROLES)
  @ApiOkResponse({ type: [VenueView] })
  async venues(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<VenueView[]> {
    await this.exams.exam(user.tenantId, id);
    const venues = await this.dataSource
      .getRepository(Venue)
      .find({ where: { examId: id, tenantId: user.tenantId }, order: { createdAt: 'ASC' } });
    const rooms: (ExamRoomUsageView & { venueId: string })[] = await this.dataSource.query(
      `SELECT r.id, r.venue_id AS "venueId", r.name, r.seats, r.accommodations, r.available, count(a.id)::int AS seated
         FROM examination.venue_room r LEFT JOIN examination.application a ON a.room_id = r.id
        WHERE r.exam_id = $1 GROUP BY r.id ORDER BY r.name`,
      [id],
    );
    return venues.map((v) => ({
      id: v.id,
      nameKo: v.nameKo,
      agencyCode: v.agencyCode,
      address: v.address,
      rooms: rooms.filter((r) => r.venueId === v.id).map(({ venueId: _, ...r }) => r),
    }));
  }

  @Post('exams/:id/venues')
  @Roles(...OFFICER_ROLES)
  @ApiCreatedResponse({ type: NewVenueView })
  async addVenue(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CreateVenueDto,
  ): Promise<NewVenueView> {
    await this.exams.exam(user.tenantId, id);
    const venue: Venue = { id: randomUUID(), tenantId: user.tenantId, examId: id, ...body, createdAt: new Date() };
    await this.dataSource.getRepository(Venue).insert(venue);
    return { ...venue, createdAt: venue.createdAt.toISOString(), rooms: [] };
  }

  @Post('venues/:id/rooms')
  @Roles(...OFFICER_ROLES)
  @ApiCreatedResponse({ type: ExamRoomView })
  async addRoom(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CreateExamRoomDto,
  ): Promise<ExamRoomView> {
    const venue = await this.dataSource.getRepository(Venue).findOne({ where: { id, tenantId: user.tenantId } });
    if (!venue) throw notFound('VENUE.NOT_FOUND', { message: '시험장을(를) 찾을 수 없습니다 / Venue not found' });
    const room: VenueRoom = {
      id: randomUUID(),
      tenantId: user.tenantId,
      examId: venue.examId,
      venueId: id,
      name: body.name,
      seats: body.seats,
      accommodations: body.accommodations ?? [],
      available: true,
    };
    await this.dataSource
      .getRepository(VenueRoom)
      .insert(room)
      .catch((error) => {
        if (isUniqueViolation(error))
          throw conflict('VENUE.ROOM_NAME_TAKEN', {
            field: 'name',
            params: { name: body.name },
            message: '같은 이름의 시험실이 있습니다 / the venue already has a room of that name',
          });
        throw error;
      });
    return room;
  }

  /** Withdraw a room, change its seats or what it provides; then assign seats again to move whoever no longer fits. */
  @Patch('rooms/:id')
  @Roles(...OFFICER_ROLES)
  @ApiOkResponse({ type: ExamRoomView })
  async updateRoom(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateExamRoomDto,
  ): Promise<ExamRoomView> {
    const repository = this.dataSource.getRepository(VenueRoom);
    const room = await repository.findOne({ where: { id, tenantId: user.tenantId } });
    if (!room) throw notFound('VENUE.ROOM_NOT_FOUND', { message: '시험실을(를) 찾을 수 없습니다 / Room not found' });
    const next: VenueRoom = { ...room, ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) };
    await repository.save(next);
    return next;
  }

  @Post('exams/:id/exam-numbers')
  @Roles(...OFFICER_ROLES)
  @ApiCreatedResponse({ type: ExamNumbersView })
  examNumbers(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<ExamNumbersView> {
    return this.assignExamNumbers.execute(user, id);
  }

  @Post('exams/:id/seat-assignment')
  @Roles(...OFFICER_ROLES)
  @ApiCreatedResponse({ type: SeatAssignmentView })
  seats(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<SeatAssignmentView> {
    return this.assignSeats.execute(user, id);
  }

  /** 응시표 출력: the applicant's own ticket (or any, for the officer), once a seat is assigned. */
  @Get('applications/:id/ticket')
  @Roles('applicant', ...OFFICER_ROLES)
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: '응시표 (PDF)', content: PDF_FILE })
  async ticket(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response) {
    const view = await this.applications.view(user, id);
    const exam = await this.exams.exam(user.tenantId, view.examId);
    if (view.status !== 'paid' || !view.examNumber || !view.seat || !exam.writtenExamOn)
      throw conflict('SEATING.TICKET_NOT_READY', {
        message: '응시표는 좌석 배정 후에 출력할 수 있습니다 / the admission ticket is available once a seat is assigned',
      });
    sendFile(res, await admissionTicketPdf(view, exam.writtenExamOn), `응시표_${view.examNumber}.pdf`, 'pdf');
  }

  /** 면접시험 응시표: once the candidate may see their interview slot (see ApplicationQueries.views). */
  @Get('applications/:id/interview-ticket')
  @Roles('applicant', ...OFFICER_ROLES)
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: '면접시험 응시표 (PDF)', content: PDF_FILE })
  async interviewTicket(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response) {
    const view = await this.applications.view(user, id);
    if (!view.interview)
      throw conflict('INTERVIEW.TICKET_NOT_READY', {
        message:
          '면접 응시표는 면접 일정이 안내된 뒤에 출력할 수 있습니다 / the interview ticket is available once the interview slot is announced',
      });
    sendFile(res, await interviewTicketPdf(view, view.interview), `면접응시표_${view.examNumber}.pdf`, 'pdf');
  }
}
