import { scheduleProblems } from './schedule-rules';

// Round 1 of 2022 as printed: announced 2021-10-27, written 2-26, interviews 5-9..5-13, results 5-27.
const round1 = {
  kind: 'open' as const,
  announcedOn: '2021-10-27',
  applicationOpensAt: new Date('2021-12-29T00:00:00Z'),
  applicationClosesAt: new Date('2022-01-07T09:00:00Z'),
  cancellationClosesAt: new Date('2022-02-16T09:00:00Z'),
  writtenExamOn: '2022-02-26',
  interviewStartsOn: '2022-05-09',
  interviewEndsOn: '2022-05-13',
  resultOn: '2022-05-27',
  residencyRegionKo: null,
  residencyCutoffOn: null,
};

describe('scheduleProblems', () => {
  it('accepts the printed 2022 round 1 schedule', () => {
    expect(scheduleProblems(round1)).toEqual([]);
  });

  it('names each date out of order', () => {
    const problems = scheduleProblems({
      ...round1,
      applicationClosesAt: new Date('2021-12-01T00:00:00Z'),
      interviewStartsOn: '2022-02-20',
      resultOn: '2022-05-01',
    });
    expect(problems.map((p) => p.field)).toEqual(['applicationClosesAt', 'interviewStartsOn', 'resultOn']);
    expect(problems.map((p) => p.code)).toEqual(['EXAM.CLOSES_BEFORE_OPENING', 'EXAM.INTERVIEW_BEFORE_WRITTEN', 'EXAM.RESULT_BEFORE_EXAM']);
  });

  it('needs a written exam for open recruitment but not for career recruitment', () => {
    expect(scheduleProblems({ ...round1, writtenExamOn: null })).toEqual([
      { field: 'writtenExamOn', code: 'EXAM.WRITTEN_DATE_REQUIRED', messages: [expect.stringContaining('필기시험일')] },
    ]);
    expect(scheduleProblems({ ...round1, kind: 'career', writtenExamOn: null })).toEqual([]);
  });
});
