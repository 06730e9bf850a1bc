import { checkCompletionRow, completionColumns, missingKeys, readCompletionRow } from './completion-rows';

const courses = new Set(['E-ETHICS']);
const agencies = new Set(['MAPO-GU']);

describe('LMS completion rows', () => {
  const found = completionColumns(['과정코드', '기관코드', '직원번호', '성명', '수료일 (completed on)', '진도율']);
  if (!('columns' in found)) throw new Error('columns not found');
  const { columns } = found;

  it('finds Korean or English headings and names the missing ones', () => {
    expect(columns).toEqual({ courseCode: 0, agencyCode: 1, employeeNo: 2, name: 3, completedOn: 4, progress: 5 });
    expect(completionColumns(['courseCode', 'name'])).toEqual({
      missing: ['기관코드 (agencyCode)', '직원번호 (employeeNo)', '수료일 (completedOn)'],
    });
    expect(missingKeys(['기관코드 (agencyCode)', '수료일 (completedOn)'])).toEqual(['agencyCode', 'completedOn']);
  });

  it('reads a good row and gives every reason for a bad one', () => {
    expect(
      readCompletionRow(['E-ETHICS', 'MAPO-GU', 'M-1', '김서울', '2021-05-03', '100'], columns, courses, agencies, '2021-12-31'),
    ).toEqual({
      courseCode: 'E-ETHICS',
      agencyCode: 'MAPO-GU',
      employeeNo: 'M-1',
      name: '김서울',
      completedOn: '2021-05-03',
      progress: 100,
    });
    const problems = readCompletionRow(['E-NOPE', 'X', 'M 1', '', '2021-02-30', '101'], columns, courses, agencies, '2021-12-31');
    expect(problems).toHaveLength(6);
    const coded = checkCompletionRow(['E-NOPE', 'X', 'M 1', '', '2021-02-30', '101'], columns, courses, agencies, '2021-12-31');
    expect(Array.isArray(coded) && coded.map((p) => [p.field, p.code])).toEqual([
      ['courseCode', 'SHEET.UNKNOWN_COURSE'],
      ['agencyCode', 'SHEET.UNKNOWN_AGENCY'],
      ['employeeNo', 'VALIDATION.FORMAT'],
      ['name', 'VALIDATION.LENGTH'],
      ['completedOn', 'VALIDATION.DATE'],
      ['progress', 'VALIDATION.MAX'],
    ]);
    expect(readCompletionRow(['E-ETHICS', 'MAPO-GU', 'M-1', '김', '2022-01-01', ''], columns, courses, agencies, '2021-12-31')).toEqual([
      expect.stringContaining('future'),
    ]);
  });

  it('reports an impossible date on its row rather than failing the whole file', () => {
    for (const date of ['2026-13-40', '2026-00-10', '9999-99-99']) {
      const coded = checkCompletionRow(['E-ETHICS', 'MAPO-GU', 'M-1', '김서울', date, '100'], columns, courses, agencies, '2026-12-31');
      expect(Array.isArray(coded) && coded.map((p) => [p.field, p.code, p.params])).toEqual([
        ['completedOn', 'VALIDATION.DATE', { value: date }],
      ]);
    }
  });

  it('reports a NUL, bytes that were not UTF-8 and a number like 1e999 on their row, each by its field', () => {
    const coded = checkCompletionRow(
      ['E-ETHICS', 'MAPO-GU', 'M-1', '김\u0000서울', '2021-05-03', '1e999'],
      columns,
      courses,
      agencies,
      '2021-12-31',
    );
    expect(Array.isArray(coded) && coded.map((p) => [p.field, p.code])).toEqual([
      ['name', 'VALIDATION.CONTROL_CHARACTER'],
      ['progress', 'VALIDATION.INTEGER'],
    ]);
    const encoded = checkCompletionRow(
      ['E-ETHICS', 'MAPO-GU', 'M-1', '\uFFFD\uFFFD', '2021-05-03', ''],
      columns,
      courses,
      agencies,
      '2021-12-31',
    );
    expect(Array.isArray(encoded) && encoded.map((p) => [p.field, p.code, p.params])).toEqual([
      ['name', 'VALIDATION.ENCODING', { column: 4 }],
    ]);
  });
});
