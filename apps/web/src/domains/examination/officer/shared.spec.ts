import { examBody, examValues, type ExamFormValues } from './exam-form';
import { examOfficer } from './i18n';
import { fromSeoul, marksToSend, markKey, parseTimes, pipelineFigures, score, tabFrom, toSeoul } from './shared';

describe('exam officer: Seoul times', () => {
  it('reads a Seoul date and time as an instant, and writes it back', () => {
    expect(fromSeoul('2027-03-02', '09:00')).toBe('2027-03-02T00:00:00.000Z');
    expect(fromSeoul('2027-03-02', undefined)).toBe('2027-03-01T15:00:00.000Z');
    expect(fromSeoul(undefined, '09:00')).toBeUndefined();
    expect(toSeoul('2027-03-02T00:00:00.000Z')).toEqual({ date: '2027-03-02', time: '09:00' });
    expect(toSeoul(null)).toEqual({ date: '', time: '' });
  });
});

describe('exam officer: small rules', () => {
  it('writes scores kept in hundredths', () => {
    expect(score(7525)).toBe('75.25');
    expect(score(null)).toBe('—');
  });
  it('splits session times by commas or spaces', () => {
    expect(parseTimes('09:30, 13:30 15:00')).toEqual(['09:30', '13:30', '15:00']);
    expect(parseTimes('  ')).toEqual([]);
  });
  it('opens a known tab, else the overview', () => {
    expect(tabFrom('scores')).toBe('scores');
    expect(tabFrom('nonsense')).toBe('overview');
    expect(tabFrom(null)).toBe('overview');
  });
  it('puts the pipeline in the order of the season', () => {
    expect(pipelineFigures({ applied: 10, paid: 8, sat: 6, passed: 2 }, (s) => s.toUpperCase())).toEqual({
      labels: ['APPLIED', 'PAID', 'SAT', 'PASSED'],
      values: [10, 8, 6, 2],
    });
  });
  it('sends only the marks chosen', () => {
    const a = markKey({ applicationId: 'a1', interviewerId: 'i1', step: 'interview' });
    const b = markKey({ applicationId: 'a1', interviewerId: 'i2', step: 'interview' });
    expect(marksToSend({ [a]: 'high', [b]: '' })).toEqual([{ applicationId: 'a1', interviewerId: 'i1', step: 'interview', mark: 'high' }]);
  });
});

describe('exam officer: the exam form', () => {
  const values: ExamFormValues = {
    kind: 'open',
    year: 2027,
    roundNo: 1,
    titleKo: ' 2027년 제1회 공개경쟁 ',
    titleEn: '2027 round 1',
    announcedOn: '2027-01-10',
    applicationOpensAt: '2027-02-01',
    applicationOpensAtTime: '09:00',
    applicationClosesAt: '2027-02-05',
    applicationClosesAtTime: '18:00',
    cancellationClosesAt: '2027-02-10',
    cancellationClosesAtTime: '18:00',
    writtenExamOn: '2027-04-01',
    resultOn: '2027-05-01',
    selectionPlanned: 10,
    selectionTentative: false,
    residencyRegionKo: '',
  };
  it('sends instants in UTC, trimmed words, and leaves empty boxes out', () => {
    const body = examBody(values);
    expect(body.applicationOpensAt).toBe('2027-02-01T00:00:00.000Z');
    expect(body.titleKo).toBe('2027년 제1회 공개경쟁');
    expect('residencyRegionKo' in body).toBe(false);
    expect('interviewStartsOn' in body).toBe(false);
  });
  it('leaves the windows alone once exam numbers are given', () => {
    const body = examBody(values, true);
    expect(body.applicationOpensAt).toBeUndefined();
    expect(body.cancellationClosesAt).toBeUndefined();
    expect(body.resultOn).toBe('2027-05-01');
  });
  it('fills the boxes from an exam in Seoul time', () => {
    const filled = examValues({
      ...examBody(values),
      id: 'x',
      kind: 'open',
      phase: 'announced',
      positions: [],
      fees: [],
      budgetLineCode: 'EXAM',
      examNumbersAssignedAt: null,
      seatsAssignedAt: null,
      interviewStartsOn: null,
      interviewEndsOn: null,
      residencyCutoffOn: null,
      residencyRegionKo: null,
      writtenExamOn: '2027-04-01',
    } as never);
    expect(filled.applicationClosesAt).toBe('2027-02-05');
    expect(filled.applicationClosesAtTime).toBe('18:00');
  });
});

describe('exam officer: words', () => {
  it('has Korean and English for every word, and no Korean in English', () => {
    for (const [key, entry] of Object.entries(examOfficer)) {
      expect([key, entry.ko.length > 0]).toEqual([key, true]);
      expect([key, /[가-힣]/.test(entry.en)]).toEqual([key, false]);
    }
  });
});
