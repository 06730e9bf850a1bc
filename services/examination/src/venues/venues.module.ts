import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { ExamsModule } from '../exams/exams.module';
import { PhotosModule } from '../photos/photos.module';
import { AddExamRoomUseCase } from './usecases/add-exam-room/add-exam-room.usecase';
import { AddVenueUseCase } from './usecases/add-venue/add-venue.usecase';
import { AssignExamNumbersUseCase } from './usecases/assign-exam-numbers/assign-exam-numbers.usecase';
import { AssignSeatsUseCase } from './usecases/assign-seats/assign-seats.usecase';
import { UpdateExamRoomUseCase } from './usecases/update-exam-room/update-exam-room.usecase';
import { VenueQueries } from './venue-queries';
import { VenuesController } from './venues.controller';

@Module({
  imports: [ExamsModule, ApplicationsModule, PhotosModule],
  controllers: [VenuesController],
  providers: [VenueQueries, AssignExamNumbersUseCase, AssignSeatsUseCase, AddVenueUseCase, AddExamRoomUseCase, UpdateExamRoomUseCase],
})
export class VenuesModule {}
