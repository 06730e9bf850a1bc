import { crc32, deflateRawSync } from 'node:zlib';

/** One part of a zip; `declaredSize` lets a test lie in the zip's directory about how large it unpacks. */
export interface ZipPart {
  name: string;
  data: Buffer;
  declaredSize?: number;
  /** The data already deflated (raw), when a test builds the same large part more than once. */
  deflated?: Buffer;
}

/** A zip of deflated parts, written by hand so that a test can make it as hostile as it likes. */
export function zipOf(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const packed = part.deflated ?? deflateRawSync(part.data, { level: 9 });
    const size = part.declaredSize ?? part.data.length;
    const crc = crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const bombs = new Map<number, Buffer>();

/**
 * A small .xlsx whose one worksheet unpacks to `unpackedBytes` (128 MB by default): a single cell
 * of one letter repeated, which deflates about a thousandfold. With `lie`, the zip's directory
 * claims the sheet is 1 kB, so only a reader that caps what it unpacks stops it.
 */
export function xlsxBomb(options: { unpackedBytes?: number; lie?: boolean } = {}): Buffer {
  const unpackedBytes = options.unpackedBytes ?? 128 * 1024 * 1024;
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>',
  );
  const tail = Buffer.from('</t></is></c></row></sheetData></worksheet>');
  const sheet = Buffer.alloc(unpackedBytes, 'A');
  head.copy(sheet, 0);
  tail.copy(sheet, unpackedBytes - tail.length);
  const deflated = bombs.get(unpackedBytes) ?? deflateRawSync(sheet, { level: 9 });
  bombs.set(unpackedBytes, deflated);
  return zipOf([
    ...XLSX_SKELETON,
    { name: 'xl/worksheets/sheet1.xml', data: sheet, deflated, declaredSize: options.lie ? 1024 : undefined },
  ]);
}

/** An .xlsx of `rows` rows (a header and numbered lines), its sheet XML written directly. */
export function xlsxOfRows(rows: number): Buffer {
  const body = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
  const sheet = Buffer.from(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ` +
      `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`,
  );
  return zipOf([...XLSX_SKELETON, { name: 'xl/worksheets/sheet1.xml', data: sheet }]);
}

const XLSX_SKELETON: ZipPart[] = [
  {
    name: '[Content_Types].xml',
    data: Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types ' +
        'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ' +
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default ' +
        'Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ' +
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  },
  {
    name: '_rels/.rels',
    data: Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships ' +
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" ' +
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" ' +
        'Target="xl/workbook.xml"/></Relationships>',
    ),
  },
  {
    name: 'xl/workbook.xml',
    data: Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook ' +
        'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet ' +
        'name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
  },
  {
    name: 'xl/_rels/workbook.xml.rels',
    data: Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships ' +
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" ' +
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" ' +
        'Target="worksheets/sheet1.xml"/></Relationships>',
    ),
  },
];
