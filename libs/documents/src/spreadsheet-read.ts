import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { inflateRawSync } from 'node:zlib';

/**
 * Reading an uploaded sheet, as the parsing worker does it (see spreadsheet-worker.ts): no import
 * from the monorepo's aliases, so the worker loads this file alone, built or (in tests) as TypeScript.
 */

/** How much an upload may be and hold. */
export interface SheetLimits {
  /** The file as uploaded. */
  maxBytes: number;
  /** An .xlsx unpacked: the sum of its parts. */
  maxUnpackedBytes: number;
  /** Rows of a CSV, or of the worksheets of an .xlsx. */
  maxRows: number;
}

/**
 * ExcelJS, loaded on the first workbook rather than at start: it takes about 0.4 s of CPU to load,
 * which every start of every service (and every test's stack) would pay otherwise.
 */
export const loadExcelJs = () => import('exceljs');

/** An upload's limits: 10 MB as sent; an .xlsx at most 32 MB unpacked; 20,000 rows (every import's own limit is lower or equal). */
export const SHEET_LIMITS: SheetLimits = { maxBytes: 10 * 1024 * 1024, maxUnpackedBytes: 32 * 1024 * 1024, maxRows: 20_000 };

/** Why a file cannot be read at all: a refusal of its kind or of its size, each with its code. */
export type SheetRefusal =
  | { code: 'FILE_TYPE'; message: string }
  | { code: 'UNREADABLE'; message: string }
  | { code: 'FILE.TOO_LARGE'; message: string; params: { maxBytes: number; maxMegabytes: number; bytes: number } }
  | { code: 'FILE.UNPACKED_TOO_LARGE'; message: string; params: { maxUnpackedBytes: number; maxMegabytes: number } }
  | { code: 'FILE.TOO_MANY_ROWS'; message: string; params: { maxRows: number } };

export type SheetOutcome = { rows: string[][] } | { refusal: SheetRefusal };

const MB = 1024 * 1024;
export const tooLarge = (limits: SheetLimits, bytes: number): SheetRefusal => ({
  code: 'FILE.TOO_LARGE',
  params: { maxBytes: limits.maxBytes, maxMegabytes: limits.maxBytes / MB, bytes },
  message: `파일은 ${limits.maxBytes / MB}MB까지 받습니다 / files may be at most ${limits.maxBytes / MB} MB`,
});
export const unpackedTooLarge = (limits: SheetLimits): SheetRefusal => ({
  code: 'FILE.UNPACKED_TOO_LARGE',
  params: { maxUnpackedBytes: limits.maxUnpackedBytes, maxMegabytes: limits.maxUnpackedBytes / MB },
  message: `압축을 푼 엑셀 파일은 ${limits.maxUnpackedBytes / MB}MB까지 받습니다 / an .xlsx may unpack to at most ${limits.maxUnpackedBytes / MB} MB`,
});
const tooManyRows = (limits: SheetLimits): SheetRefusal => ({
  code: 'FILE.TOO_MANY_ROWS',
  params: { maxRows: limits.maxRows },
  message: `한 파일에 ${limits.maxRows}행까지 받습니다 / at most ${limits.maxRows} rows per file`,
});
const unreadable = (kind: 'xlsx' | 'csv', reason: string): SheetRefusal => ({
  code: 'UNREADABLE',
  message:
    kind === 'xlsx'
      ? `엑셀 파일을 읽을 수 없습니다 / not a readable .xlsx file: ${reason}`
      : `CSV 파일을 읽을 수 없습니다 / not a readable CSV file: ${reason}`,
});

/**
 * The first sheet of an .xlsx file or a CSV file (with or without BOM) as rows of text. Row i is
 * line i + 1 of the file (blank lines stay, as rows of empty cells), so errors can name the line.
 * Every limit is checked before the work it bounds: the size first, then an .xlsx's parts as they
 * unpack (stopping at the limit) and its rows, and only then is the workbook read.
 */
export async function parseSpreadsheet(content: Uint8Array, filename: string, limits: SheetLimits = SHEET_LIMITS): Promise<SheetOutcome> {
  if (content.byteLength > limits.maxBytes) return { refusal: tooLarge(limits, content.byteLength) };
  const buffer = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  if (/\.xlsx$/i.test(filename)) {
    const checked = checkXlsx(buffer, limits);
    if (checked) return { refusal: checked };
    const { Workbook } = await loadExcelJs();
    const workbook = new Workbook();
    try {
      await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch (error) {
      return { refusal: unreadable('xlsx', (error as Error).message) };
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) return { rows: [] };
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      rows[rowNumber - 1] = Array.from(values, cellText); // Array.from: empty cells are holes
    });
    if (rows.length > limits.maxRows) return { refusal: tooManyRows(limits) };
    return { rows: Array.from(rows, (row) => row ?? []) };
  }
  if (/\.(csv|txt)$/i.test(filename)) {
    try {
      // Invalid UTF-8 becomes U+FFFD here, and the import reports it on its row (see `textProblem`).
      const text = new TextDecoder('utf-8').decode(buffer).replace(/^\uFEFF/, '');
      const rows = parse(text, { relax_column_count: true, skip_empty_lines: false, to: limits.maxRows + 1 }) as string[][];
      return rows.length > limits.maxRows ? { refusal: tooManyRows(limits) } : { rows };
    } catch (error) {
      return { refusal: unreadable('csv', (error as Error).message) };
    }
  }
  return { refusal: { code: 'FILE_TYPE', message: '.xlsx 또는 .csv 파일만 받습니다 / only .xlsx and .csv files are accepted' } };
}

/** What could not be text in a cell: a control character (NUL …), or bytes that were not UTF-8 (read as U+FFFD). */
export function textProblem(value: string): 'VALIDATION.CONTROL_CHARACTER' | 'VALIDATION.ENCODING' | undefined {
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(value)) return 'VALIDATION.CONTROL_CHARACTER';
  if (value.includes('\uFFFD')) return 'VALIDATION.ENCODING';
  return undefined;
}

/** The cells of a row that cannot be text, by their index, with the code of each. */
export function badTextCells(
  cells: readonly (string | undefined)[],
): { column: number; code: NonNullable<ReturnType<typeof textProblem>> }[] {
  const bad: { column: number; code: NonNullable<ReturnType<typeof textProblem>> }[] = [];
  cells.forEach((cell, column) => {
    const code = cell ? textProblem(cell) : undefined;
    if (code) bad.push({ column, code });
  });
  return bad;
}

/** The words of a `textProblem` code, for a cell in a column named `label`. */
export function textProblemMessage(code: NonNullable<ReturnType<typeof textProblem>>, label: string): string {
  return code === 'VALIDATION.CONTROL_CHARACTER'
    ? `${label}: 제어 문자(NUL 등)는 쓸 수 없습니다 / ${label}: control characters (NUL …) are not allowed`
    : `${label}: UTF-8 글자가 아닌 내용이 있습니다 / ${label}: not UTF-8 text`;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_PARTS = 1000;

/**
 * An .xlsx is a zip. Before the workbook is read, its central directory's sizes must stay within
 * the limit, and each part is unpacked with a cap on its output, so a small file that would unpack
 * to hundreds of megabytes (a zip bomb, or a directory that lies about its sizes) stops at the
 * limit. Rows are counted in the worksheets' XML on the way. Answers the refusal, or nothing.
 */
export function checkXlsx(zip: Buffer, limits: SheetLimits): SheetRefusal | undefined {
  const end = findEndOfCentralDirectory(zip);
  if (end < 0) return unreadable('xlsx', 'no zip directory');
  const entries = zip.readUInt16LE(end + 10);
  const directoryOffset = zip.readUInt32LE(end + 16);
  if (entries === 0xffff || directoryOffset === 0xffffffff) return unreadable('xlsx', 'zip64 is not read');
  if (entries > MAX_PARTS) return unreadable('xlsx', `more than ${MAX_PARTS} parts`);
  const parts: { name: string; method: number; compressed: number; size: number; local: number }[] = [];
  let declared = 0;
  for (let i = 0, at = directoryOffset; i < entries; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return unreadable('xlsx', 'broken zip directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const part = {
      method: zip.readUInt16LE(at + 10),
      compressed: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      local: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    };
    declared += part.size;
    if (declared > limits.maxUnpackedBytes) return unpackedTooLarge(limits);
    parts.push(part);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  let unpacked = 0;
  let rows = 0;
  for (const part of parts) {
    if (part.local + 30 > zip.length || zip.readUInt32LE(part.local) !== LOCAL) return unreadable('xlsx', 'broken zip entry');
    const start = part.local + 30 + zip.readUInt16LE(part.local + 26) + zip.readUInt16LE(part.local + 28);
    const data = zip.subarray(start, start + part.compressed);
    if (data.length !== part.compressed) return unreadable('xlsx', 'truncated zip entry');
    let content: Buffer;
    if (part.method === 0) content = data;
    else if (part.method === 8) {
      try {
        // Never more than what is left of the limit (plus one byte, to tell "at" from "past").
        content = inflateRawSync(data, { maxOutputLength: limits.maxUnpackedBytes - unpacked + 1 });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) return unpackedTooLarge(limits);
        return unreadable('xlsx', `${part.name}: ${(error as Error).message}`);
      }
    } else return unreadable('xlsx', `${part.name}: compression method ${part.method}`);
    unpacked += content.length;
    if (unpacked > limits.maxUnpackedBytes) return unpackedTooLarge(limits);
    if (content.length !== part.size) return unreadable('xlsx', `${part.name}: size differs from the zip directory`);
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(part.name)) {
      rows += countRows(content);
      if (rows > limits.maxRows) return tooManyRows(limits);
    }
  }
  return undefined;
}

function findEndOfCentralDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) if (zip.readUInt32LE(at) === EOCD) return at;
  return -1;
}

/** `<row ` or `<row>` elements (any namespace prefix) in a worksheet's XML. */
function countRows(xml: Buffer): number {
  let count = 0;
  for (let at = xml.indexOf('row'); at >= 0; at = xml.indexOf('row', at + 3)) {
    const before = xml[at - 1];
    const after = xml[at + 3];
    if ((before === 0x3c /* < */ || before === 0x3a) /* : */ && (after === 0x20 || after === 0x3e || after === 0x09 || after === 0x0a))
      count++;
  }
  return count;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  // An impossible date stays as text, so the import reports it on its row rather than failing.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value).trim();
}
