// The web's typed API client comes from the gateway's OpenAPI document, never from hand-written
// copies of server types. This writes the document (from the built gateway, without starting
// anything) and generates `src/api/schema.d.ts` from it with openapi-typescript.
//
//   node apps/web/scripts/api-client.mjs          regenerate (after `npm run build:server`)
//   node apps/web/scripts/api-client.mjs --check  fail if the committed client is stale (npm test)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const exporter = join(root, 'dist', 'services', 'gateway', 'src', 'openapi', 'export-openapi.js');
const documentPath = join(root, 'tmp', 'gateway-openapi.json');
const clientPath = join(root, 'apps', 'web', 'src', 'api', 'schema.d.ts');
const check = process.argv.includes('--check');

if (!existsSync(exporter)) {
  console.error('The gateway is not built: run `npm run build:server` first.');
  process.exit(2);
}
mkdirSync(dirname(documentPath), { recursive: true });
execFileSync(process.execPath, [exporter, documentPath], { stdio: 'inherit' });

const ast = await openapiTS(pathToFileURL(documentPath), { enum: false, exportType: true, alphabetize: true });
const header =
  "// Generated from the gateway's OpenAPI document by apps/web/scripts/api-client.mjs; do not edit.\n" +
  '// Regenerate with `npm run api:client`.\n\n';
const generated = header + astToString(ast);

if (check) {
  const committed = existsSync(clientPath) ? readFileSync(clientPath, 'utf8') : '';
  if (committed !== generated) {
    console.error("apps/web/src/api/schema.d.ts is stale: the gateway's API changed. Run `npm run api:client` and commit the result.");
    process.exit(1);
  }
  console.log("The web's API client matches the gateway's OpenAPI document.");
} else {
  writeFileSync(clientPath, generated);
  console.log(`Wrote ${clientPath.slice(root.length + 1)}`);
}
