import { ServiceStack, SERVICE_NAMES } from '@baeum/testing';
import { randomUUID } from 'node:crypto';

/**
 * Every operation of the gateway's OpenAPI document, called with malformed input by a demo user
 * allowed to make the call: wrong types for every body field, missing and unknown fields, huge,
 * empty, NUL and control-character strings, invalid UTF-8, invalid ids and impossible dates, wrong
 * content types, over-deep JSON and bad query strings. No answer may be a 5xx, every 4xx has the
 * coded error shape, and no service's data changes.
 */
const PASSWORD = 'Baeum!2022';
/** Operations walked side by side; each operation's cases run one after another. */
const PARALLEL = 4;
/** At most this many body fields per operation get their own malformed values (the document's order). */
const FIELDS_PER_OPERATION = 12;

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  maxLength?: number;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};
type Parameter = { in: string; name: string; required?: boolean; schema?: Schema };
type Operation = { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema?: Schema }> }; security?: unknown[] };
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

/** One malformed request: the path (placeholders filled), the query text, the body and its content type. */
interface Case {
  what: string;
  path: string;
  query?: string;
  body?: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

const USERS = {
  admin: 'admin@seoul-hrd.example',
  planner: 'planner@seoul-hrd.example',
  manager: 'manager@seoul-hrd.example',
  exam: 'exam@seoul-hrd.example',
  finance: 'finance@seoul-hrd.example',
  trainee: 'trainee@seoul-hrd.example',
  agency: 'agency@seoul-hrd.example',
  applicant: 'applicant@seoul-hrd.example',
  assessor: 'assessor@seoul-hrd.example',
  operator: 'operator@baeum.example',
} as const;
type User = keyof typeof USERS;
/** The platform operator signs in at the platform's own tenant (ADR 0014), everyone else at the demo institute. */
const tenantOf = (user: User) => (user === 'operator' ? 'platform' : 'seoul-hrd');

/** Whom to try first for an operation (the next on a 401 or 403, until one may make the call). */
function candidates(path: string): User[] {
  const first: User[] = path.startsWith('/api/platform')
    ? ['operator']
    : path.startsWith('/api/finance')
      ? ['finance']
      : path.startsWith('/api/exam/assessments') || path.startsWith('/api/exam/assessment-feedback')
        ? ['assessor']
        : path.startsWith('/api/exam')
          ? ['exam', 'applicant']
          : path.startsWith('/api/enrollment') || path.startsWith('/api/trainee-accounts')
            ? ['manager', 'trainee', 'agency']
            : path.startsWith('/api/plans') || path.startsWith('/api/demand-surveys')
              ? ['planner']
              : ['admin'];
  return [...first, ...(Object.keys(USERS) as User[]).filter((u) => !first.includes(u))];
}

let stack: ServiceStack;
let document: Document;
const tokens = {} as Record<User, string>;

beforeAll(async () => {
  stack = await ServiceStack.start();
  const answer = await fetch(`${stack.gatewayUrl}/docs-json`);
  expect(answer.status).toBe(200);
  document = (await answer.json()) as Document;
  for (const [user, email] of Object.entries(USERS)) {
    const signedIn = await fetch(`${stack.gatewayUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: tenantOf(user as User), email, password: PASSWORD }),
    });
    expect([email, signedIn.status]).toEqual([email, 200]);
    tokens[user as User] = ((await signedIn.json()) as { accessToken: string }).accessToken;
  }
});

afterAll(async () => {
  await stack?.stop();
});

// ---- the data, before and after

/** Row count and a hash of the rows of every table of every service. */
async function fingerprint(): Promise<Record<string, string>> {
  const prints: Record<string, string> = {};
  for (const service of SERVICE_NAMES) {
    const tables = await stack.query<{ name: string }>(
      service,
      `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
    );
    const rows = await stack.query<{ name: string; n: number; hash: string }>(
      service,
      tables
        .map(
          ({ name }) =>
            `SELECT '${name}' AS name, count(*)::int AS n,
                    md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS hash FROM ${name} t`,
        )
        .join(' UNION ALL '),
    );
    for (const row of rows) prints[`${service}:${row.name}`] = `${row.n} ${row.hash}`;
  }
  return prints;
}

/** The fingerprint once the services have settled (start-up events consumed, outboxes relayed). */
async function settledFingerprint(): Promise<Record<string, string>> {
  let last = await fingerprint();
  for (let attempt = 0; attempt < 30; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const next = await fingerprint();
    if (JSON.stringify(next) === JSON.stringify(last)) return next;
    last = next;
  }
  throw new Error('the data did not settle before the walk');
}

// ---- malformed values

const resolve = (schema: Schema | undefined): Schema => {
  if (!schema) return {};
  if (schema.$ref) return resolve(document.components.schemas[schema.$ref.replace('#/components/schemas/', '')]);
  const merged = schema.allOf ?? schema.oneOf ?? schema.anyOf;
  return merged ? { ...schema, ...resolve(merged[0]) } : schema;
};

const HUGE = 'ㄱ'.repeat(20_000);
/** Values wrong for a field of this schema (its name hints at ids and dates the schema may not say). */
function badValues(name: string, raw: Schema): unknown[] {
  const schema = resolve(raw);
  const values: unknown[] = [null];
  const idLike = schema.format === 'uuid' || /(^id|Id|Ids)$/.test(name);
  const dateLike = schema.format === 'date' || schema.format === 'date-time' || /(Date|At|Opens|Closes|asOf)$/.test(name);
  switch (schema.type) {
    case 'string':
      values.push(123, true, [], {}, '', ' ', 'a\u0000b', 'a\u0007\u001bb', '\ud800', 'x'.repeat((schema.maxLength ?? 2000) + 1), HUGE);
      if (schema.enum) values.push('NOT_ONE_OF_THEM');
      if (idLike) values.push('not-a-uuid', randomUUID(), '00000000-0000-0000-0000-000000000000');
      if (dateLike) values.push('2026-13-40', '2026-02-30', '99999-01-01', '2026-01-01T25:61:00Z');
      break;
    case 'integer':
    case 'number':
      values.push('abc', '12', 1.5, -1, -2147483649, 2 ** 53 + 2, 1e308, {}, [1]);
      break;
    case 'boolean':
      values.push('true', 1, {});
      break;
    case 'array':
      values.push(
        'x',
        1,
        {},
        [null],
        [123, 'x', {}],
        Array.from({ length: 5000 }, (_, i) => i),
      );
      if (resolve(schema.items).type === 'object') values.push([{ zzUnknown: 1 }], [[]]);
      if (idLike) values.push(['not-a-uuid'], [randomUUID(), randomUUID()]);
      break;
    default:
      values.push('x', 1, [], { zzUnknown: 1 }, { a: { b: { c: '\u0000' } } });
  }
  return values;
}

const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const INVALID_UTF8 = (text: string) =>
  Buffer.concat([Buffer.from('{"zz":"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]), Buffer.from(`${text}"}`)]);
const QUERY_VALUES = [
  '%00',
  'a%00b',
  '%07%1b',
  '%ff%fe',
  'x'.repeat(4000),
  '',
  '2026-13-40',
  'not-a-uuid',
  '-1',
  '1e400',
  'NaN',
  '%E2%80%AE',
];

/** Every malformed request for one operation. */
function casesOf(path: string, method: string, operation: Operation): Case[] {
  const parameters = operation.parameters ?? [];
  const pathParams = parameters.filter((p) => p.in === 'path');
  const queryParams = parameters.filter((p) => p.in === 'query');
  const fill = (value: (p: Parameter) => string) =>
    path.replace(/\{(\w+)\}/g, (_, name) => value(pathParams.find((p) => p.name === name)!));
  /** Well-formed placeholders: an id of nothing, this year. */
  const plausible = (p: Parameter) => (/year/i.test(p.name) ? '2099' : /code/i.test(p.name) ? 'NO-SUCH-CODE' : randomUUID());
  const base = fill(plausible);
  const cases: Case[] = [];

  // Path parameters: ids that are not uuids, uuids of nothing, text no id has.
  for (const param of pathParams) {
    for (const value of [
      'not-a-uuid',
      '00000000-0000-0000-0000-000000000000',
      randomUUID(),
      '%00',
      'a%00b',
      '%ff',
      'x'.repeat(3000),
      '2026-13-40',
      '-1',
      '99999999999999999999',
      '%F0%9F%98%80'.repeat(30),
      '..%2F..%2Fetc%2Fpasswd',
    ]) {
      cases.push({ what: `path ${param.name}=${value.slice(0, 24)}`, path: fill((p) => (p === param ? value : plausible(p))) });
    }
  }
  // Query parameters: each declared one with bad text, given twice, nested; and one nobody declares.
  for (const param of queryParams) {
    for (const value of QUERY_VALUES)
      cases.push({ what: `query ${param.name}=${value.slice(0, 24)}`, path: base, query: `${param.name}=${value}` });
    cases.push({ what: `query ${param.name} twice`, path: base, query: `${param.name}=a&${param.name}=b` });
    cases.push({ what: `query ${param.name}[x]`, path: base, query: `${param.name}[x]=1&${param.name}[y][z]=2` });
  }
  cases.push({ what: 'query unknown', path: base, query: 'zzUnknown=%00&__proto__[polluted]=1&constructor[prototype][x]=1' });
  cases.push({ what: 'query malformed', path: base, query: '%&=&&==%zz&a=%' });

  const content = operation.requestBody?.content ?? {};
  const json = content['application/json'];
  if (json) {
    const schema = resolve(json.schema);
    const properties = Object.entries(schema.properties ?? {});
    const required = schema.required ?? [];
    // A body of this operation that could be valid without a path id would change data: it
    // always carries an unknown field too (the whole body is still validated, field by field).
    const unknown = required.length === 0 && pathParams.length === 0 ? { zzUnknown: 1 } : {};
    const body = (value: unknown) => JSON.stringify(value);
    for (const [name, property] of properties.slice(0, FIELDS_PER_OPERATION)) {
      for (const value of badValues(name, property)) {
        cases.push({
          what: `body ${name}=${JSON.stringify(value)?.slice(0, 24)}`,
          path: base,
          body: body({ ...unknown, [name]: value }),
          contentType: 'application/json',
        });
      }
    }
    // No body at all is a request to change nothing where no field is required and no path names the thing: valid, so not sent there.
    if (required.length > 0 || pathParams.length > 0)
      cases.push({ what: 'body empty', path: base, body: '', contentType: 'application/json' });
    const typical = Object.fromEntries(properties.map(([name, property]) => [name, badValues(name, property)[1]]));
    cases.push(
      { what: 'body missing fields', path: base, body: body(unknown), contentType: 'application/json' },
      { what: 'body unknown field', path: base, body: body({ ...typical, zzUnknown: '\u0000' }), contentType: 'application/json' },
      { what: 'body null', path: base, body: 'null', contentType: 'application/json' },
      { what: 'body list', path: base, body: '[{}]', contentType: 'application/json' },
      { what: 'body text', path: base, body: '"text"', contentType: 'application/json' },
      { what: 'body number', path: base, body: '12', contentType: 'application/json' },
      { what: 'body broken JSON', path: base, body: '{"a":', contentType: 'application/json' },
      { what: 'body deep list 40', path: base, body: deep(40), contentType: 'application/json' },
      { what: 'body deep object 40', path: base, body: deepObject(40), contentType: 'application/json' },
      { what: 'body deep list 20000', path: base, body: deep(20000), contentType: 'application/json' },
      { what: 'body deep object 5000', path: base, body: deepObject(5000), contentType: 'application/json' },
      { what: 'body 200 kB', path: base, body: body({ zz: 'x'.repeat(200_000) }), contentType: 'application/json' },
      { what: 'body 1 MB', path: base, body: body({ zz: 'x'.repeat(1_100_000) }), contentType: 'application/json' },
      { what: 'body invalid UTF-8', path: base, body: INVALID_UTF8('x'), contentType: 'application/json' },
      { what: 'body latin1 charset', path: base, body: '{}', contentType: 'application/json; charset=latin1' },
      { what: 'body unknown charset', path: base, body: '{}', contentType: 'application/json; charset=klingon' },
      { what: 'body gzip garbage', path: base, body: 'not gzip', contentType: 'application/json', headers: { 'content-encoding': 'gzip' } },
      { what: 'body text/plain', path: base, body: body(typical), contentType: 'text/plain' },
      {
        what: 'body multipart',
        path: base,
        body: '--b\r\ncontent-disposition: form-data; name="a"\r\n\r\n1\r\n--b--\r\n',
        contentType: 'multipart/form-data; boundary=b',
      },
      { what: 'body form', path: base, body: 'a=1&b[c]=%00', contentType: 'application/x-www-form-urlencoded' },
      { what: 'body file', path: base, body: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff]), contentType: 'application/octet-stream' },
      { what: 'body csv', path: base, body: 'a,b\n1,2\n', contentType: 'text/csv' },
    );
  } else if (Object.keys(content).length > 0) {
    // Files: the wrong kind of body. A real-looking file is sent only where the path names nothing.
    cases.push(
      { what: 'file as JSON', path: base, body: '{"rows":[1,2,3]}', contentType: 'application/json' },
      { what: 'file as deep JSON', path: base, body: deep(20000), contentType: 'application/json' },
      { what: 'file as text/plain', path: base, body: 'a,b\n1,2\n', contentType: 'text/plain' },
      {
        what: 'file as multipart',
        path: base,
        body: '--b\r\ncontent-disposition: form-data; name="file"; filename="a.csv"\r\n\r\na,b\r\n--b--\r\n',
        contentType: 'multipart/form-data; boundary=b',
      },
      { what: 'file empty', path: base, body: Buffer.alloc(0), contentType: Object.keys(content)[0] },
    );
    if (pathParams.length > 0) {
      const garbage = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 0xff)]);
      for (const name of ['a.xlsx', 'a.csv', '%ff%fe.csv', 'a%00.csv', '..%2F..%2Fa.csv', 'x'.repeat(3000)])
        cases.push({
          what: `file garbage ${name.slice(0, 24)}`,
          path: base,
          body: garbage,
          contentType: Object.keys(content)[0],
          headers: { 'x-file-name': name },
        });
      cases.push({ what: 'file csv with NUL', path: base, body: 'a,b\n\u0000,\u0007\n', contentType: Object.keys(content)[0] });
    }
  } else if (method !== 'get' && method !== 'delete') {
    cases.push({
      what: 'unexpected JSON body',
      path: base,
      body: JSON.stringify({ zzUnknown: '\u0000' }),
      contentType: 'application/json',
    });
    cases.push({ what: 'unexpected deep body', path: base, body: deep(20000), contentType: 'application/json' });
  }
  return cases;
}

// ---- the walk

interface Answer {
  status: number;
  body: unknown;
  retryAfter: string | null;
}

async function send(method: string, c: Case, token: string | undefined, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(`${stack.gatewayUrl}${c.path}${c.query === undefined ? '' : `?${c.query}`}`, {
    method: method.toUpperCase(),
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(c.contentType ? { 'content-type': c.contentType } : {}),
      ...headers,
      ...c.headers,
    },
    body: c.body,
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: the shape check below reports it
  }
  return { status: response.status, body, retryAfter: response.headers.get('retry-after') };
}

const isCoded = (status: number, body: unknown): boolean => {
  const b = body as { statusCode?: unknown; code?: unknown; message?: unknown } | undefined;
  return typeof b === 'object' && b !== null && b.statusCode === status && typeof b.code === 'string' && typeof b.message === 'string';
};

describe('malformed input to every operation of the API', () => {
  it('never answers 5xx, answers every refusal in the coded shape, and changes no data', async () => {
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
    );
    expect(operations.length).toBeGreaterThan(150);
    // A first visit may make a record (a trainee's own, on their first call): every user reads
    // every list once before the fingerprint, so that what changes afterwards is the walk's doing.
    for (const user of Object.keys(USERS) as User[])
      await Promise.all(
        operations
          .filter(({ path, method }) => method === 'get' && !path.includes('{'))
          .map(({ path }) =>
            fetch(`${stack.gatewayUrl}${path}`, { headers: { authorization: `Bearer ${tokens[user]}` } }).then((r) => r.text()),
          ),
      );
    const before = await settledFingerprint();

    const byStatus: Record<string, number> = {};
    const faults: string[] = [];
    const shapeless: string[] = [];
    const noRole: string[] = [];
    let requests = 0;
    const started = Date.now();
    const walk = async ({ path, method, operation }: (typeof operations)[number]) => {
      const key = `${method.toUpperCase()} ${path}`;
      const open = (operation.security ?? []).length === 0;
      const users = candidates(path);
      let current = 0;
      let allowed = open;
      const headers = Object.fromEntries(
        (operation.parameters ?? []).filter((p) => p.in === 'header').map((p) => [p.name.toLowerCase(), randomUUID()]),
      );
      for (const c of casesOf(path, method, operation)) {
        let answer: Answer;
        for (;;) {
          answer = await send(method, c, open ? undefined : tokens[users[current]], headers);
          requests++;
          // Not this user's call: the next one (a refusal for every user is reported below).
          if (!open && (answer.status === 401 || answer.status === 403) && current < users.length - 1) current++;
          else break;
        }
        if (answer.status !== 401 && answer.status !== 403) allowed = true;
        byStatus[answer.status] = (byStatus[answer.status] ?? 0) + 1;
        const where = `${key} [${c.what}] as ${open ? 'anyone' : users[current]}`;
        if (answer.status >= 500)
          faults.push(
            `${where} → ${answer.status}${answer.retryAfter ? ` (Retry-After ${answer.retryAfter})` : ''} ` +
              JSON.stringify(answer.body).slice(0, 200),
          );
        else if (answer.status >= 400 && !isCoded(answer.status, answer.body))
          shapeless.push(`${where} → ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
      }
      if (!allowed) noRole.push(key);
    };
    const queue = [...operations];
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) await walk(next);
      }),
    );
    const after = await fingerprint();

    const changed = Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
    process.stdout.write(
      `bad input: ${requests} requests to ${operations.length} operations in ${((Date.now() - started) / 1000).toFixed(0)} s; ` +
        `answers by status ${JSON.stringify(byStatus)}\n`,
    );
    if (noRole.length > 0) process.stdout.write(`refused to every demo user: ${noRole.join(', ')}\n`);
    expect(faults).toEqual([]);
    expect(shapeless).toEqual([]);
    expect(changed).toEqual([]);
  }, 600_000);
});
