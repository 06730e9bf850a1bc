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
 * and are let in at that rate, in arrival order. Each holder gets a pass for their submission that
 * opens at their turn, so a queue of thousands of phones need not keep asking (which would itself
 * become the load the room holds back): they wait out the estimate and submit.
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
    // Admission moves at the rate, so the holder's turn is known now: their pass opens then (rounded up to the second).
    const nowMs = Date.now();
    const opensAt = Math.ceil((nowMs + ((place.ticket - place.served) * 1000) / this.env.WAITING_ROOM_RATE) / 1000);
    return {
      queued: true,
      ticket: place.ticket,
      admitted: false,
      ahead: place.ahead,
      estimatedWaitSeconds: Math.max(1, Math.ceil(opensAt - nowMs / 1000)),
      admittedPerSecond: this.env.WAITING_ROOM_RATE,
      ...this.pass(user, opensAt),
    };
  }

  private admitted(user: AuthUser): WaitingRoomView {
    return {
      queued: true,
      admitted: true,
      ahead: 0,
      estimatedWaitSeconds: 0,
      admittedPerSecond: this.env.WAITING_ROOM_RATE,
      ...this.pass(user, Math.floor(Date.now() / 1000)),
    };
  }

  private pass(user: AuthUser, opensAt: number): Pick<WaitingRoomView, 'pass' | 'passSeconds'> {
    const seconds = this.env.WAITING_ROOM_PASS_SECONDS;
    return {
      pass: signPass(this.env.JWT_SECRET, EXAM_APPLICATIONS_ROOM, holderOf(user), { opensAt, expiresAt: opensAt + seconds }),
      passSeconds: seconds,
    };
  }

  private settings() {
    return { ratePerSecond: this.env.WAITING_ROOM_RATE, burst: this.env.WAITING_ROOM_BURST, ttlSeconds: PLACE_TTL_SECONDS };
  }
}

const holderOf = (user: AuthUser) => `${user.tenantId}:${user.userId}`;
