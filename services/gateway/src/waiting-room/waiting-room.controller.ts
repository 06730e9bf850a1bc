import { WaitingRoomView } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { WaitingRoom } from './waiting-room';

@ApiTags('exam: applicants')
@ApiBearerAuth()
@Controller('api/waiting-room')
export class WaitingRoomController {
  constructor(private readonly room: WaitingRoom) {}

  /** The caller's place in the waiting room, kept across reloads; once let in, the pass to submit with. */
  @Get('exam-applications')
  @Roles('applicant')
  @ApiOkResponse({ type: WaitingRoomView })
  place(@CurrentUser() user: AuthUser): Promise<WaitingRoomView> {
    return this.room.place(user, false);
  }
}
