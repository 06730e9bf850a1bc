import { CreateVenueDto, NewVenueView } from '@baeum/api';
import { AuthUser } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ExamQueries } from '../../../exams/exam-queries';
import { Venue } from '../../venue.entity';
import { VenueQueries } from '../../venue-queries';

export type AddVenueCommand = CreateVenueDto & { examId: string };

/** 시험장 등록: a venue of the exam, without rooms yet. */
@Injectable()
export class AddVenueUseCase {
  constructor(
    private readonly exams: ExamQueries,
    private readonly venues: VenueQueries,
  ) {}

  async execute(user: AuthUser, command: AddVenueCommand): Promise<NewVenueView> {
    const { examId, ...fields } = command;
    await this.exams.exam(user.tenantId, examId);
    const venue: Venue = { id: randomUUID(), tenantId: user.tenantId, examId, ...fields, createdAt: new Date() };
    await this.venues.insertVenue(venue);
    return { ...venue, createdAt: venue.createdAt.toISOString(), rooms: [] };
  }
}
