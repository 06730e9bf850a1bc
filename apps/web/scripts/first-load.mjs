// The JavaScript a browser loads before the first screen shows: the entry script of index.html and
// the chunks it preloads, gzipped. Domains' screens and Chart.js load later, when first opened.
//
//   node apps/web/scripts/first-load.mjs [--max-kb 250]   (after `npm run build:web`)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'dist', 'apps', 'web');
const html = readFileSync(join(root, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
for (const src of scripts) {
  const bytes = gzipSync(readFileSync(join(root, src)), { level: 9 }).length;
  total += bytes;
  console.log(`${(bytes / 1024).toFixed(1).padStart(7)} kB  ${src}`);
}
console.log(`${(total / 1024).toFixed(1).padStart(7)} kB  first load, JavaScript, gzipped`);
const at = process.argv.indexOf('--max-kb');
if (at !== -1 && total / 1024 > Number(process.argv[at + 1])) {
  console.error(`The first load is over ${process.argv[at + 1]} kB: load more of it lazily.`);
  process.exit(1);
}
