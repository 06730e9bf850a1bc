import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export type Cell = string | number | bigint | null | undefined;

export interface Sheet {
  /** Sheet name, at most 31 characters (Excel's limit). */
  name: string;
  /** The first row is the header row. */
  rows: Cell[][];
  /** Column widths in characters, where the default would cut Korean labels short. */
  widths?: number[];
  /** Excel number format for the numbers below the header, e.g. '#,##0' for thousands separators. */
  numberFormat?: string;
}

const BOM = '\uFEFF';

/** What a spreadsheet program may read as the start of a formula (CSV/formula injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Plain numbers ("-1,500", "+3.5") and a lone dash start that way harmlessly. */
const PLAIN_NUMBER = /^[-+]?\d[\d,]*(\.\d+)?$|^-$/;

/**
 * A text cell as it may safely be opened: one that could be read as a formula (a name typed as
 * `=HYPERLINK(…)`) gets a leading apostrophe, which spreadsheet programs show as text. Numbers
 * stay numbers.
 */
export function safeCell<T extends Cell>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(safeCell(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV as Excel opens Korean text correctly: UTF-8 with a byte-order mark, CRLF line ends. */
export function toCsv(rows: Cell[][]): Buffer {
  return Buffer.from(BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n', 'utf8');
}

/**
 * An .xlsx workbook. Numbers stay numbers (bigint won amounts become numbers when they are exact,
 * text otherwise); the header row is bold and frozen.
 */
export async function toXlsx(sheets: Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Baeum';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of sheet.rows) {
      ws.addRow(
        row.map((v) =>
          typeof v === 'bigint'
            ? v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= -BigInt(Number.MAX_SAFE_INTEGER)
              ? Number(v)
              : v.toString()
            : (safeCell(v) ?? null),
        ),
      );
    }
    ws.getRow(1).font = { bold: true };
    if (sheet.numberFormat) {
      ws.eachRow((row, n) => n > 1 && row.eachCell((cell) => typeof cell.value === 'number' && (cell.numFmt = sheet.numberFormat!)));
    }
    sheet.widths?.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export class SpreadsheetError extends Error {}

/**
 * Reads the first sheet of an .xlsx file or a CSV file (with or without BOM) into rows of text,
 * so an import checks every row the same way whatever the user uploaded. Row i is line i + 1 of
 * the file (blank lines stay, as rows of empty cells), so errors can name the line.
 */
export async function readSpreadsheet(content: Buffer, filename: string): Promise<string[][]> {
  if (/\.xlsx$/i.test(filename)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
    } catch (error) {
      throw new SpreadsheetError(`엑셀 파일을 읽을 수 없습니다 / not a readable .xlsx file: ${(error as Error).message}`);
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) return [];
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      rows[rowNumber - 1] = Array.from(values, cellText); // Array.from: empty cells are holes
    });
    return Array.from(rows, (row) => row ?? []);
  }
  if (/\.(csv|txt)$/i.test(filename)) {
    try {
      return parse(content.toString('utf8').replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: false }) as string[][];
    } catch (error) {
      throw new SpreadsheetError(`CSV 파일을 읽을 수 없습니다 / not a readable CSV file: ${(error as Error).message}`);
    }
  }
  throw new SpreadsheetError('.xlsx 또는 .csv 파일만 받습니다 / only .xlsx and .csv files are accepted');
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value).trim();
}
