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

describe('a waiting room in the memory store', () => {
  const settings = { ratePerSecond: 10, adaptive: false, burst: 2, ttlSeconds: 60 };

  it('lets a burst in at once, then one ticket per 1/rate seconds, in arrival order, the same place on asking again', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-05T00:00:00Z') });
    const cache = new MemoryCacheStore();
    const places = [];
    for (const holder of ['a', 'b', 'c', 'd', 'e']) places.push(await cache.queuePlace('exam', holder, settings, true));
    expect(places.map((p) => [p!.ticket, p!.admitted, p!.ahead])).toEqual([
      [1, true, 0],
      [2, true, 0],
      [3, false, 0],
      [4, false, 1],
      [5, false, 2],
    ]);
    // A reload: the same ticket, not a new one at the back.
    expect(await cache.queuePlace('exam', 'd', settings, true)).toMatchObject({ ticket: 4, admitted: false });
    // Someone only asking, who never joined, holds no place.
    expect(await cache.queuePlace('exam', 'z', settings, false)).toBeNull();
    jest.setSystemTime(new Date('2026-12-05T00:00:00.100Z'));
    expect(await cache.queuePlace('exam', 'c', settings, false)).toMatchObject({ ticket: 3, admitted: true });
    expect(await cache.queuePlace('exam', 'd', settings, false)).toMatchObject({ ticket: 4, admitted: false, ahead: 0 });
    jest.setSystemTime(new Date('2026-12-05T00:00:00.300Z'));
    expect(await cache.queuePlace('exam', 'e', settings, false)).toMatchObject({ ticket: 5, admitted: true });
    // Quiet time saves up at most a burst: after a minute, two are let in at once, not six hundred.
    jest.setSystemTime(new Date('2026-12-05T00:01:00Z'));
    const after = [];
    for (const holder of ['f', 'g', 'h']) after.push(await cache.queuePlace('exam', holder, settings, true));
    expect(after.map((p) => p!.admitted)).toEqual([true, true, false]);
    jest.useRealTimers();
  });
  it('keeps an admitted holder’s ticket as long as asked (the pass), longer or shorter than a waiting one’s', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-05T00:00:00Z') });
    const cache = new MemoryCacheStore();
    // Both admitted in the burst: one keeps the ticket ten minutes, one five seconds.
    expect(await cache.queuePlace('exam', 'long', settings, true, 600)).toMatchObject({ ticket: 1, admitted: true });
    expect(await cache.queuePlace('exam', 'short', settings, true, 5)).toMatchObject({ ticket: 2, admitted: true });
    // A waiting holder's ticket lives the room's minute whatever is asked for the admitted.
    expect(await cache.queuePlace('exam', 'waiting', { ...settings, ratePerSecond: 0.001 }, true, 600)).toMatchObject({ admitted: false });
    jest.setSystemTime(new Date('2026-12-05T00:00:06Z'));
    expect(await cache.queuePlace('exam', 'short', settings, false)).toBeNull();
    jest.setSystemTime(new Date('2026-12-05T00:02:00Z'));
    expect(await cache.queuePlace('exam', 'long', settings, false)).toMatchObject({ ticket: 1, admitted: true });
    expect(await cache.queuePlace('exam', 'waiting', settings, false)).toBeNull();
    jest.useRealTimers();
  });
  it('keeps a waiting holder’s ticket while they keep asking, past the room’s time from joining', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-05T00:00:00Z') });
    const cache = new MemoryCacheStore();
    const slow = { ...settings, ratePerSecond: 0.001, burst: 1 };
    expect(await cache.queuePlace('exam', 'first', slow, true)).toMatchObject({ ticket: 1, admitted: true });
    expect(await cache.queuePlace('exam', 'patient', slow, true)).toMatchObject({ ticket: 2, admitted: false });
    expect(await cache.queuePlace('exam', 'gone', slow, true)).toMatchObject({ ticket: 3, admitted: false });
    // 'patient' asks every 50 s; 'gone' closed the page. The room's time is 60 s.
    for (const second of [50, 100, 150]) {
      jest.setSystemTime(new Date(Date.parse('2026-12-05T00:00:00Z') + second * 1000));
      expect(await cache.queuePlace('exam', 'patient', slow, false)).toMatchObject({ ticket: 2, admitted: false });
    }
    expect(await cache.queuePlace('exam', 'gone', slow, false)).toBeNull();
    jest.useRealTimers();
  });
});
