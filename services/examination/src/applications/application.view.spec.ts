import { publishedOutcome } from './application.view';

describe('publishedOutcome (내 원서: the outcome once published)', () => {
  const paid = { status: 'paid' as const, writtenResult: 'pass' as const, finalResult: 'fail' as const };
  const none = { written: false, final: false };

  it('shows nothing before any results are published, though results are decided', () => {
    expect(publishedOutcome(paid, none)).toBeNull();
    expect(publishedOutcome(paid, undefined)).toBeNull();
  });

  it('shows the written result once written results are published', () => {
    expect(publishedOutcome({ ...paid, finalResult: null }, { written: true, final: false })).toEqual({ stage: 'written', result: 'pass' });
    expect(publishedOutcome({ ...paid, writtenResult: 'absent', finalResult: null }, { written: true, final: false })).toEqual({
      stage: 'written',
      result: 'absent',
    });
  });

  it('does not show a final result decided but not yet published', () => {
    expect(publishedOutcome(paid, { written: true, final: false })).toEqual({ stage: 'written', result: 'pass' });
  });

  it('shows the final result once published (career exams have no written stage)', () => {
    expect(publishedOutcome(paid, { written: true, final: true })).toEqual({ stage: 'final', result: 'fail' });
    expect(publishedOutcome({ ...paid, writtenResult: null, finalResult: 'pass' }, { written: false, final: true })).toEqual({
      stage: 'final',
      result: 'pass',
    });
  });

  it('keeps the written fail when the final results come out without the candidate', () => {
    expect(publishedOutcome({ ...paid, writtenResult: 'fail', finalResult: null }, { written: true, final: true })).toEqual({
      stage: 'written',
      result: 'fail',
    });
  });

  it('shows nothing for an application not sat for', () => {
    expect(publishedOutcome({ ...paid, status: 'cancelled' }, { written: true, final: true })).toBeNull();
    expect(publishedOutcome({ ...paid, status: 'pending_payment' }, { written: true, final: true })).toBeNull();
  });
});
