import Redis from 'ioredis';

/** The few cache operations services need: hot reads and fixed-window rate limits. */
export interface CacheStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Increments a counter that expires `ttlSeconds` after its first increment; returns the new count. */
  incrementWindow(key: string, ttlSeconds: number): Promise<number>;
  /** Sets the key only if it is absent (one caller wins); true when this caller set it. */
  claim(key: string, value: string, ttlSeconds: number): Promise<boolean>;
  delete(key: string): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

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
  async ping() {}
  async close() {
    this.entries.clear();
  }
}

export function createCacheStore(url: string, keyPrefix: string, service: string): CacheStore {
  return url === 'memory' ? new MemoryCacheStore() : new RedisCacheStore(url, `${keyPrefix}${service}:`);
}
