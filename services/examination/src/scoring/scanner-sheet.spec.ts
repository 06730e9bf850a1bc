import { readScannerSheet } from './scanner-sheet';

const header = ['응시번호', '국어', '영어', '한국사', '행정법총론', '행정학개론'];

describe('readScannerSheet', () => {
  it('reads scores in hundredths and absent candidates as null', () => {
    const { subjects, records, errors } = readScannerSheet([
      header,
      ['10100001', '95', '87.5', '100', '62.25', '70'],
      ['10100002', '', '', '', '', ''],
      ['', '', '', '', '', ''],
    ]);
    expect(errors).toEqual([]);
    expect(subjects).toHaveLength(5);
    expect(records).toEqual([
      { row: 2, examNumber: '10100001', scores: [9500, 8750, 10000, 6225, 7000] },
      { row: 3, examNumber: '10100002', scores: null },
    ]);
  });

  it('names every bad line by its number', () => {
    const { errors } = readScannerSheet([
      header,
      ['10100001', '95', '87', '100', '62', '70'],
      ['10100001', '90', '80', '70', '60', '50'],
      ['ABC', '1', '2', '3', '4', '5'],
      ['10100003', '101', '80', '-1', '60', '7.123'],
      ['10100004', '90', '', '70', '60', '50'],
      ['10100005', '90', '80'],
    ]);
    expect(errors.map((e) => [e.row, e.field])).toEqual([
      [3, 'exam_number'],
      [4, 'exam_number'],
      [5, '국어, 한국사, 행정학개론'],
      [6, '영어'],
      [7, 'columns'],
    ]);
    expect(errors.map((e) => [e.code, e.params])).toEqual([
      ['WRITTEN_SCORES.DUPLICATE_EXAM_NUMBER', { firstLine: 2 }],
      ['WRITTEN_SCORES.EXAM_NUMBER_FORMAT', { value: 'ABC' }],
      ['WRITTEN_SCORES.SCORE_FORMAT', { subjects: ['국어', '한국사', '행정학개론'] }],
      ['WRITTEN_SCORES.SCORE_FORMAT', { subjects: ['영어'] }],
      ['WRITTEN_SCORES.COLUMN_COUNT', { found: 3, expected: 6 }],
    ]);
  });

  it('refuses a file without the scanner header', () => {
    expect(
      readScannerSheet([
        ['name', 'score'],
        ['x', '1'],
      ]).errors,
    ).toEqual([{ row: 1, field: 'header', code: 'WRITTEN_SCORES.HEADER_FIRST_COLUMN', messages: [expect.stringContaining('응시번호')] }]);
    expect(readScannerSheet([]).errors[0].row).toBe(1);
    expect(readScannerSheet([['응시번호']]).errors[0]).toMatchObject({
      row: 1,
      code: 'WRITTEN_SCORES.SUBJECT_COUNT',
      params: { min: 1, max: 10 },
    });
  });

  it('reports a NUL or bytes that were not UTF-8 in a subject name, and numbers like 1e999, by line', () => {
    const { errors } = readScannerSheet([
      ['응시번호', '국어\u0000', '영어\uFFFD'],
      ['10100001', '1e999', '50'],
    ]);
    expect(errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [1, 'header', 'VALIDATION.CONTROL_CHARACTER'],
      [1, 'header', 'VALIDATION.ENCODING'],
      [2, expect.any(String), 'WRITTEN_SCORES.SCORE_FORMAT'],
    ]);
  });
});
