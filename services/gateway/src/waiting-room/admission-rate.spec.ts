import { floorRate, rateFactor } from './admission-rate';

describe('the waiting room rate following the examination service', () => {
  it('falls in proportion to how far the 95th percentile is over the target, at most by half', () => {
    expect(rateFactor([...Array(90).fill(100), ...Array(10).fill(800)], 400)).toBe(0.5);
    expect(rateFactor([...Array(90).fill(100), ...Array(10).fill(500)], 400)).toBeCloseTo(0.8);
    expect(rateFactor([5_000], 400)).toBe(0.5);
  });

  it('holds between half the target and the target, and with nothing let in; climbs by a tenth below half', () => {
    expect(rateFactor([300, 350, 390], 400)).toBe(1);
    expect(rateFactor([], 400)).toBe(1);
    // A few slow ones beyond the 95th percentile do not move it.
    expect(rateFactor([...Array(96).fill(50), ...Array(4).fill(3_000)], 400)).toBe(1.1);
  });

  it('never falls below a twentieth of the ceiling, nor below one a second', () => {
    expect(floorRate(200)).toBe(10);
    expect(floorRate(5)).toBe(1);
  });
});
