import type { LineError } from '../uploads';
import { readTraineeSheet } from './trainee-sheet';

const known = new Set(['MAPO-GU', 'GANGNAM-GU']);

describe('reading a trainee list', () => {
  it('reads Korean headings in any order, with optional columns', () => {
    const { trainees, errors } = readTraineeSheet(
      [
        ['성명', '직원번호', '기관코드', '직급'],
        ['김서울', 'M-001', 'MAPO-GU', '7급'],
        ['', '', '', ''],
        ['이강남', 'G-001', 'GANGNAM-GU', ''],
      ],
      known,
      null,
    );
    expect(errors).toEqual([]);
    expect(trainees).toEqual([
      { line: 2, agencyCode: 'MAPO-GU', employeeNo: 'M-001', name: '김서울', grade: '7급', position: null, jobSeries: null },
      { line: 4, agencyCode: 'GANGNAM-GU', employeeNo: 'G-001', name: '이강남', grade: null, position: null, jobSeries: null },
    ]);
  });

  it("gives an agency admin's rows their agency, and refuses another agency's staff", () => {
    const { trainees, errors } = readTraineeSheet(
      [
        ['name', 'employeeNo', 'agencyCode'],
        ['A', 'M-1', ''],
        ['B', 'G-1', 'GANGNAM-GU'],
      ],
      known,
      'MAPO-GU',
    );
    expect(trainees.map((t) => t.agencyCode)).toEqual(['MAPO-GU']);
    expect(errors).toEqual([
      {
        field: 'line 3',
        code: 'SHEET.ROW_INVALID',
        params: { line: 3 },
        messages: [expect.stringContaining("another agency's staff")],
        problems: [{ line: 3, field: 'agencyCode', code: 'SHEET.OTHER_AGENCY', params: { line: 3, agencyCode: 'GANGNAM-GU' } }],
      },
    ]);
  });

  it('names every bad line, and missing columns', () => {
    expect(readTraineeSheet([['성명'], ['A']], known, null).errors[0]).toMatchObject({
      field: 'line 1',
      code: 'SHEET.MISSING_COLUMNS',
      params: { line: 1, columns: ['employeeNo', 'agencyCode'] },
    });
    const { errors } = readTraineeSheet(
      [
        ['성명', '직원번호', '기관코드'],
        ['', 'M 1', 'NOWHERE'],
        ['C', 'M-2', 'MAPO-GU'],
        ['D', 'M-2', 'MAPO-GU'],
      ],
      known,
      null,
    );
    expect(errors.map((e) => [e.field, e.messages?.length])).toEqual([
      ['line 2', 3],
      ['line 4', 1],
    ]);
    expect(errors.map((e) => (e as LineError).problems.map((p) => [p.field, p.code]))).toEqual([
      [
        ['agencyCode', 'SHEET.UNKNOWN_AGENCY'],
        ['employeeNo', 'VALIDATION.FORMAT'],
        ['name', 'VALIDATION.LENGTH'],
      ],
      [['employeeNo', 'SHEET.DUPLICATE_ROW']],
    ]);
    expect((errors[1] as LineError).problems[0].params).toEqual({ line: 4, sameAs: 3 });
  });

  it('reports a NUL and bytes that were not UTF-8 on their row, by field, and reads the other rows', () => {
    const { trainees, errors } = readTraineeSheet(
      [
        ['성명', '직원번호', '기관코드', '직급'],
        ['김\u0000서울', 'M-001', 'MAPO-GU', ''],
        ['이강남', 'G-001', 'GANGNAM-GU', '7\uFFFD'],
        ['박마포', 'M-002', 'MAPO-GU', ''],
      ],
      known,
      null,
    );
    expect(trainees.map((t) => t.line)).toEqual([4]);
    expect((errors as LineError[]).map((e) => [e.field, e.problems.map((p) => [p.field, p.code])])).toEqual([
      ['line 2', [['name', 'VALIDATION.CONTROL_CHARACTER']]],
      ['line 3', [['grade', 'VALIDATION.ENCODING']]],
    ]);
  });
});
