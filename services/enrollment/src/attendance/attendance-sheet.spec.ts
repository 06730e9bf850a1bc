import { readAttendanceSheet, SHEET_HEAD } from './attendance-sheet';

const days = ['2027-03-02', '2027-03-03', '2027-03-04'];
const a = 'a0000000-0000-4000-8000-00000000000a';
const b = 'b0000000-0000-4000-8000-00000000000b';

describe('reading an attendance sheet', () => {
  it('takes Korean, English and initials, and an empty cell as no mark', () => {
    const rows = [
      [...SHEET_HEAD, ...days],
      [a, '김', 'MAPO-GU', '출석', 'late', ''],
      [b, '이', 'MAPO-GU', 'E', '결석', 'Present'],
    ];
    const { entries, errors } = readAttendanceSheet(rows, days, '2027-03-04', new Set([a, b]));
    expect(errors).toEqual([]);
    expect(entries).toEqual([
      { applicationId: a, day: days[0], mark: 'present' },
      { applicationId: a, day: days[1], mark: 'late' },
      { applicationId: a, day: days[2], mark: null },
      { applicationId: b, day: days[0], mark: 'excused' },
      { applicationId: b, day: days[1], mark: 'absent' },
      { applicationId: b, day: days[2], mark: 'present' },
    ]);
  });

  it('names every bad header, trainee, mark and future day by line and column', () => {
    const rows = [
      [...SHEET_HEAD, days[0], '2027-03-09', days[2]],
      ['nobody', '', '', '출석'],
      [a, '김', '', '졸음', '', '출석'],
      [a, '김', '', '', '', ''],
    ];
    const { errors } = readAttendanceSheet(rows, days, '2027-03-03', new Set([a]));
    expect(errors.map((e) => e.field)).toEqual(['line 1, column 5', 'line 2', 'line 3, column 4', 'line 3, column 6', 'line 4']);
    expect(errors.map((e) => [e.code, e.params])).toEqual([
      ['ATTENDANCE.NOT_A_TRAINING_DAY', { line: 1, column: 5, day: '2027-03-09' }],
      ['ATTENDANCE.NOT_ON_ROSTER', { line: 2, applicationId: 'nobody' }],
      ['SHEET.UNKNOWN_MARK', { line: 3, column: 4, value: '졸음' }],
      ['ATTENDANCE.DAY_NOT_COME', { line: 3, column: 6, day: days[2] }],
      ['SHEET.DUPLICATE_ROW', { line: 4, applicationId: a }],
    ]);
    expect(errors.every((e) => e.messages?.length === 1)).toBe(true);
  });

  it('reports an impossible date in the header, a NUL and bytes that were not UTF-8 in a mark, each by line and column', () => {
    const rows = [
      [...SHEET_HEAD, days[0], '2026-13-40'],
      [a, '김', 'MAPO-GU', '출\u0000석', ''],
      [b, '이', 'MAPO-GU', '\uFFFD', ''],
    ];
    const { entries, errors } = readAttendanceSheet(rows, days, '2027-03-04', new Set([a, b]));
    expect(entries).toEqual([]);
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['line 1, column 5', 'ATTENDANCE.NOT_A_TRAINING_DAY'],
      ['line 2, column 4', 'SHEET.UNKNOWN_MARK'],
      ['line 3, column 4', 'SHEET.UNKNOWN_MARK'],
    ]);
  });
});
