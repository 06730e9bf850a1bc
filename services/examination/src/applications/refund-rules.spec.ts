import { refundFor } from './refund-rules';

// 2022 round 1: applications closed on 2022-01-07 18:00 (Seoul), written exam on 2022-02-26.
const schedule = { applicationClosesAt: new Date('2022-01-07T09:00:00Z'), firstSittingOn: '2022-02-26' };

describe('refundFor', () => {
  it('refunds the whole fee within the application period', () => {
    expect(refundFor(5000n, new Date('2022-01-07T08:59:59Z'), schedule)).toEqual({ amount: 5000n, percent: 100 });
  });

  it('refunds 60% until 20 days before the written exam, then 50% until 10 days before', () => {
    expect(refundFor(5000n, new Date('2022-01-07T09:00:00Z'), schedule)).toEqual({ amount: 3000n, percent: 60 });
    // 2022-02-06 in Seoul: 20 days before
    expect(refundFor(7000n, new Date('2022-02-06T14:59:59Z'), schedule)).toEqual({ amount: 4200n, percent: 60 });
    // 2022-02-07 in Seoul: 19 days
    expect(refundFor(7000n, new Date('2022-02-06T15:00:00Z'), schedule)).toEqual({ amount: 3500n, percent: 50 });
    expect(refundFor(5000n, new Date('2022-02-16T10:00:00Z'), schedule)).toEqual({ amount: 2500n, percent: 50 });
  });

  it('refunds nothing in the last nine days, and rounds down to whole won', () => {
    expect(refundFor(5000n, new Date('2022-02-17T10:00:00Z'), schedule)).toEqual({ amount: 0n, percent: 0 });
    expect(refundFor(5001n, new Date('2022-02-16T10:00:00Z'), schedule)).toEqual({ amount: 2500n, percent: 50 });
  });
});
