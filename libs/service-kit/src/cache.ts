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
   * lives, so asking again (a reload) gives the same place; `join` false only reads it. An admitted
   * holder's ticket then lives `admittedTicketSeconds` (the pass they are given), when that is set.
   */
  queuePlace(
    room: string,
    holder: string,
    settings: QueueSettings,
    join: boolean,
    admittedTicketSeconds?: number,
  ): Promise<QueuePlace | null>;
  /**
   * Changes the room's rate by `factor` (kept between `floorPerSecond` and the settings' rate, its
   * ceiling), for every instance at once: admission moves at the old rate up to now, at the new one after.
   * Returns the new rate.
   */
  adjustQueueRate(room: string, settings: QueueSettings, factor: number, floorPerSecond: number): Promise<number>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface QueueSettings {
  /** The most admitted per second; the room starts at it and never goes above it. */
  ratePerSecond: number;
  /** Whether the room moves at the rate `adjustQueueRate` last set (else always at `ratePerSecond`). */
  adaptive: boolean;
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
  /** The rate admission moves at now. */
  ratePerSecond: number;
}

/** A waiting room's state: tickets given (`tail`), how far admission has come (`served`), when, and at what rate. */
export interface QueueState {
  tail: number;
  served: number;
  lastMs: number;
  rate: number;
}

const newRoom = (nowMs: number, settings: QueueSettings): QueueState => ({
  tail: 0,
  served: settings.burst,
  lastMs: nowMs,
  rate: settings.ratePerSecond,
});

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
  const rate = settings.adaptive ? Math.min(state.rate, settings.ratePerSecond) : settings.ratePerSecond;
  const elapsed = Math.max(0, nowMs - state.lastMs);
  const served = Math.min(tail + settings.burst - (newcomer ? 1 : 0), state.served + (elapsed * rate) / 1000);
  return { state: { tail, served: Math.max(served, state.served), lastMs: nowMs, rate }, ticket: newcomer ? tail : 0 };
}

/** Moves admission on to now at the old rate, then sets the new one (`adjustQueueRate`; the Lua script does the same). */
export function adjustRate(state: QueueState, nowMs: number, settings: QueueSettings, factor: number, floorPerSecond: number): QueueState {
  const moved = advanceQueue(state, nowMs, settings, false).state;
  return { ...moved, rate: Math.min(settings.ratePerSecond, Math.max(floorPerSecond, moved.rate * factor)) };
}

const placeOf = (ticket: number, served: number, ratePerSecond: number): QueuePlace => ({
  ticket,
  served,
  ahead: ticket <= served ? 0 : Math.ceil(ticket - served) - 1,
  admitted: ticket <= served,
  ratePerSecond,
});

/** The room's state read and moved on to now, as `advanceQueue`: shared by the two scripts below. */
const ADVANCE_LUA = `
local room = KEYS[1]
local ceiling, burst, ttl, adaptive = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4] == '1'
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local tail = tonumber(redis.call('HGET', room, 'tail') or '0')
local served = tonumber(redis.call('HGET', room, 'served') or tostring(burst))
local last = tonumber(redis.call('HGET', room, 'last') or tostring(now))
local rate = tonumber(redis.call('HGET', room, 'rate') or ARGV[1])
if rate > ceiling or not adaptive then rate = ceiling end
local function advance(newcomer)
  if newcomer then tail = tail + 1 end
  local cap = tail + burst
  if newcomer then cap = cap - 1 end
  local elapsed = now - last
  if elapsed < 0 then elapsed = 0 end
  local moved = math.min(cap, served + elapsed * rate / 1000)
  if moved > served then served = moved end
end
local function store()
  redis.call('HSET', room, 'tail', tail, 'served', tostring(served), 'last', now, 'rate', tostring(rate))
  redis.call('EXPIRE', room, ttl)
end
`;

const QUEUE_SCRIPT = `${ADVANCE_LUA}
local holder = KEYS[2]
local join = ARGV[5] == '1'
local ticket = tonumber(redis.call('GET', holder) or '0')
local newcomer = ticket == 0 and join
advance(newcomer)
store()
if newcomer then
  ticket = tail
  redis.call('SET', holder, ticket, 'EX', ttl)
elseif ticket > 0 then
  redis.call('EXPIRE', holder, ttl, 'GT')
end
local admittedTtl = tonumber(ARGV[6])
if admittedTtl > 0 and ticket > 0 and ticket <= served then
  redis.call('EXPIRE', holder, admittedTtl)
end
return {ticket, tostring(served), tostring(rate)}
`;

const RATE_SCRIPT = `${ADVANCE_LUA}
local factor, floor = tonumber(ARGV[5]), tonumber(ARGV[6])
advance(false)
rate = math.min(ceiling, math.max(floor, rate * factor))
store()
return tostring(rate)
`;

/** Entries per pipeline in `setMany`: a round trip each, with a bounded reply in memory. */
const SET_MANY_BATCH = 1000;

export class RedisCacheStore implements CacheStore {
  private readonly redis: Redis;

  constructor(url: string, keyPrefix: string) {
    // Auto-pipelining: the commands of every request in one turn of the event loop go out in one write
    // (a socket write per command was a tenth of the gateway's time on result day, bench/examination).
    this.redis = new Redis(url, {
      keyPrefix,
      lazyConnect: false,
      maxRetriesPerRequest: 2,
      enableOfflineQueue: true,
      enableAutoPipelining: true,
    });
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
  /**
   * Two commands that go in one write (auto-pipelining), not a transaction: every increment also sets
   * the expiry if the key has none, so one that failed to is set by the next.
   */
  async incrementWindow(key: string, ttlSeconds: number) {
    const [count] = await Promise.all([this.redis.incr(key), this.redis.expire(key, ttlSeconds, 'NX')]);
    return count;
  }
  async claim(key: string, value: string, ttlSeconds: number) {
    return (await this.redis.set(key, value, 'EX', ttlSeconds, 'NX')) === 'OK';
  }
  async delete(key: string) {
    await this.redis.del(key);
  }
  async queuePlace(room: string, holder: string, settings: QueueSettings, join: boolean, admittedTicketSeconds = 0) {
    const [ticket, served, rate] = (await this.redis.eval(
      QUEUE_SCRIPT,
      2,
      `queue:${room}`,
      `queue:${room}:holder:${holder}`,
      settings.ratePerSecond,
      settings.burst,
      settings.ttlSeconds,
      settings.adaptive ? '1' : '0',
      join ? '1' : '0',
      admittedTicketSeconds,
    )) as [number, string, string];
    return ticket > 0 ? placeOf(ticket, Number(served), Number(rate)) : null;
  }
  async adjustQueueRate(room: string, settings: QueueSettings, factor: number, floorPerSecond: number) {
    const rate = (await this.redis.eval(
      RATE_SCRIPT,
      1,
      `queue:${room}`,
      settings.ratePerSecond,
      settings.burst,
      settings.ttlSeconds,
      settings.adaptive ? '1' : '0',
      factor,
      floorPerSecond,
    )) as string;
    return Number(rate);
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
  async queuePlace(room: string, holder: string, settings: QueueSettings, join: boolean, admittedTicketSeconds = 0) {
    const now = Date.now();
    const holderKey = `queue:${room}:holder:${holder}`;
    const held = Number((await this.get(holderKey)) ?? 0);
    const { state, ticket } = advanceQueue(this.rooms.get(room) ?? newRoom(now, settings), now, settings, held === 0 && join);
    this.rooms.set(room, state);
    const mine = ticket || held;
    if (mine === 0) return null;
    const place = placeOf(mine, state.served, state.rate);
    // As the script, in one write: asking again never shortens a ticket (EXPIRE GT), and an admitted
    // holder's lives exactly as long as their pass.
    const pass = place.admitted && admittedTicketSeconds > 0;
    const kept = this.live(holderKey)?.expiresAt ?? 0;
    const expiresAt = pass ? now + admittedTicketSeconds * 1000 : Math.max(kept, now + settings.ttlSeconds * 1000);
    this.entries.set(holderKey, { value: String(mine), expiresAt });
    return place;
  }
  async adjustQueueRate(room: string, settings: QueueSettings, factor: number, floorPerSecond: number) {
    const now = Date.now();
    const state = adjustRate(this.rooms.get(room) ?? newRoom(now, settings), now, settings, factor, floorPerSecond);
    this.rooms.set(room, state);
    return state.rate;
  }
  async ping() {}
  async close() {
    this.entries.clear();
  }
}

export function createCacheStore(url: string, keyPrefix: string, service: string): CacheStore {
  return url === 'memory' ? new MemoryCacheStore() : new RedisCacheStore(url, `${keyPrefix}${service}:`);
}
