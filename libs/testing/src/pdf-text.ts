import { inflateSync } from 'node:zlib';

/**
 * The text a PDF shows, for tests: the text objects of its content streams decoded through each
 * font's ToUnicode map (how a reader or a screen reader gets the characters of an embedded subset),
 * one line per text object. Enough for what PDFKit writes: Flate streams, hex strings, Tj and TJ.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream: string | null }>();
  // Object by object, a stream's bytes taken by its /Length: compressed data may hold any byte, an
  // end-of-line or "endobj" among them, so nothing is found by searching inside it.
  const header = /(\d+) 0 obj/g;
  for (let m = header.exec(raw); m; m = header.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endobj', start);
    const at = raw.indexOf('stream', start);
    if (at < 0 || (end >= 0 && end < at)) {
      objects.set(m[1], { dict: raw.slice(start, end < 0 ? undefined : end), stream: null });
      if (end >= 0) header.lastIndex = end;
      continue;
    }
    const dict = raw.slice(start, at);
    let from = at + 'stream'.length;
    if (raw[from] === '\r') from++;
    if (raw[from] === '\n') from++;
    const length = /\/Length (\d+)(?!\s+\d+\s+R)/.exec(dict);
    const to = length ? from + Number(length[1]) : raw.indexOf('endstream', from);
    const bytes = Buffer.from(raw.slice(from, to), 'latin1');
    objects.set(m[1], { dict, stream: (dict.includes('/FlateDecode') ? inflateSync(bytes) : bytes).toString('latin1') });
    header.lastIndex = raw.indexOf('endobj', to);
  }
  const unicodeOf = new Map<string, Map<number, string>>();
  for (const [, { dict }] of objects) {
    const fonts = dict.match(/\/Font\s*<<([^>]*)>>/);
    if (!fonts) continue;
    for (const [, name, ref] of fonts[1].matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      const toUnicode = objects.get(ref)?.dict.match(/\/ToUnicode (\d+) 0 R/);
      const cmap = toUnicode && objects.get(toUnicode[1])?.stream;
      if (cmap) unicodeOf.set(name, parseCmap(cmap));
    }
  }
  const lines: string[] = [];
  for (const [, { stream }] of objects) {
    if (!stream?.includes('BT')) continue;
    for (const block of stream.matchAll(/BT([\s\S]*?)ET/g)) {
      let font = new Map<number, string>();
      let text = '';
      for (const op of block[1].matchAll(/\/(\w+) [\d.]+ Tf|\[((?:[^\]])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
        if (op[1]) font = unicodeOf.get(op[1]) ?? new Map();
        const hexes = op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]) : op[3] !== undefined ? [op[3]] : [];
        for (const hex of hexes) for (let i = 0; i + 4 <= hex.length; i += 4) text += font.get(parseInt(hex.slice(i, i + 4), 16)) ?? '';
      }
      lines.push(text);
    }
  }
  return lines.join('\n');
}

/** UTF-16 code units in hex (a ligature maps to several, spaced). */
const fromHex = (hex: string) => String.fromCharCode(...(hex.replace(/\s+/g, '').match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));

function parseCmap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, from, to] of section[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(from, 16), fromHex(to));
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, start, , list, single] of section[1].matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:\[([^\]]*)\]|<([0-9a-fA-F]+)>)/g,
    )) {
      const first = parseInt(start, 16);
      if (list !== undefined) [...list.matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach((u, i) => map.set(first + i, fromHex(u[1])));
      else {
        const base = parseInt(single, 16);
        const last = parseInt(section[1].match(new RegExp(`<${start}>\\s*<([0-9a-fA-F]+)>`))![1], 16);
        for (let code = first; code <= last; code++) map.set(code, String.fromCodePoint(base + code - first));
      }
    }
  return map;
}
