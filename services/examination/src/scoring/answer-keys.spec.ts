import { allChoices, correctChoices, KeyDecision, KeySubject, scoresFromKeys, toKeySubjects } from './answer-keys';

const decision = (subject: string, question: number, outcome: 'accepted' | 'rejected', correct: number[]): KeyDecision => ({
  subject,
  question,
  outcome,
  correct,
  reason: '검토 결과',
  decidedAt: new Date(),
});

/** Four questions of 25 points (국어, four choices) and five of 20 (행정학, five choices). */
const subjects: KeySubject[] = [
  { name: '국어', choices: 4, answers: [1, 2, 3, 4], points: [2500, 2500, 2500, 2500] },
  { name: '행정학', choices: 5, answers: [5, 4, 3, 2, 1], points: [2000, 2000, 2000, 2000, 2000] },
];

describe('scoresFromKeys', () => {
  it('gives the points of each question marked as the provisional key has it', () => {
    const correct = correctChoices(subjects);
    expect(scoresFromKeys(subjects, correct, ['1234', '54321'])).toEqual([10000, 10000]);
    expect(scoresFromKeys(subjects, correct, ['1111', '55555'])).toEqual([2500, 2000]);
  });

  it('scores nothing for a blank or a question marked twice', () => {
    const correct = correctChoices(subjects);
    expect(scoresFromKeys(subjects, correct, ['0000', '00000'])).toEqual([0, 0]);
    expect(scoresFromKeys(subjects, correct, ['*234', '5432*'])).toEqual([7500, 8000]);
  });

  it('takes any of several correct choices once an objection is accepted with them', () => {
    const correct = correctChoices(subjects, [decision('국어', 2, 'accepted', [2, 3])]);
    expect(correct[0][1]).toEqual([2, 3]);
    expect(scoresFromKeys(subjects, correct, ['1334', '54321'])).toEqual([10000, 10000]);
    expect(scoresFromKeys(subjects, correct, ['1134', '54321'])).toEqual([7500, 10000]);
  });

  it('moves the key to another choice: the old answer no longer scores', () => {
    const correct = correctChoices(subjects, [decision('행정학', 1, 'accepted', [4])]);
    expect(scoresFromKeys(subjects, correct, ['1234', '54321'])).toEqual([10000, 8000]);
    expect(scoresFromKeys(subjects, correct, ['1234', '44321'])).toEqual([10000, 10000]);
  });

  it('with every choice correct (전항 정답), gives the points to any mark but not to a blank', () => {
    const correct = correctChoices(subjects, [decision('국어', 4, 'accepted', allChoices(4))]);
    expect(scoresFromKeys(subjects, correct, ['1231', '54321'])[0]).toBe(10000);
    expect(scoresFromKeys(subjects, correct, ['1233', '54321'])[0]).toBe(10000);
    expect(scoresFromKeys(subjects, correct, ['1230', '54321'])[0]).toBe(7500);
  });

  it('keeps the provisional key where the objection is rejected', () => {
    const correct = correctChoices(subjects, [decision('국어', 1, 'rejected', [1])]);
    expect(correct).toEqual(correctChoices(subjects));
  });
});

describe('toKeySubjects', () => {
  const subject = { name: '국어', choices: 4, answers: [1, 2, 3], points: [33.33, 33.33, 33.34] };

  it('stores points in hundredths', () => {
    expect(toKeySubjects([subject])[0].points).toEqual([3333, 3333, 3334]);
  });

  it.each([
    [{ ...subject, answers: [1, 2, 5] }, 'ANSWER_KEYS.ANSWER_OUT_OF_RANGE', 'subjects.0.answers'],
    [{ ...subject, points: [50, 50] }, 'ANSWER_KEYS.POINTS_COUNT', 'subjects.0.points'],
    [{ ...subject, points: [33, 33, 33] }, 'ANSWER_KEYS.POINTS_TOTAL', 'subjects.0.points'],
  ])('refuses a bad subject with its code on its field', (bad, code, field) => {
    expect(() => toKeySubjects([bad])).toThrow(expect.objectContaining({ response: expect.objectContaining({ code, field }) }));
  });

  it('refuses a subject named twice', () => {
    expect(() => toKeySubjects([subject, subject])).toThrow(
      expect.objectContaining({ response: expect.objectContaining({ code: 'ANSWER_KEYS.DUPLICATE_SUBJECT', field: 'subjects.1.name' }) }),
    );
  });
});
