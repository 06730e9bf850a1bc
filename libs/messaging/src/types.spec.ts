import { backoffMs, DEFAULT_RETRY } from './types';

describe('backoffMs', () => {
  it('doubles from the initial delay and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((attempt) => backoffMs(DEFAULT_RETRY, attempt))).toEqual([100, 200, 400, 800, 1600, 3000]);
  });
});
