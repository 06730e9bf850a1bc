import { WaitingRoomView } from '@baeum/api';
import { AuthUser, CACHE, CacheStore, LOGGER, QueuePlace, SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { GatewayEnv } from '../config/env';
import { passStands, signPass } from './waiting-pass';

/** The one room there is: in front of exam applications, shared by every institute (one examination service). */
export const EXAM_APPLICATIONS_ROOM = 'exam-applications';

/** How long a waiting place lives without its holder asking about it (a closed phone gives it up). */
const PLACE_TTL_SECONDS = 30 * 60;

/**
 * 대기열 (waiting room): when more people submit exam applications than the examination service
 * sustains, the ones beyond its rate get a place in a queue shared by every gateway instance (Redis)
 * and are let in at that rate, in arrival order. Whoever is let in gets a pass for their submission.
 */
@Injectable()
export class WaitingRoom {
  constructor(
    @Inject(CACHE) private readonly cache: CacheStore,
    @Inject(SERVICE_ENV) private readonly env: GatewayEnv,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  get open(): boolean {
    return this.env.WAITING_ROOM_RATE > 0;
  }

  passStands(user: AuthUser, pass: string | undefined): boolean {
    return passStands(this.env.JWT_SECRET, EXAM_APPLICATIONS_ROOM, holderOf(user), pass, Math.floor(Date.now() / 1000));
  }

  /** A newcomer takes a place (or finds the one they hold); `join` false only looks. */
  async place(user: AuthUser, join: boolean): Promise<WaitingRoomView> {
    let place: QueuePlace | null;
    try {
      place = await this.cache.queuePlace(EXAM_APPLICATIONS_ROOM, holderOf(user), this.settings(), join);
    } catch (error) {
      // Without Redis the room cannot be kept fairly: let people through, the examination service's own door still sheds overload.
      this.logger.warn({ err: error }, 'waiting room unavailable; letting the request through');
      return this.admitted(user);
    }
    if (!place) return { queued: false, admitted: false, ahead: 0, estimatedWaitSeconds: 0, admittedPerSecond: this.env.WAITING_ROOM_RATE };
    if (place.admitted) {
      await this.cache.keepTicket(EXAM_APPLICATIONS_ROOM, holderOf(user), this.env.WAITING_ROOM_PASS_SECONDS).catch(() => undefined);
      return { ...this.admitted(user), ticket: place.ticket };
    }
    return {
      queued: true,
      ticket: place.ticket,
      admitted: false,
      ahead: place.ahead,
      estimatedWaitSeconds: Math.max(1, Math.ceil((place.ticket - place.served) / this.env.WAITING_ROOM_RATE)),
      admittedPerSecond: this.env.WAITING_ROOM_RATE,
    };
  }

  private admitted(user: AuthUser): WaitingRoomView {
    const seconds = this.env.WAITING_ROOM_PASS_SECONDS;
    return {
      queued: true,
      admitted: true,
      ahead: 0,
      estimatedWaitSeconds: 0,
      admittedPerSecond: this.env.WAITING_ROOM_RATE,
      pass: signPass(this.env.JWT_SECRET, EXAM_APPLICATIONS_ROOM, holderOf(user), Math.floor(Date.now() / 1000) + seconds),
      passSeconds: seconds,
    };
  }

  private settings() {
    return { ratePerSecond: this.env.WAITING_ROOM_RATE, burst: this.env.WAITING_ROOM_BURST, ttlSeconds: PLACE_TTL_SECONDS };
  }
}

const holderOf = (user: AuthUser) => `${user.tenantId}:${user.userId}`;
