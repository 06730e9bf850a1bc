import { WaitingRoomView } from '@baeum/api';
import { AuthUser, CodedException } from '@baeum/service-kit';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { WaitingRoom } from './waiting-room';

export const PASS_HEADER = 'x-waiting-room-pass';
/** Asked again after at most this long, so the page shows a moving place. */
const MAX_RETRY_AFTER_SECONDS = 10;

/**
 * In front of a submission: one with a standing pass goes on once admission has reached their ticket;
 * anyone else takes a place, and goes on at once when the rate has room (with a pass for what
 * follows), or is answered 429 WAITING_ROOM.QUEUED with their place, having done nothing. Every
 * submission let in is timed, for the rate to follow.
 */
@Injectable()
export class WaitingRoomGuard implements CanActivate {
  constructor(private readonly room: WaitingRoom) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!this.room.open) return true;
    const request = context.switchToHttp().getRequest<Request & { user: AuthUser }>();
    const response = context.switchToHttp().getResponse<Response>();
    if (this.room.passStands(request.user, request.header(PASS_HEADER))) {
      const stillWaiting = await this.room.turnCame(request.user);
      if (stillWaiting) throw queued(stillWaiting);
      this.room.track(response);
      return true;
    }
    const place = await this.room.place(request.user, true);
    if (!place.admitted) throw queued(place);
    response.setHeader(PASS_HEADER, place.pass!);
    this.room.track(response);
    return true;
  }
}

function queued(place: WaitingRoomView): CodedException {
  return new CodedException(429, 'WAITING_ROOM.QUEUED', {
    message: `신청자가 많아 대기 중입니다. 앞에 ${place.ahead}명 / Many are applying: you are in the waiting room, ${place.ahead} ahead of you`,
    params: {
      ticket: place.ticket!,
      ahead: place.ahead,
      estimatedWaitSeconds: place.estimatedWaitSeconds,
      retryAfterSeconds: Math.min(MAX_RETRY_AFTER_SECONDS, place.estimatedWaitSeconds),
    },
  });
}
