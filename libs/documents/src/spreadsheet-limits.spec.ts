import { xlsxBomb, xlsxOfRows, zipOf } from '@baeum/testing';
import { checkXlsx, parseSpreadsheet, SHEET_LIMITS, textProblem } from './spreadsheet-read';
import { readSpreadsheet, SpreadsheetError, toXlsx } from './spreadsheets';

const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: SpreadsheetError) => ({ code: error.code, status: error.status, params: error.params }),
  );

describe('the limits of an uploaded sheet', () => {
  it('refuses a 128 MB-unpacking .xlsx of a few hundred kB from its directory, and one whose directory lies, while unpacking', async () => {
    const honest = xlsxBomb();
    const lying = xlsxBomb({ lie: true });
    expect(honest.length).toBeLessThan(1024 * 1024);
    for (const bomb of [honest, lying]) {
      expect(checkXlsx(bomb, SHEET_LIMITS)).toMatchObject({ code: 'FILE.UNPACKED_TOO_LARGE' });
      expect(await refusalOf(readSpreadsheet(bomb, 'plan.xlsx'))).toEqual({
        code: 'FILE.UNPACKED_TOO_LARGE',
        status: 413,
        params: { maxUnpackedBytes: SHEET_LIMITS.maxUnpackedBytes, maxMegabytes: 32 },
      });
    }
  });

  it('refuses a file over its size before reading it, and sheets of too many rows', async () => {
    expect(await refusalOf(readSpreadsheet(Buffer.alloc(SHEET_LIMITS.maxBytes + 1, 'a'), 'x.csv'))).toMatchObject({
      code: 'FILE.TOO_LARGE',
      status: 413,
    });
    const limits = { ...SHEET_LIMITS, maxRows: 100 };
    expect(await refusalOf(readSpreadsheet(xlsxOfRows(101), 'x.xlsx', limits))).toMatchObject({ code: 'FILE.TOO_MANY_ROWS', status: 413 });
    expect(await readSpreadsheet(xlsxOfRows(100), 'x.xlsx', limits)).toHaveLength(100);
    const csv = Buffer.from(Array.from({ length: 101 }, (_, i) => `${i},x`).join('\n'));
    expect(await refusalOf(readSpreadsheet(csv, 'x.csv', limits))).toMatchObject({ code: 'FILE.TOO_MANY_ROWS', status: 413 });
  });

  it('reads an ordinary .xlsx within the limits, and refuses broken zips as unreadable (400)', async () => {
    expect(checkXlsx(await toXlsx([{ name: 'x', rows: [['a'], ['b']] }]), SHEET_LIMITS)).toBeUndefined();
    const broken = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<worksheet/>') }]).subarray(0, 40);
    expect(await refusalOf(readSpreadsheet(broken, 'x.xlsx'))).toMatchObject({ code: 'UNREADABLE', status: 400 });
  });

  it('keeps an impossible date, a huge number, NUL and invalid UTF-8 as text on their row, for the import to report', async () => {
    const csv = Buffer.concat([Buffer.from('a,b\n2026-13-40,1e999\nx\u0000y,'), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('\n')]);
    const outcome = await parseSpreadsheet(csv, 'x.csv');
    expect(outcome).toEqual({
      rows: [
        ['a', 'b'],
        ['2026-13-40', '1e999'],
        ['x\u0000y', '\uFFFD\uFFFDA'],
      ],
    });
    expect(textProblem('x\u0000y')).toBe('VALIDATION.CONTROL_CHARACTER');
    expect(textProblem('\uFFFD\uFFFDA')).toBe('VALIDATION.ENCODING');
    expect(textProblem('홍길동\t')).toBeUndefined();
  });
});
