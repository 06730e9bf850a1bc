import { parseInWorker } from './sheet-parser';
import { loadExcelJs, SHEET_LIMITS, SheetLimits, SheetRefusal } from './spreadsheet-read';

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
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
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

/** Why an uploaded sheet cannot be read: its `code` ('FILE_TYPE', 'UNREADABLE' or a `FILE.*` limit), `status` 400 or 413. */
export class SpreadsheetError extends Error {
  constructor(
    message: string,
    readonly code: SheetRefusal['code'] = 'UNREADABLE',
    readonly params?: Record<string, number>,
  ) {
    super(message);
  }

  /** 413 for a file past a limit (its size, unpacked size or rows), 400 for one of the wrong kind or unreadable. */
  get status(): 400 | 413 {
    return this.code.startsWith('FILE.') ? 413 : 400;
  }
}

/**
 * Reads the first sheet of an .xlsx file or a CSV file (with or without BOM) into rows of text,
 * so an import checks every row the same way whatever the user uploaded. Row i is line i + 1 of
 * the file (blank lines stay, as rows of empty cells), so errors can name the line. The file is
 * read in a worker thread within `SHEET_LIMITS` (size, unpacked size, rows); a file past them, or
 * unreadable, throws a `SpreadsheetError` with its code.
 */
export async function readSpreadsheet(content: Buffer, filename: string, limits: SheetLimits = SHEET_LIMITS): Promise<string[][]> {
  const outcome = await parseInWorker(content, filename, limits);
  if ('rows' in outcome) return outcome.rows;
  const { refusal } = outcome;
  throw new SpreadsheetError(refusal.message, refusal.code, 'params' in refusal ? refusal.params : undefined);
}
