import { divideRounded, printAmount, printMillionWon, printThousandWon, rate, thousandWon } from './printing';

describe('money as the source prints it', () => {
  it('keeps won as integers and rounds to thousand won half away from zero', () => {
    expect(thousandWon(1_272_398_000n)).toBe(1_272_398n);
    expect(thousandWon(1_499n)).toBe(1n);
    expect(thousandWon(1_500n)).toBe(2n);
    expect(thousandWon(-1_500n)).toBe(-2n);
    expect(thousandWon(-1_499n)).toBe(-1n);
    // Past 2^53 nothing is lost: bigint all the way.
    expect(thousandWon(9_007_199_254_740_993_000n)).toBe(9_007_199_254_740_993n);
    expect(divideRounded(7n, 2n)).toBe(4n);
  });

  it('prints thousands separators, △ for negatives and a dash for nothing', () => {
    expect(printThousandWon(14_018_927_000n)).toBe('14,018,927');
    expect(printThousandWon(-15_587_000n)).toBe('△15,587');
    expect(printThousandWon(0n)).toBe('-');
    expect(printAmount(140n)).toBe('140');
    expect(printMillionWon(14_018_927_000n)).toBe('14,019백만원');
    expect(printMillionWon(5_000_000n)).toBe('5백만원');
  });
});

describe('rates', () => {
  it('print with one decimal, rounded half away from zero', () => {
    expect(rate(1_844_068n, 12_174_859n)).toEqual({ value: 15.1, printed: '15.1%' });
    expect(rate(-15_587n, 690_664n)).toEqual({ value: -2.3, printed: '△2.3%' });
    expect(rate(9_100n, 5_000n)).toEqual({ value: 182, printed: '182.0%' });
    expect(rate(0n, 121_938n)).toEqual({ value: 0, printed: '0.0%' });
    expect(rate(1n, 20n)).toEqual({ value: 5, printed: '5.0%' });
    expect(rate(1n, 2000n)).toEqual({ value: 0.1, printed: '0.1%' }); // 0.05 rounds up
    expect(rate(-1n, 2000n)).toEqual({ value: -0.1, printed: '△0.1%' });
  });

  it('keep a second decimal where one would show a real rate as 0.0% (the source prints 0.02%)', () => {
    expect(rate(250n, 1_206_760n)).toEqual({ value: 0.02, printed: '0.02%' });
    expect(rate(140n, 121_938n)).toEqual({ value: 0.1, printed: '0.1%' });
  });

  it('print a dash when there is no base to compare with', () => {
    expect(rate(5n, 0n)).toEqual({ value: null, printed: '-' });
  });
});
