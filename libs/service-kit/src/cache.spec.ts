import { MemoryCacheStore } from './cache';

describe('MemoryCacheStore', () => {
  it('counts within a window and starts again after it expires', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-22T00:00:00Z') });
    const cache = new MemoryCacheStore();
    expect(await cache.incrementWindow('login:a', 300)).toBe(1);
    expect(await cache.incrementWindow('login:a', 300)).toBe(2);
    jest.setSystemTime(new Date('2026-11-22T00:05:01Z'));
    expect(await cache.incrementWindow('login:a', 300)).toBe(1);
    jest.useRealTimers();
  });
});
