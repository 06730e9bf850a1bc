import { WaitingRoomView } from '@baeum/api';
import { bearerUser, CodedException, errorBody } from '@baeum/service-kit';
import type { JwtService } from '@nestjs/jwt';
import type { Request, RequestHandler, Response } from 'express';
import { WaitingRoom } from './waiting-room';

export const PASS_HEADER = 'x-waiting-room-pass';
/** The route the room stands in front of (POST; Express matches it whatever the case, with or without a trailing slash). */
const SUBMISSIONS = '/api/exam/applications';
/** Asked again after at most this long, so the page shows a moving place. */
const MAX_RETRY_AFTER_SECONDS = 10;

/**
 * The waiting room's door, in front of a submission: one with a standing pass goes on once admission
 * has reached their ticket; anyone else takes a place, and goes on at once when the rate has room (with
 * a pass for what follows), or is answered 429 WAITING_ROOM.QUEUED with their place, having done
 * nothing. Every submission let in is timed, for the rate to follow.
 *
 * It stands before the gateway's full pipeline (body parsing, the account lookup, the access log): on
 * the first application morning most submissions are turned away, and a refusal that cost as much as a
 * submission would itself become the load the room holds back. It reads only the token's signature and
 * claims; a token it cannot read, or that is not an applicant's, goes on to be refused in full (401/403).
 */
export function waitingRoomDoor(room: WaitingRoom, jwt: JwtService): RequestHandler {
  return (request, response, next) => {
    if (!room.open || request.method !== 'POST' || request.path.replace(/\/+$/, '').toLowerCase() !== SUBMISSIONS) return next();
    atTheDoor(room, jwt, request, response).then((goesOn) => goesOn && next(), next);
  };
}

async function atTheDoor(room: WaitingRoom, jwt: JwtService, request: Request, response: Response): Promise<boolean> {
  const user = await bearerUser(jwt, request.header('authorization')).catch(() => null);
  if (!user || user.role !== 'applicant' || user.mustChangePassword) return true;
  if (room.passStands(user, request.header(PASS_HEADER))) {
    const stillWaiting = await room.turnCame(user);
    if (stillWaiting) return refuse(response, stillWaiting);
  } else {
    const place = await room.place(user, true);
    if (!place.admitted) return refuse(response, place);
    response.setHeader(PASS_HEADER, place.pass!);
  }
  room.track(response);
  return true;
}

/**
 * 429 in the one error shape (as the error filter would answer it), with Retry-After. `params` carry the
 * holder's whole place, the pass that opens at their turn included: they wait it out and submit again
 * without asking for the place (which, asked by every holder, would double what a turn costs the gateway).
 * Written straight to the socket: Express's send would hash the body for an ETag nobody revalidates.
 */
function refuse(response: Response, place: WaitingRoomView): false {
  const retryAfterSeconds = Math.min(MAX_RETRY_AFTER_SECONDS, place.estimatedWaitSeconds);
  const error = new CodedException(429, 'WAITING_ROOM.QUEUED', {
    message: `신청자가 많아 대기 중입니다. 앞에 ${place.ahead}명 / Many are applying: you are in the waiting room, ${place.ahead} ahead of you`,
    params: {
      ticket: place.ticket!,
      ahead: place.ahead,
      estimatedWaitSeconds: place.estimatedWaitSeconds,
      admittedPerSecond: place.admittedPerSecond,
      retryAfterSeconds,
      pass: place.pass!,
      passSeconds: place.passSeconds!,
    },
  });
  const body = JSON.stringify(errorBody(429, error.getResponse(), error.message));
  response
    .writeHead(429, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
      'retry-after': String(retryAfterSeconds),
    })
    .end(body);
  return false;
}
