import { draftsFrom, draftsFromCsv, keysFrom } from './answer-keys-form';

describe('the answer keys form', () => {
  it('spreads one points value over every question, or takes one per question', () => {
    expect(
      keysFrom([
        { name: '국어', choices: '4', answers: '1324', points: '25' },
        { name: '행정학', choices: '5', answers: '5 1 2', points: '30, 30, 40' },
      ]),
    ).toEqual({
      subjects: [
        { name: '국어', choices: 4, answers: [1, 3, 2, 4], points: [25, 25, 25, 25] },
        { name: '행정학', choices: 5, answers: [5, 1, 2], points: [30, 30, 40] },
      ],
    });
  });

  it('names the subject whose answers go beyond its choices or whose points do not fit', () => {
    expect(keysFrom([{ name: '국어', choices: '4', answers: '1325', points: '25' }])).toEqual({
      kind: 'answers',
      subject: '국어',
      choices: 4,
    });
    expect(keysFrom([{ name: '국어', choices: '4', answers: '1324', points: '50, 50' }])).toEqual({ kind: 'points', subject: '국어' });
  });

  it('reads a keys CSV with or without its header, and names the line it cannot read', () => {
    expect(draftsFromCsv('과목,선택지,정답,배점\r\n국어,4,1324,25\r\n영어,5,12345,10;20;20;20;30\r\n')).toEqual([
      { name: '국어', choices: '4', answers: '1324', points: '25' },
      { name: '영어', choices: '5', answers: '12345', points: '10, 20, 20, 20, 30' },
    ]);
    expect(draftsFromCsv('국어,4,1324,25\n영어,6,1234,25')).toEqual({ kind: 'csv', line: 2 });
  });

  it('shows saved keys back in the form', () => {
    const keys = {
      subjects: [{ name: '국어', choices: 4, answers: [1, 2], points: [50, 50], final: null }],
    } as never;
    expect(draftsFrom(keys)).toEqual([{ name: '국어', choices: '4', answers: '12', points: '50' }]);
  });
});
