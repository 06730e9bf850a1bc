import { seoulMinuteOfDay, textSendableAt } from './quiet-hours';

const NIGHT = { start: '21:00', end: '08:00' };

describe('quiet hours (Seoul time)', () => {
  it('reads the Seoul minute of an instant, nine hours ahead of UTC all year (no daylight saving)', () => {
    expect(seoulMinuteOfDay(new Date('2027-01-15T12:00:00Z'))).toBe(21 * 60);
    expect(seoulMinuteOfDay(new Date('2027-07-15T12:00:00Z'))).toBe(21 * 60);
    expect(seoulMinuteOfDay(new Date('2027-03-28T15:30:59Z'))).toBe(30);
  });

  it('lets a text outside the quiet hours go at once', () => {
    const noon = new Date('2027-03-02T03:00:00Z'); // 12:00 Seoul
    expect(textSendableAt(noon, NIGHT)).toEqual(noon);
    const lastMinute = new Date('2027-03-02T11:59:59Z'); // 20:59:59 Seoul
    expect(textSendableAt(lastMinute, NIGHT)).toEqual(lastMinute);
    const atEnd = new Date('2027-03-01T23:00:00Z'); // 08:00 Seoul: over
    expect(textSendableAt(atEnd, NIGHT)).toEqual(atEnd);
  });

  it('holds a text in quiet hours across midnight until they end, the next Seoul morning', () => {
    // 21:00 Seoul on 2 March (12:00 UTC): held until 08:00 Seoul on 3 March (23:00 UTC on 2 March).
    expect(textSendableAt(new Date('2027-03-02T12:00:00Z'), NIGHT)).toEqual(new Date('2027-03-02T23:00:00Z'));
    // 23:59:30 Seoul, still 2 March.
    expect(textSendableAt(new Date('2027-03-02T14:59:30Z'), NIGHT)).toEqual(new Date('2027-03-02T23:00:00Z'));
    // 00:10 Seoul on 3 March (15:10 UTC on 2 March): after midnight, the same morning.
    expect(textSendableAt(new Date('2027-03-02T15:10:00Z'), NIGHT)).toEqual(new Date('2027-03-02T23:00:00Z'));
    // 07:59:59 Seoul.
    expect(textSendableAt(new Date('2027-03-02T22:59:59Z'), NIGHT)).toEqual(new Date('2027-03-02T23:00:00Z'));
    // Across a month and a year's end alike: 22:00 Seoul on 31 December.
    expect(textSendableAt(new Date('2027-12-31T13:00:00Z'), NIGHT)).toEqual(new Date('2027-12-31T23:00:00Z'));
  });

  it('holds within quiet hours inside one day, and has none when there are none or they start when they end', () => {
    const lunch = { start: '12:00', end: '13:30' };
    expect(textSendableAt(new Date('2027-03-02T03:15:00Z'), lunch)).toEqual(new Date('2027-03-02T04:30:00Z'));
    const before = new Date('2027-03-02T02:59:00Z');
    expect(textSendableAt(before, lunch)).toEqual(before);
    const late = new Date('2027-03-02T13:00:00Z');
    expect(textSendableAt(late, null)).toEqual(late);
    expect(textSendableAt(late, { start: '21:00', end: '21:00' })).toEqual(late);
  });
});
