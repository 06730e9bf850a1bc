import ExcelJS from 'exceljs';
import { readSpreadsheet, safeCell, SpreadsheetError, toCsv, toXlsx } from './spreadsheets';

describe('spreadsheets', () => {
  const rows = [
    ['과정명', '인원', '예산(원)'],
    ['신임자 "기본" 교육, 1기', 30, 676580000n],
    ['e-러닝', null, 12n],
  ];

  it('writes CSV with a BOM, quoting and CRLF, and reads it back', async () => {
    const csv = toCsv(rows);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('"신임자 ""기본"" 교육, 1기",30,676580000\r\n');
    expect(await readSpreadsheet(csv, 'plan.csv')).toEqual([
      ['과정명', '인원', '예산(원)'],
      ['신임자 "기본" 교육, 1기', '30', '676580000'],
      ['e-러닝', '', '12'],
    ]);
  });

  it('writes .xlsx that reads back with numbers as numbers', async () => {
    const xlsx = await toXlsx([{ name: '분야별 총괄표', rows }]);
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    expect(await readSpreadsheet(xlsx, 'plan.xlsx')).toEqual([
      ['과정명', '인원', '예산(원)'],
      ['신임자 "기본" 교육, 1기', '30', '676580000'],
      ['e-러닝', '', '12'],
    ]);
  });

  it('writes a text that could start a formula as text, in CSV and .xlsx, and leaves numbers and dashes alone', async () => {
    const hostile = ['=HYPERLINK("http://x.example","클릭")', '+1+2', '-2+3', '@SUM(A1)', '\tTAB', '\rCR'];
    for (const text of hostile) expect(safeCell(text)).toBe(`'${text}`);
    for (const harmless of ['-1,500', '+3.5', '-', '홍길동', 'a=b', 42, null]) expect(safeCell(harmless)).toBe(harmless);
    const rows = [['이름'], ...hostile.map((h) => [h])];
    const csv = (await readSpreadsheet(toCsv(rows), 'x.csv')).slice(1).map(([cell]) => cell);
    const xlsx = (await readSpreadsheet(await toXlsx([{ name: 'x', rows }]), 'x.xlsx')).slice(1).map(([cell]) => cell);
    for (const cells of [csv, xlsx]) expect(cells.every((cell) => cell.startsWith("'"))).toBe(true);
  });

  it('formats numbers with thousands separators when asked', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx([{ name: 'x', rows, numberFormat: '#,##0' }])) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('C2').numFmt).toBe('#,##0');
    expect(sheet.getCell('A2').numFmt).toBeUndefined();
  });

  it('refuses other files and broken ones with a message in both languages', async () => {
    await expect(readSpreadsheet(Buffer.from('x'), 'plan.pdf')).rejects.toThrow(SpreadsheetError);
    await expect(readSpreadsheet(Buffer.from('not a zip'), 'plan.xlsx')).rejects.toThrow(
      /엑셀 파일을 읽을 수 없습니다 \/ not a readable .xlsx file/,
    );
  });
});
