/**
 * How the source prints money and rates, as integer arithmetic on bigint won: tables in thousand
 * won (천원) with thousands separators, negatives with △, a dash for nothing, rates with one
 * decimal. Rounding is half away from zero everywhere.
 */

/** n / d rounded half away from zero, d > 0. */
export function divideRounded(n: bigint, d: bigint): bigint {
  const q = (2n * (n < 0n ? -n : n) + d) / (2n * d);
  return n < 0n ? -q : q;
}

export const thousandWon = (won: bigint): bigint => divideRounded(won, 1000n);
export const millionWon = (won: bigint): bigint => divideRounded(won, 1_000_000n);

export const groupDigits = (n: bigint): string => (n < 0n ? -n : n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** 1844068 → "1,844,068"; −15587 → "△15,587"; 0 → "-". */
export const printAmount = (n: bigint): string => (n === 0n ? '-' : `${n < 0n ? '△' : ''}${groupDigits(n)}`);

/** Won as the source's tables print them: thousand won. */
export const printThousandWon = (won: bigint): string => printAmount(thousandWon(won));

/** Won as the source's narrative prints them: "1,031백만원". */
export const printMillionWon = (won: bigint): string => `${groupDigits(millionWon(won))}백만원`;

export interface Rate {
  /** Percent as a number for charts and JSON (15.1 means 15.1%); null when there is no base. */
  value: number | null;
  printed: string;
}

/**
 * numerator / denominator as a percentage with one decimal (15.1%, △2.3%, 0.0%). A rate that is
 * not zero but would print as 0.0% keeps a second decimal instead, as the source prints 250 of
 * 1,206,760 as 0.02% (source-discrepancies D8): a line with execution never reads as untouched.
 */
export function rate(numerator: bigint, denominator: bigint): Rate {
  if (denominator <= 0n) return { value: null, printed: '-' };
  let decimals = 1;
  let scaled = divideRounded(numerator * 1000n, denominator);
  if (scaled === 0n && numerator !== 0n) {
    decimals = 2;
    scaled = divideRounded(numerator * 10_000n, denominator);
  }
  const unit = 10n ** BigInt(decimals);
  const abs = scaled < 0n ? -scaled : scaled;
  const text = `${abs / unit}.${(abs % unit).toString().padStart(decimals, '0')}`;
  return { value: Number(scaled) / Number(unit), printed: `${scaled < 0n ? '△' : ''}${text}%` };
}

/** Whether `rate` needed the second decimal, which the report then footnotes. */
export const hasSecondDecimal = (r: Rate): boolean => /\.\d\d%$/.test(r.printed);
