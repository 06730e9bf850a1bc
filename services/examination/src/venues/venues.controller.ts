import {
  CreateExamRoomDto,
  CreateVenueDto,
  ExamNumbersView,
  ExamRoomView,
  NewVenueView,
  SeatAssignmentView,
  UpdateExamRoomDto,
  VenueView,
} from '@baeum/api';
import { sendFile } from '@baeum/documents';
import { AuthUser, conflict, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApplicationQueries } from '../applications/application-queries';
import { ExamQueries } from '../exams/exam-queries';
import { PDF_FILE } from '../shared/openapi';
import { OFFICER_ROLES } from '../shared/roles';
import { PhotoQueries } from '../photos/photo-queries';
import { admissionTicketPdf, interviewTicketPdf } from './admission-ticket';
import { AddExamRoomUseCase } from './usecases/add-exam-room/add-exam-room.usecase';
import { AddVenueUseCase } from './usecases/add-venue/add-venue.usecase';
import { AssignExamNumbersUseCase } from './usecases/assign-exam-numbers/assign-exam-numbers.usecase';
import { AssignSeatsUseCase } from './usecases/assign-seats/assign-seats.usecase';
import { UpdateExamRoomUseCase } from './usecases/update-exam-room/update-exam-room.usecase';
import { VenueQueries } from './venue-queries';

@ApiTags('venues')
@ApiBearerAuth()
@Controller()
export class VenuesController {
  constructor(
    private readonly exams: ExamQueries,
    private readonly venueQueries: VenueQueries,
    private readonly applications: ApplicationQueries,
    private readonly photos: PhotoQueries,
    private readonly assignExamNumbers: AssignExamNumbersUseCase,
    private readonly assignSeats: AssignSeatsUseCase,
    private readonly addVenueUseCase: AddVenueUseCase,
    private readonly addExamRoom: AddExamRoomUseCase,
    private readonly updateExamRoom: UpdateExamRoomUseCase,
  ) {}

  /** Venues with their rooms and how many seats each has given out. */
  @Get('exams/:id/venues')
  @Roles(...OFFICER_ROLES)
  @ApiOkResponse({ type: [VenueView] })
  async venues(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<VenueView[]> {
    await this.exams.exam(user.tenantId, id);
    const venues = await this.venueQueries.venues(user.tenantId, id);
    const rooms = await this.venueQueries.roomUsage(id);
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
  addVenue(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CreateVenueDto,
  ): Promise<NewVenueView> {
    return this.addVenueUseCase.execute(user, { ...body, examId: id });
  }

  @Post('venues/:id/rooms')
  @Roles(...OFFICER_ROLES)
  @ApiCreatedResponse({ type: ExamRoomView })
  addRoom(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CreateExamRoomDto,
  ): Promise<ExamRoomView> {
    return this.addExamRoom.execute(user, { ...body, venueId: id });
  }

  /** Withdraw a room, change its seats or what it provides; then assign seats again to move whoever no longer fits. */
  @Patch('rooms/:id')
  @Roles(...OFFICER_ROLES)
  @ApiOkResponse({ type: ExamRoomView })
  updateRoom(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateExamRoomDto,
  ): Promise<ExamRoomView> {
    return this.updateExamRoom.execute(user, { ...body, roomId: id });
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
    const application = await this.applications.application(user, id);
    const [view] = await this.applications.views([application]);
    const exam = await this.exams.exam(user.tenantId, view.examId);
    if (view.status !== 'paid' || !view.examNumber || !view.seat || !exam.writtenExamOn)
      throw conflict('SEATING.TICKET_NOT_READY', {
        message: '응시표는 좌석 배정 후에 출력할 수 있습니다 / the admission ticket is available once a seat is assigned',
      });
    // The photo as of the deadline for applying and editing: one changed later does not change this ticket.
    const photo = await this.photos.latest(user.tenantId, application.applicantId, { asOf: exam.applicationClosesAt, withContent: true });
    sendFile(
      res,
      await admissionTicketPdf(view, exam.writtenExamOn, { image: photo?.content ?? null, deadline: exam.applicationClosesAt }),
      `응시표_${view.examNumber}.pdf`,
      'pdf',
    );
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
