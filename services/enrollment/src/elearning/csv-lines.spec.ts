import { parse } from 'csv-parse';
import { Readable } from 'node:stream';
import { LinedCsvParser, LinedRecord } from './csv-lines';

const OPTIONS = { bom: true, relax_column_count: true, skip_empty_lines: true };

/** `text` as a stream of chunks of `size` characters, as an upload arrives. */
const chunked = (text: string, size: number) =>
  Readable.from(Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size)));

/** Every record's first field with the line the import reports for it. */
async function linesOf(text: string, size = text.length): Promise<[string, number][]> {
  const found: [string, number][] = [];
  for await (const { record, line } of chunked(text, size).pipe(new LinedCsvParser(OPTIONS)) as AsyncIterable<LinedRecord>)
    found.push([record[0], line]);
  return found;
}

/** The same from csv-parse's own per-record `info`, which the import used before. */
async function infoLinesOf(text: string): Promise<[string, number][]> {
  const found: [string, number][] = [];
  const records = chunked(text, text.length).pipe(parse({ ...OPTIONS, info: true }));
  for await (const { record, info } of records as AsyncIterable<{ record: string[]; info: { lines: number } }>)
    found.push([record[0], info.lines]);
  return found;
}

describe('the line a CSV record ends on', () => {
  it('is the line of the record, empty lines and CRLF counted, however the file arrives in chunks', async () => {
    const text = '\uFEFF코드,이름\r\nA,하나\r\n\r\nB,"둘\n셋"\r\nC,끝\r\n';
    const expected: [string, number][] = [
      ['코드', 1],
      ['A', 2],
      ['B', 5],
      ['C', 6],
    ];
    expect(await linesOf(text)).toEqual(expected);
    expect(await linesOf(text, 3)).toEqual(expected);
  });

  it('is the very number csv-parse’s own record info gives, quoted line breaks included', async () => {
    const text = '\uFEFF코드,이름\r\nA,"첫\r\n둘째 줄"\r\n\r\nB,셋\r\nC,"x\ny\nz"\r\nD,끝';
    expect(await linesOf(text, 5)).toEqual(await infoLinesOf(text));
  });
});
