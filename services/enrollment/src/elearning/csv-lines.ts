import { Options as CsvOptions, Parser } from 'csv-parse';

/** A parsed record and the line it ends on (for a refused row's report). */
export interface LinedRecord {
  record: string[];
  line: number;
}

/**
 * csv-parse's `info` option builds an object of a dozen fields for every record, a sixth of an
 * import's time, to give the one number a refused row needs: each record leaves here with the
 * parser's current line, which is that same number.
 */
export class LinedCsvParser extends Parser {
  constructor(options: CsvOptions) {
    super({ ...options, info: false });
  }
  override push(record: string[] | null): boolean {
    return super.push(record === null ? null : ({ record, line: this.info.lines } satisfies LinedRecord));
  }
}
