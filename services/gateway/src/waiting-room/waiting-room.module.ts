import { Module } from '@nestjs/common';
import { WaitingRoomController } from './waiting-room.controller';
import { WaitingRoom } from './waiting-room';
import { WaitingRoomGuard } from './waiting-room.guard';

/** The waiting room in front of exam applications (README, "Examination"). */
@Module({ controllers: [WaitingRoomController], providers: [WaitingRoom, WaitingRoomGuard], exports: [WaitingRoom, WaitingRoomGuard] })
export class WaitingRoomModule {}
