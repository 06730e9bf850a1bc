import { Module } from '@nestjs/common';
import { RoomsController } from './rooms.controller';
import { SaveRoomUseCase } from './usecases/save-room/save-room.usecase';

/** Rooms. A room's schedule, its cohorts, is cohorts' (cohorts/schedules.controller.ts). */
@Module({
  controllers: [RoomsController],
  providers: [SaveRoomUseCase],
})
export class RoomsModule {}
