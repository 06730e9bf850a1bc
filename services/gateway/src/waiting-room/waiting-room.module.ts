import { Module } from '@nestjs/common';
import { WaitingRoomController } from './waiting-room.controller';
import { WaitingRoom } from './waiting-room';

/** The waiting room in front of exam applications (README, "Examination"); its door is mounted in `configure` (index.ts). */
@Module({ controllers: [WaitingRoomController], providers: [WaitingRoom], exports: [WaitingRoom] })
export class WaitingRoomModule {}
