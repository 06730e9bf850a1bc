import { suggestHours } from './suggest-hours';

describe('suggestHours', () => {
  it('suggests the hours most respondents can attend: 10:00–16:00 when parents need it', () => {
    const parents = Array(31).fill({ earliestStart: '10:00', latestEnd: '16:00' });
    const others = Array(19).fill({ earliestStart: '09:00', latestEnd: '18:00' });
    expect(suggestHours([...parents, ...others], 6)).toEqual({
      dailyStartTime: '10:00',
      dailyEndTime: '16:00',
      attendable: 50,
      respondents: 50,
      share: 100,
    });
    // A full 8-hour day suits only those without childcare.
    expect(suggestHours([...parents, ...others], 8)).toMatchObject({
      dailyStartTime: '09:00',
      dailyEndTime: '17:00',
      attendable: 19,
      share: 38,
    });
  });

  it('answers nothing without answers', () => {
    expect(suggestHours([], 6)).toBeNull();
  });
});
