import { openDisclosure } from '@baeum/service-kit';
import { randomUUID } from 'node:crypto';
import { writtenTotal } from '../shared/written-score';
import { composeDisclosure, DisclosureRow } from './score-disclosure';

describe('composeDisclosure (성적 공개)', () => {
  const examId = randomUUID();
  const publishAt = new Date('2031-06-01T01:00:00Z');
  const row = (fields: Partial<DisclosureRow>): DisclosureRow => ({
    examTitleKo: '2031년 시험',
    examTitleEn: '2031 exam',
    examNumber: '10100001',
    positionLabelKo: '일반행정 9급',
    subjectNames: ['국어', '영어', '한국사'],
    scores: [8550, 3900, 9000],
    bonusPercent: 0,
    total: writtenTotal([8550, 3900, 9000], 0).total,
    result: 'fail',
    cutoff: 7025,
    rank: 3,
    sat: 12,
    passed: 4,
    publishAt,
    ...fields,
  });

  it('shows each subject as marked, the sum, the stored average, the pass mark and the rank among those who sat', () => {
    const view = composeDisclosure(examId, row({}));
    expect(view.subjects).toEqual([
      { nameKo: '국어', raw: 85.5, bonus: 0, withBonus: 85.5, belowMinimum: false },
      { nameKo: '영어', raw: 39, bonus: 0, withBonus: 39, belowMinimum: true },
      { nameKo: '한국사', raw: 90, bonus: 0, withBonus: 90, belowMinimum: false },
    ]);
    expect(view).toMatchObject({
      examId,
      result: 'fail',
      absent: false,
      total: 214.5,
      average: 71.5,
      passMark: 70.25,
      standing: { rank: 3, sat: 12 },
      passed: 4,
      publishedAt: publishAt.toISOString(),
      disclosureEndsAt: '2032-05-31T01:00:00.000Z',
    });
  });

  it("adds the veterans' bonus to each subject that reaches 40, as the stored average did", () => {
    const scores = [8000, 3950, 6025];
    const view = composeDisclosure(examId, row({ scores, bonusPercent: 10, total: writtenTotal(scores, 10).total, result: 'pass' }));
    expect(view.subjects.map((s) => [s.raw, s.bonus, s.withBonus])).toEqual([
      [80, 10, 90],
      [39.5, 0, 39.5],
      [60.25, 10, 70.25],
    ]);
    expect([view.bonusPercent, view.total, view.average]).toEqual([10, 199.75, 66.58]);
  });

  it('tells an absent candidate they were absent, with no scores, total or rank; the pass mark stays', () => {
    const view = composeDisclosure(examId, row({ scores: null, total: null, rank: null, result: 'absent' }));
    expect(view).toMatchObject({
      absent: true,
      result: 'absent',
      subjects: [],
      total: null,
      average: null,
      standing: null,
      passMark: 70.25,
    });
  });

  it('names a subject the announcement does not list as null', () => {
    const view = composeDisclosure(examId, row({ subjectNames: ['국어'] }));
    expect(view.subjects.map((s) => s.nameKo)).toEqual(['국어', null, null]);
  });

  it('is refused, 410 SCORE_DISCLOSURE.CLOSED with the Seoul date, once the period has ended; only its own fields leave', () => {
    const view = composeDisclosure(examId, row({}));
    const entry = { ...view, applicantId: randomUUID(), subjects: view.subjects.map((s) => ({ ...s, extra: 1 })) };
    expect(openDisclosure(entry, Date.parse(view.disclosureEndsAt) - 1)).toEqual(view);
    let refused: { getStatus(): number; getResponse(): unknown } | undefined;
    try {
      openDisclosure(view, Date.parse(view.disclosureEndsAt));
    } catch (error) {
      refused = error as typeof refused;
    }
    expect(refused?.getStatus()).toBe(410);
    expect(refused?.getResponse()).toMatchObject({ code: 'SCORE_DISCLOSURE.CLOSED', params: { endedAt: '2032-05-31' } });
  });
});
