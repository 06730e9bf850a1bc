import Redis from 'ioredis';

/** The few cache operations services need: hot reads and fixed-window rate limits. */
export interface CacheStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Writes many entries at once (one round trip per batch), each living `ttlSeconds`. */
  setMany(entries: [key: string, value: string][], ttlSeconds: number): Promise<void>;
  /** Increments a counter that expires `ttlSeconds` after its first increment; returns the new count. */
  incrementWindow(key: string, ttlSeconds: number): Promise<number>;
  /** Sets the key only if it is absent (one caller wins); true when this caller set it. */
  claim(key: string, value: string, ttlSeconds: number): Promise<boolean>;
  delete(key: string): Promise<void>;
  /**
   * A place in a waiting room shared by every instance: tickets in arrival order, let in at
   * `ratePerSecond` (up to `burst` at once after a quiet spell). The holder keeps one ticket while it
   * lives, so asking again (a reload) gives the same place; `join` false only reads it.
   */
  queuePlace(room: string, holder: string, settings: QueueSettings, join: boolean): Promise<QueuePlace | null>;
  /** Shortens or lengthens how long a holder's ticket lives (an admitted holder keeps it as long as the pass). */
  keepTicket(room: string, holder: string, ttlSeconds: number): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface QueueSettings {
  ratePerSecond: number;
  burst: number;
  /** How long a ticket (and the room's state) lives without being asked about. */
  ttlSeconds: number;
}

export interface QueuePlace {
  ticket: number;
  /** How far admission has come: tickets up to this are let in. */
  served: number;
  /** Tickets ahead of this one still waiting; 0 once admitted. */
  ahead: number;
  admitted: boolean;
}

/** A waiting room's state: tickets given (`tail`), how far admission has come (`served`), and when. */
export interface QueueState {
  tail: number;
  served: number;
  lastMs: number;
}

/**
 * Moves admission on by the time passed (at the rate, never further than `burst` past the last ticket,
 * so quiet time saves up at most a burst; a new room starts with one), then gives a newcomer the next ticket. The Lua script below
 * does the same inside Redis, atomically for every instance; the memory store runs this.
 */
export function advanceQueue(
  state: QueueState,
  nowMs: number,
  settings: QueueSettings,
  newcomer: boolean,
): { state: QueueState; ticket: number } {
  const tail = state.tail + (newcomer ? 1 : 0);
  const elapsed = Math.max(0, nowMs - state.lastMs);
  const served = Math.min(tail + settings.burst - (newcomer ? 1 : 0), state.served + (elapsed * settings.ratePerSecond) / 1000);
  return { state: { tail, served: Math.max(served, state.served), lastMs: nowMs }, ticket: newcomer ? tail : 0 };
}

const placeOf = (ticket: number, served: number): QueuePlace => ({
  ticket,
  served,
  ahead: ticket <= served ? 0 : Math.ceil(ticket - served) - 1,
  admitted: ticket <= served,
});

const QUEUE_SCRIPT = `
local room, holder = KEYS[1], KEYS[2]
local rate, burst, ttl, join = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4] == '1'
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local tail = tonumber(redis.call('HGET', room, 'tail') or '0')
local served = tonumber(redis.call('HGET', room, 'served') or tostring(burst))
local last = tonumber(redis.call('HGET', room, 'last') or tostring(now))
local ticket = tonumber(redis.call('GET', holder) or '0')
local newcomer = ticket == 0 and join
if newcomer then tail = tail + 1 end
local cap = tail + burst
if newcomer then cap = cap - 1 end
local elapsed = now - last
if elapsed < 0 then elapsed = 0 end
local moved = math.min(cap, served + elapsed * rate / 1000)
if moved > served then served = moved end
redis.call('HSET', room, 'tail', tail, 'served', tostring(served), 'last', now)
redis.call('EXPIRE', room, ttl)
if newcomer then
  ticket = tail
  redis.call('SET', holder, ticket, 'EX', ttl)
elseif ticket > 0 then
  redis.call('EXPIRE', holder, ttl, 'GT')
end
return {ticket, tostring(served)}
`;

/** Entries per pipeline in `setMany`: a round trip each, with a bounded reply in memory. */
const SET_MANY_BATCH = 1000;

export class RedisCacheStore implements CacheStore {
  private readonly redis: Redis;

  constructor(url: string, keyPrefix: string) {
    this.redis = new Redis(url, { keyPrefix, lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
    this.redis.on('error', () => undefined); // surfaced through readiness, not crashes
  }
  get(key: string) {
    return this.redis.get(key);
  }
  async set(key: string, value: string, ttlSeconds: number) {
    await this.redis.set(key, value, 'EX', ttlSeconds);
  }
  async setMany(entries: [key: string, value: string][], ttlSeconds: number) {
    for (let i = 0; i < entries.length; i += SET_MANY_BATCH) {
      const pipeline = this.redis.pipeline();
      for (const [key, value] of entries.slice(i, i + SET_MANY_BATCH)) pipeline.set(key, value, 'EX', ttlSeconds);
      for (const [error] of (await pipeline.exec()) ?? []) if (error) throw error;
    }
  }
  async incrementWindow(key: string, ttlSeconds: number) {
    const [[, count]] = (await this.redis.multi().incr(key).expire(key, ttlSeconds, 'NX').exec()) as [[Error | null, number]];
    return count;
  }
  async claim(key: string, value: string, ttlSeconds: number) {
    return (await this.redis.set(key, value, 'EX', ttlSeconds, 'NX')) === 'OK';
  }
  async delete(key: string) {
    await this.redis.del(key);
  }
  async queuePlace(room: string, holder: string, settings: QueueSettings, join: boolean): Promise<QueuePlace | null> {
    const [ticket, served] = (await this.redis.eval(
      QUEUE_SCRIPT,
      2,
      `queue:${room}`,
      `queue:${room}:holder:${holder}`,
      settings.ratePerSecond,
      settings.burst,
      settings.ttlSeconds,
      join ? '1' : '0',
    )) as [number, string];
    return ticket > 0 ? placeOf(ticket, Number(served)) : null;
  }
  async keepTicket(room: string, holder: string, ttlSeconds: number) {
    await this.redis.expire(`queue:${room}:holder:${holder}`, ttlSeconds);
  }
  async ping() {
    await this.redis.ping();
  }
  async close() {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** Embedded mode: one process, so an in-memory map is the cache. */
export class MemoryCacheStore implements CacheStore {
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();

  private live(key: string) {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= Date.now()) this.entries.delete(key);
    return this.entries.get(key);
  }
  async get(key: string) {
    return this.live(key)?.value ?? null;
  }
  async set(key: string, value: string, ttlSeconds: number) {
    this.entries.set(key, { value, expiresAt: Date.now() + ttlSeconds * 1000 });
  }
  async setMany(entries: [key: string, value: string][], ttlSeconds: number) {
    for (const [key, value] of entries) await this.set(key, value, ttlSeconds);
  }
  async incrementWindow(key: string, ttlSeconds: number) {
    const entry = this.live(key);
    const count = Number(entry?.value ?? 0) + 1;
    this.entries.set(key, { value: String(count), expiresAt: entry?.expiresAt ?? Date.now() + ttlSeconds * 1000 });
    return count;
  }
  async claim(key: string, value: string, ttlSeconds: number) {
    if (this.live(key)) return false;
    await this.set(key, value, ttlSeconds);
    return true;
  }
  async delete(key: string) {
    this.entries.delete(key);
  }
  private readonly rooms = new Map<string, QueueState>();
  async queuePlace(room: string, holder: string, settings: QueueSettings, join: boolean): Promise<QueuePlace | null> {
    const now = Date.now();
    const holderKey = `queue:${room}:holder:${holder}`;
    const held = Number((await this.get(holderKey)) ?? 0);
    const { state, ticket } = advanceQueue(
      this.rooms.get(room) ?? { tail: 0, served: settings.burst, lastMs: now },
      now,
      settings,
      held === 0 && join,
    );
    this.rooms.set(room, state);
    if (ticket > 0) await this.set(holderKey, String(ticket), settings.ttlSeconds);
    const mine = ticket || held;
    return mine > 0 ? placeOf(mine, state.served) : null;
  }
  async keepTicket(room: string, holder: string, ttlSeconds: number) {
    const key = `queue:${room}:holder:${holder}`;
    const held = await this.get(key);
    if (held !== null) await this.set(key, held, ttlSeconds);
  }
  async ping() {}
  async close() {
    this.entries.clear();
  }
}

export function createCacheStore(url: string, keyPrefix: string, service: string): CacheStore {
  return url === 'memory' ? new MemoryCacheStore() : new RedisCacheStore(url, `${keyPrefix}${service}:`);
}
