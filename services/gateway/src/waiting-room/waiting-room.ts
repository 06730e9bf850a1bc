import { WaitingRoomView } from '@baeum/api';
import { AuthUser, CACHE, CacheStore, LOGGER, QueuePlace, SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { Response } from 'express';
import { IntervalHistogram, monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import type { GatewayEnv } from '../config/env';
import { floorRate, rateFactor } from './admission-rate';
import { passStands, signPass } from './waiting-pass';

/** The one room there is: in front of exam applications, shared by every institute (one examination service). */
export const EXAM_APPLICATIONS_ROOM = 'exam-applications';

/** How long a waiting place lives without its holder asking about it (a closed phone gives it up). */
const PLACE_TTL_SECONDS = 30 * 60;
/** How often the rate follows the submissions let in: short, so a burst that slows the service is met within a second. */
const ADJUST_EVERY_MS = 500;

/**
 * 대기열 (waiting room): when more people submit exam applications than the examination service
 * sustains, the ones beyond its rate get a place in a queue shared by every gateway instance (Redis)
 * and are let in at that rate, in arrival order. Each holder gets a pass for their submission that
 * opens at their turn, so a queue of thousands of phones need not keep asking (which would itself
 * become the load the room holds back): they wait out the estimate and submit.
 *
 * The rate is a ceiling: each instance times the submissions it lets in and slows the shared rate
 * when they answer slower than WAITING_ROOM_TARGET_MS (the service shares its cores with the
 * consumers of what it has just accepted), and speeds it back up when they answer well under it.
 * Turns are told as if admission moved at the ceiling; a pass that opens before admission has reached
 * its holder's ticket lets them in only then, and meanwhile they are told their new turn.
 */
@Injectable()
export class WaitingRoom implements OnModuleInit, OnModuleDestroy {
  /** Submissions let in and still running (when each began), and those finished since the last adjustment (how long each took). */
  private readonly running = new Set<{ startedAt: number }>();
  private finished: number[] = [];
  private adjusting?: NodeJS.Timeout;
  /**
   * How late this instance's event loop runs: a submission arriving meanwhile waits that long before
   * it is even seen (the arrivals the room turns away cost the gateway too), so it counts with the time timed.
   */
  private readonly loopDelay: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });
  /** The room's rate as last read from the shared state (0 until then). */
  private rate = 0;

  constructor(
    @Inject(CACHE) private readonly cache: CacheStore,
    @Inject(SERVICE_ENV) private readonly env: GatewayEnv,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  get open(): boolean {
    return this.env.WAITING_ROOM_RATE > 0;
  }

  onModuleInit() {
    if (this.open && this.env.WAITING_ROOM_TARGET_MS > 0) {
      this.loopDelay.enable();
      this.adjusting = setInterval(() => void this.adjust(), ADJUST_EVERY_MS);
      this.adjusting.unref();
    }
  }

  onModuleDestroy() {
    clearInterval(this.adjusting);
    this.loopDelay.disable();
  }

  /** Times a submission let in, from now until its answer is sent (a dropped connection is not an answer). */
  track(response: Response) {
    // A fixed rate follows nothing: keeping the times would only grow memory.
    if (!this.adjusting) return;
    const submission = { startedAt: performance.now() };
    this.running.add(submission);
    response.once('finish', () => this.finished.push(performance.now() - submission.startedAt));
    response.once('close', () => this.running.delete(submission));
  }

  private async adjust() {
    const now = performance.now();
    const lateMs = this.loopDelay.percentile(95) / 1e6;
    this.loopDelay.reset();
    const latencies = [...this.finished, ...[...this.running].map((s) => now - s.startedAt)].map((ms) => ms + lateMs);
    this.finished = [];
    const factor = rateFactor(latencies, this.env.WAITING_ROOM_TARGET_MS);
    if (factor === 1 || (factor > 1 && this.rate >= this.env.WAITING_ROOM_RATE)) return;
    try {
      this.rate = await this.cache.adjustQueueRate(EXAM_APPLICATIONS_ROOM, this.settings(), factor, floorRate(this.env.WAITING_ROOM_RATE));
    } catch (error) {
      this.logger.warn({ err: error }, 'waiting room rate not adjusted');
    }
  }

  /** The rate told to people: the shared one as last read, the ceiling until it has been. */
  private get shownRate(): number {
    return this.rate || this.env.WAITING_ROOM_RATE;
  }

  passStands(user: AuthUser, pass: string | undefined): boolean {
    return passStands(this.env.JWT_SECRET, EXAM_APPLICATIONS_ROOM, holderOf(user), pass, Math.floor(Date.now() / 1000));
  }

  /** A newcomer takes a place (or finds the one they hold); `join` false only looks. */
  async place(user: AuthUser, join: boolean): Promise<WaitingRoomView> {
    let place: QueuePlace | null;
    try {
      // An admitted holder keeps their ticket as long as the pass they are given.
      place = await this.cache.queuePlace(
        EXAM_APPLICATIONS_ROOM,
        holderOf(user),
        this.settings(),
        join,
        this.env.WAITING_ROOM_PASS_SECONDS,
      );
    } catch (error) {
      // Without Redis the room cannot be kept fairly: let people through, the examination service's own door still sheds overload.
      this.logger.warn({ err: error }, 'waiting room unavailable; letting the request through');
      return this.admitted(user);
    }
    if (place) this.rate = place.ratePerSecond;
    if (!place)
      return {
        queued: false,
        admitted: false,
        ahead: 0,
        estimatedWaitSeconds: 0,
        admittedPerSecond: this.shownRate,
      };
    if (place.admitted) return { ...this.admitted(user), ticket: place.ticket };
    return this.waiting(user, place);
  }

  /**
   * Whether a holder whose pass has opened goes on now: null when admission has reached their ticket
   * (or they hold none any more, or Redis is away), else their place with the new turn.
   */
  async turnCame(user: AuthUser): Promise<WaitingRoomView | null> {
    const place = await this.cache.queuePlace(EXAM_APPLICATIONS_ROOM, holderOf(user), this.settings(), false).catch(() => null);
    if (place) this.rate = place.ratePerSecond;
    return !place || place.admitted ? null : this.waiting(user, place);
  }

  /**
   * The holder's turn if admission moves at the room's ceiling from now: their pass opens then (rounded up to
   * the second). Reckoned at the ceiling, not at the rate of the moment: a turn told too early costs one
   * more cheap refusal at the door with the turn told again, while one told at a rate that has since
   * climbed back would keep people waiting with nobody coming in.
   */
  private waiting(user: AuthUser, place: QueuePlace): WaitingRoomView {
    const nowMs = Date.now();
    const opensAt = Math.ceil((nowMs + ((place.ticket - place.served) * 1000) / this.env.WAITING_ROOM_RATE) / 1000);
    return {
      queued: true,
      ticket: place.ticket,
      admitted: false,
      ahead: place.ahead,
      estimatedWaitSeconds: Math.max(1, Math.ceil(opensAt - nowMs / 1000)),
      admittedPerSecond: place.ratePerSecond,
      ...this.pass(user, opensAt),
    };
  }

  private admitted(user: AuthUser): WaitingRoomView {
    return {
      queued: true,
      admitted: true,
      ahead: 0,
      estimatedWaitSeconds: 0,
      admittedPerSecond: this.shownRate,
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
    return {
      ratePerSecond: this.env.WAITING_ROOM_RATE,
      adaptive: this.env.WAITING_ROOM_TARGET_MS > 0,
      burst: this.env.WAITING_ROOM_BURST,
      ttlSeconds: PLACE_TTL_SECONDS,
    };
  }
}

const holderOf = (user: AuthUser) => `${user.tenantId}:${user.userId}`;
