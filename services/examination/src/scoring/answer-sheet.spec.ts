import { readAnswerSheet, SubjectShape } from './answer-sheet';

const shapes: SubjectShape[] = [
  { name: '국어', questions: 5, choices: 4 },
  { name: '행정학', questions: 4, choices: 5 },
];

describe('readAnswerSheet', () => {
  it("reads each candidate's marks in the keys' subject order, whatever the columns' order", () => {
    const { records, errors } = readAnswerSheet(
      [
        ['응시번호', '행정학', '국어'],
        ['10100001', '5123', '12340'],
        ['10100002', '', ''],
        ['10100003', '1_.*', '0000*'],
      ],
      shapes,
    );
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { row: 2, examNumber: '10100001', marks: ['12340', '5123'] },
      { row: 3, examNumber: '10100002', marks: null },
      { row: 4, examNumber: '10100003', marks: ['0000*', '100*'] },
    ]);
  });

  it('names every bad line: a choice beyond the subject, a mark count that is not the question count, the exam number', () => {
    const { records, errors } = readAnswerSheet(
      [
        ['응시번호', '국어', '행정학'],
        ['10100001', '12345', '1234'],
        ['10100002', '1234', '12345'],
        ['10100003', '12a40', '1234'],
        ['ABC', '12340', '1234'],
        ['10100005', '12340', '1234'],
        ['10100005', '12340', '1234'],
        ['10100007', '12340'],
      ],
      shapes,
    );
    expect(records.map((r) => r.examNumber)).toEqual(['10100005']);
    expect(errors.map((e) => [e.row, e.code, e.params])).toEqual([
      [2, 'WRITTEN_ANSWERS.MARKS_FORMAT', { subjects: ['국어'] }],
      [3, 'WRITTEN_ANSWERS.QUESTION_COUNT', { subjects: ['국어', '행정학'] }],
      [4, 'WRITTEN_ANSWERS.MARKS_FORMAT', { subjects: ['국어'] }],
      [5, 'WRITTEN_SCORES.EXAM_NUMBER_FORMAT', { value: 'ABC' }],
      [7, 'WRITTEN_SCORES.DUPLICATE_EXAM_NUMBER', { firstLine: 6 }],
      [8, 'WRITTEN_SCORES.COLUMN_COUNT', { found: 2, expected: 3 }],
    ]);
  });

  it("refuses a header whose subjects are not the keys'", () => {
    for (const header of [
      ['응시번호', '국어'],
      ['응시번호', '국어', '영어'],
      ['응시번호', '국어', '국어'],
    ]) {
      const { records, errors } = readAnswerSheet([header, ['10100001', '12340', '1234']], shapes);
      expect(records).toEqual([]);
      expect(errors.map((e) => [e.row, e.code, e.params])).toEqual([
        [1, 'WRITTEN_ANSWERS.SUBJECTS_MISMATCH', { expected: ['국어', '행정학'] }],
      ]);
    }
  });

  it('refuses a file whose first column is not 응시번호', () => {
    const { errors } = readAnswerSheet([['번호', '국어', '행정학']], shapes);
    expect(errors.map((e) => e.code)).toEqual(['WRITTEN_SCORES.HEADER_FIRST_COLUMN']);
  });
});
