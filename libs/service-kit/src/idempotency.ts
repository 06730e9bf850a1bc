import { CallHandler, ExecutionContext, HttpException, NestInterceptor, SetMetadata } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import type { AuthUser } from './auth';
import { CacheStore } from './cache';
import type { BaseEnv } from './config';
import { CodedException, fieldError, invalidInput } from './errors';
import { KeptAnswer, KeyedWrite, requestKeyQueries, WriteAlreadyKept } from './kept-answers';
import { currentContext } from './request-context';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
/** Letters, digits, - and _, 8 to 100 of them: a UUID, or the keys the exam application form always sent. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;
/** How long a finished write's answer is kept for a retry of it. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;
/**
 * How long a claim of a write being worked on lasts unless renewed: the instance working on it renews
 * it every `IDEMPOTENCY_RENEW_MS` for as long as it works (imports take minutes), so only a claim
 * of a process that died mid-write is left, and it expires within this time; a retry then runs.
 */
export const IDEMPOTENCY_RUNNING_TTL_SECONDS = 30;
export const IDEMPOTENCY_RENEW_MS = 10_000;
const IN_PROGRESS_RETRY_SECONDS = 1;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Routes that keep their own keys in their own tables (the exam application): the kit leaves them be. */
export const OWN_IDEMPOTENCY = 'baeum:own-idempotency';
export const OwnIdempotency = () => SetMetadata(OWN_IDEMPOTENCY, true);

type Entry =
  { state: 'running'; fingerprint: string } | { state: 'done'; fingerprint: string; status: number; body: unknown; failed: boolean };

/** What makes two requests the same one: the operation and its exact body (JSON or file bytes). */
export function fingerprintOf(req: Pick<Request, 'method' | 'originalUrl' | 'body'>): string {
  const hash = createHash('sha256').update(`${req.method} ${req.originalUrl}\n`);
  if (Buffer.isBuffer(req.body)) hash.update(req.body);
  else hash.update(JSON.stringify(req.body ?? null));
  return hash.digest('base64url');
}

/** The cache key of one user's key: per tenant and user (the cache itself is per service). */
export const idempotencyEntryKey = (user: Pick<AuthUser, 'tenantId' | 'userId'>, key: string) =>
  `idem:${user.tenantId}:${user.userId}:${key}`;

/**
 * Makes a signed-in caller's writes safe to send again. A POST, PUT, PATCH or DELETE with an
 * `Idempotency-Key` header runs once: the first claims the key, runs, and its final answer (a
 * success, or a refusal of 4xx) is kept for 24 hours and replayed, unchanged and marked
 * `Idempotent-Replayed: true`, to any repeat with the same body; a repeat while it is still
 * running is answered 409 `REQUEST.IN_PROGRESS` with Retry-After; the same key with another body
 * or operation 422 `REQUEST.KEY_REUSED`. An answer of 5xx (overload, a fault) is not kept: the
 * key is freed and a retry runs anew. Requests without the header, anonymous ones, and
 * handlers that write the response themselves (streams) run as before. ADR 0012 says what this
 * guarantees and what it does not.
 */
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly slowKey: string | undefined;
  private readonly slowMs: number;

  constructor(
    private readonly cache: CacheStore,
    private readonly reflector: Reflector,
    env?: Pick<BaseEnv, 'NODE_ENV' | 'FAULT_SLOW_IDEMPOTENCY_KEY' | 'FAULT_SLOW_MS'>,
    /** The service's database, where each keyed write's first transaction keeps its key (kept-answers.ts). */
    private readonly database?: () => DataSource,
  ) {
    const faults = env && env.NODE_ENV !== 'production';
    this.slowKey = faults ? env.FAULT_SLOW_IDEMPOTENCY_KEY : undefined;
    this.slowMs = faults ? (env.FAULT_SLOW_MS ?? 0) : 0;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const key = req.header(IDEMPOTENCY_HEADER);
    if (key === undefined || !WRITES.has(req.method) || !req.user) return next.handle();
    if (this.reflector.getAllAndOverride<boolean>(OWN_IDEMPOTENCY, [context.getHandler(), context.getClass()])) return next.handle();
    if (!IDEMPOTENCY_KEY_PATTERN.test(key))
      throw invalidInput([
        fieldError(IDEMPOTENCY_HEADER, 'VALIDATION.FORMAT', undefined, '영문·숫자·-·_ 8~100자 / 8–100 letters, digits, - or _'),
      ]);
    const res = context.switchToHttp().getResponse<Response>();
    const write: Omit<KeyedWrite, 'state'> = {
      tenantId: req.user.tenantId,
      userId: req.user.userId,
      key,
      fingerprint: fingerprintOf(req),
      status: this.reflector.get<number>(HTTP_CODE_METADATA, context.getHandler()) ?? (req.method === 'POST' ? 201 : 200),
    };
    return from(this.once(idempotencyEntryKey(req.user, key), write, res, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }

  private async once(entryKey: string, keyed: Omit<KeyedWrite, 'state'>, res: Response, run: () => Promise<unknown>): Promise<unknown> {
    const { fingerprint, key } = keyed;
    const running: Entry = { state: 'running', fingerprint };
    let claimed: boolean;
    try {
      claimed = await this.cache.claim(entryKey, JSON.stringify(running), IDEMPOTENCY_RUNNING_TTL_SECONDS);
    } catch {
      // Without the cache a repeat could not be recognised: not now, rather than perhaps twice.
      throw tryAgainShortly();
    }
    if (!claimed) return this.repeat(entryKey, keyed, res, run);
    let result: unknown;
    const write: KeyedWrite = { ...keyed, state: 'open' };
    const context = currentContext();
    if (context && this.database) context.keyedWrite = write;
    const renewal = this.renewWhileRunning(entryKey, JSON.stringify(running));
    try {
      result = await run();
      if (key === this.slowKey && this.slowMs > 0) await new Promise((resolve) => setTimeout(resolve, this.slowMs));
    } catch (error) {
      await renewal.stop();
      const kept = await this.keptBeforeThisTry(write, error);
      const committed = write.state === 'kept';
      write.state = 'closed';
      if (kept) {
        const done: Entry = { state: 'done', fingerprint, status: kept.status, body: kept.body, failed: kept.status >= 400 };
        await this.keep(entryKey, done);
        return replay(done, res);
      }
      const status = error instanceof HttpException ? error.getStatus() : 500;
      if (status >= 500 || !(error instanceof HttpException)) {
        await this.cache.delete(entryKey).catch(() => undefined);
        if (committed) await requestKeyQueries.forget(this.database!(), write).catch(() => undefined);
      } else {
        await this.keep(entryKey, { state: 'done', fingerprint, status, body: error.getResponse(), failed: true });
        // Refused after a transaction committed: the refusal, not that transaction's result, is the answer to replay.
        if (committed)
          await requestKeyQueries.answer(this.database!(), write, status, JSON.stringify(error.getResponse())).catch(() => undefined);
      }
      throw error;
    }
    await renewal.stop();
    const committed = write.state === 'kept';
    write.state = 'closed';
    // A handler that wrote its own answer (a stream) left nothing here to keep.
    if (res.headersSent) await this.cache.delete(entryKey).catch(() => undefined);
    else {
      // The answer's JSON once: the transaction's, when the handler answers with its result.
      const answer = committed && result === write.keptResult && write.keptBody ? write.keptBody : JSON.stringify(result ?? null);
      if (committed && answer !== write.keptBody) await this.answerBesideKey(write, answer);
      await this.keep(entryKey, { state: 'done', fingerprint, status: res.statusCode, body: result ?? null, failed: false }, answer);
    }
    return result;
  }

  /**
   * The answer of an earlier try that committed this key, when this try was refused: its transaction
   * found the key taken (the earlier try's process died before Redis heard its answer), or a check
   * before any transaction refused what the earlier try had already done.
   */
  private async keptBeforeThisTry(write: KeyedWrite, error: unknown): Promise<KeptAnswer | undefined> {
    const refusedBeforeCommitting = error instanceof HttpException && error.getStatus() < 500 && write.state === 'open';
    if (!this.database || !(error instanceof WriteAlreadyKept || refusedBeforeCommitting)) return undefined;
    let kept: KeptAnswer | undefined;
    try {
      kept = await requestKeyQueries.find(this.database(), write);
    } catch {
      if (!(error instanceof WriteAlreadyKept)) return undefined;
      throw tryAgainShortly();
    }
    if (kept && kept.fingerprint !== write.fingerprint) throw keyReused();
    return kept;
  }

  /** A handler that answered other than its transaction's result: a retry after a crash replays what it answered. */
  private async answerBesideKey(write: KeyedWrite, answer: string): Promise<void> {
    await requestKeyQueries.answer(this.database!(), write, write.status, answer).catch(() => undefined);
  }

  /** A repeat of a key already claimed: the kept answer, or why there is none yet. */
  private async repeat(entryKey: string, keyed: Omit<KeyedWrite, 'state'>, res: Response, run: () => Promise<unknown>): Promise<unknown> {
    const { fingerprint } = keyed;
    const text = await this.cache.get(entryKey);
    // Freed (its first try failed) or expired in between: this one is the first now.
    if (text === null) return this.once(entryKey, keyed, res, run);
    const entry = JSON.parse(text) as Entry;
    if (entry.fingerprint !== fingerprint) throw keyReused();
    if (entry.state === 'running')
      throw new CodedException(409, 'REQUEST.IN_PROGRESS', {
        params: { retryAfterSeconds: IN_PROGRESS_RETRY_SECONDS },
        message: '같은 요청을 처리하고 있습니다 / The same request is still being worked on; ask again shortly',
      });
    return replay(entry, res);
  }

  /** Renews the claim until stopped; stopping waits for a renewal under way, so none lands after the answer is kept. */
  private renewWhileRunning(entryKey: string, running: string): { stop(): Promise<void> } {
    let last: Promise<void> = Promise.resolve();
    const timer = setInterval(() => {
      last = last.then(() => this.cache.set(entryKey, running, IDEMPOTENCY_RUNNING_TTL_SECONDS)).catch(() => undefined);
    }, IDEMPOTENCY_RENEW_MS);
    timer.unref();
    return {
      async stop() {
        clearInterval(timer);
        await last;
      },
    };
  }

  /** Keeps a finished write's answer; `bodyJson`, when given, is its body already serialised. */
  private async keep(entryKey: string, entry: Entry & { state: 'done' }, bodyJson?: string): Promise<void> {
    const { body, ...rest } = entry;
    // The body's JSON goes in as it is, rather than serialising a large answer once more.
    const text = `${JSON.stringify(rest).slice(0, -1)},"body":${bodyJson ?? JSON.stringify(body ?? null)}}`;
    // The write is done; failing to keep its answer must not turn it into an error (ADR 0012).
    await this.cache.set(entryKey, text, IDEMPOTENCY_TTL_SECONDS).catch(() => undefined);
  }
}

/** A kept answer given again: a refusal thrown as it was, a success returned, both marked as replayed. */
function replay(entry: Entry & { state: 'done' }, res: Response): unknown {
  res.setHeader('Idempotent-Replayed', 'true');
  if (entry.failed) throw new HttpException(entry.body as object, entry.status);
  return entry.body;
}

/** The key cannot be checked now (its cache or database away): not now, rather than perhaps twice. */
const tryAgainShortly = () =>
  new CodedException(503, 'UNAVAILABLE', {
    params: { retryAfterSeconds: IN_PROGRESS_RETRY_SECONDS },
    message: '잠시 후 다시 시도하세요 / Try again shortly',
  });

const keyReused = () =>
  new CodedException(422, 'REQUEST.KEY_REUSED', {
    field: IDEMPOTENCY_HEADER,
    message: '이 키는 다른 요청에 이미 쓰였습니다 / This Idempotency-Key was used for a different request',
  });
