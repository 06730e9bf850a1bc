import { ApiClient, ApiResponse, ServiceStack } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Least privilege, held to the reviewed role × operation matrix (docs/security/role-matrix.csv,
 * how to read it: docs/security/role-matrix.md). A fresh stack (its own databases, demo data); every operation of the
 * gateway's OpenAPI document called by every caller: nobody, each role of the demo institute, and a
 * user of the second institute. Path parameters are real ids where someone may read them, random
 * ones otherwise; bodies are empty, so an allowed call may answer 2xx, 400, 404 or 409 but never
 * 401 or 403, and a forbidden one answers 401 or 403. Nothing answers 5xx; writes change nothing;
 * the other institute's user never reads this institute's data.
 */
const PASSWORD = 'Baeum!2022';
const ROLES = [
  'admin',
  'planner',
  'course_manager',
  'exam_officer',
  'finance_officer',
  'agency_admin',
  'trainee',
  'applicant',
  'assessor',
  'platform_operator',
];
const CALLERS = ['anonymous', ...ROLES, 'other_institute'] as const;
type Caller = (typeof CALLERS)[number];
const DEMO_EMAILS: Record<string, string> = {
  admin: 'admin@seoul-hrd.example',
  planner: 'planner@seoul-hrd.example',
  course_manager: 'manager@seoul-hrd.example',
  exam_officer: 'exam@seoul-hrd.example',
  finance_officer: 'finance@seoul-hrd.example',
  agency_admin: 'agency@seoul-hrd.example',
  trainee: 'trainee@seoul-hrd.example',
  applicant: 'applicant@seoul-hrd.example',
  assessor: 'assessor@seoul-hrd.example',
  platform_operator: 'operator@baeum.example',
};
/** The platform operator signs in at the platform's own tenant (ADR 0014), everyone else at the demo institute. */
const TENANT_OF: Record<string, string> = { platform_operator: 'platform' };
/** Calls at once: enough to finish in a minute or two, few enough for a busy 2-core machine. */
const CONCURRENCY = 4;
const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const isIdParam = (name: string) => name === 'id' || /Id$/.test(name);

interface Operation {
  method: string;
  path: string;
  expect: Record<Caller, string>;
}
interface Answer {
  op: Operation;
  caller: Caller;
  url: string;
  status: number;
  body: unknown;
}

function readMatrix(): Operation[] {
  const file = join(__dirname, '..', '..', '..', 'docs', 'security', 'role-matrix.csv');
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const columns = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    const row = Object.fromEntries(columns.map((c, i) => [c, cells[i]]));
    return { method: row.method, path: row.path, expect: Object.fromEntries(CALLERS.map((c) => [c, row[c]])) as Record<Caller, string> };
  });
}

/** Whether the answer is what the matrix expects of that caller. */
function agrees(expected: string, status: number): boolean {
  if (status >= 500) return false;
  if (expected === 'deny') return status === 401 || status === 403;
  if (expected === '404') return status === 404;
  return status !== 401 && status !== 403; // allow
}

let stack: ServiceStack;
const clients = {} as Record<Caller, ApiClient>;
/** This institute's real ids, by path parameter, for the operations someone may read. */
const ids: Record<string, string> = {};
/** Everything of this institute another institute's user must never see in an answer. */
const secrets = new Set<string>();
const matrix = readMatrix();
let document: { paths: Record<string, Record<string, unknown>> };
let answers: Answer[] = [];
let runMs = 0;
let tenantId = '';

const firstOf = (response: ApiResponse, pick: (item: any) => unknown = (item) => item?.id): string | undefined =>
  Array.isArray(response.body) && response.body.length > 0 ? String(pick(response.body[0])) : undefined;

/** What the listed collections hold, by id: a write with an empty body must leave them alone. */
async function snapshot(): Promise<Record<string, string[]>> {
  const lists: [Caller, string][] = [
    ['admin', '/api/cohorts'],
    ['admin', '/api/courses'],
    ['admin', '/api/plans'],
    ['admin', '/api/rooms'],
    ['admin', '/api/instructors'],
    ['admin', '/api/demand-surveys'],
    ['admin', '/api/categories'],
    ['admin', '/api/enrollment/trainees'],
    ['admin', '/api/exam/exams'],
    ['admin', '/api/exam/interviewers'],
    ['admin', '/api/exam/assessment-rounds'],
    ['admin', '/api/exam/assessors'],
    ['admin', '/api/finance/books'],
    ['admin', '/api/enrollment/completion-imports'],
    ['trainee', '/api/enrollment/applications/mine'],
    ['applicant', '/api/exam/applications/mine'],
  ];
  const result: Record<string, string[]> = {};
  for (const [caller, path] of lists) {
    const { status, body } = await clients[caller].get(path);
    expect(status).toBe(200);
    result[`${caller} ${path}`] = (body as { id?: string; code?: string; fiscalYear?: number; status?: string }[])
      .map((item) => `${item.id ?? item.code ?? item.fiscalYear}:${item.status ?? ''}`)
      .sort();
  }
  return result;
}

beforeAll(async () => {
  stack = await ServiceStack.start();
  const gateway = new ApiClient(stack.gatewayUrl);
  clients.anonymous = gateway;
  for (const role of ROLES) clients[role as Caller] = await gateway.signIn(TENANT_OF[role] ?? 'seoul-hrd', DEMO_EMAILS[role], PASSWORD);
  clients.other_institute = await gateway.signIn('sejong-edu', 'manager@sejong-edu.example', PASSWORD);
  document = (await gateway.get('/docs-json')).body;

  const admin = clients.admin;
  const found: Record<string, string | undefined> = {
    cohort: firstOf(await admin.get('/api/cohorts')),
    course: firstOf(await admin.get('/api/courses')),
    plan: firstOf(await admin.get('/api/plans')),
    room: firstOf(await admin.get('/api/rooms')),
    instructor: firstOf(await admin.get('/api/instructors')),
    survey: firstOf(await admin.get('/api/demand-surveys')),
    trainee: firstOf(await admin.get('/api/enrollment/trainees')),
    exam: firstOf(await admin.get('/api/exam/exams')),
    round: firstOf(await admin.get('/api/exam/assessment-rounds')),
    fiscalYear: firstOf(await admin.get('/api/budget-lines'), (line) => line.fiscalYear),
    line: firstOf(await admin.get('/api/budget-lines'), (line) => line.code),
    examApplication: firstOf(await clients.applicant.get('/api/exam/applications/mine')),
    enrollmentApplication: firstOf(await clients.trainee.get('/api/enrollment/applications/mine')),
  };
  for (const [name, value] of Object.entries(found)) {
    if (!value) continue; // none in the demo data: its reads get a random id (and answer 404)
    ids[name] = value;
    if (!['fiscalYear', 'line'].includes(name)) secrets.add(value);
  }
  tenantId = (await admin.get('/api/me')).body.tenantId;
  secrets.add(tenantId);
}, 240000);

afterAll(async () => {
  await stack?.stop();
});

/** The value of one path parameter: this institute's real one for reads someone may make, else one that exists nowhere. */
function paramValue(op: Operation, name: string): string {
  const readable = op.method === 'GET' && ROLES.some((role) => op.expect[role as Caller] === 'allow');
  if (readable) {
    const p = op.path;
    const real =
      name === 'fiscalYear'
        ? ids.fiscalYear
        : name === 'code' && p.startsWith('/api/finance/')
          ? ids.line
          : name === 'examId'
            ? ids.exam
            : name === 'applicationId'
              ? ids.enrollmentApplication
              : name !== 'id'
                ? undefined
                : p.startsWith('/api/cohorts/') || p.startsWith('/api/enrollment/cohorts/')
                  ? ids.cohort
                  : p.startsWith('/api/courses/')
                    ? ids.course
                    : p.startsWith('/api/plans/')
                      ? ids.plan
                      : p.startsWith('/api/rooms/')
                        ? ids.room
                        : p.startsWith('/api/instructors/')
                          ? ids.instructor
                          : p.startsWith('/api/demand-surveys/')
                            ? ids.survey
                            : p.startsWith('/api/enrollment/trainees/')
                              ? ids.trainee
                              : p.startsWith('/api/enrollment/applications/')
                                ? ids.enrollmentApplication
                                : p.startsWith('/api/exam/exams/')
                                  ? ids.exam
                                  : p.startsWith('/api/exam/applications/')
                                    ? ids.examApplication
                                    : p.startsWith('/api/exam/assessment-rounds/')
                                      ? ids.round
                                      : undefined;
    if (real) return real;
  }
  if (isIdParam(name)) return randomUUID();
  return name === 'fiscalYear' ? '2999' : `NO-SUCH-${randomUUID().slice(0, 8).toUpperCase()}`;
}

/** The media type an operation takes its body in (a file upload's, or JSON). */
function mediaType(op: Operation): string {
  const body = (document.paths[op.path]?.[op.method.toLowerCase()] as { requestBody?: { content?: Record<string, unknown> } })?.requestBody;
  return Object.keys(body?.content ?? {})[0] ?? 'application/json';
}

async function call(op: Operation, caller: Caller): Promise<Answer> {
  const url = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(paramValue(op, name)));
  let body: unknown;
  let headers: Record<string, string> = {};
  if (WRITE.has(op.method) && op.method !== 'DELETE') {
    // An empty body in the operation's own media type: `{}` for JSON, no bytes for a file.
    const type = mediaType(op);
    if (type === 'application/json') body = {};
    else [body, headers] = ['', { 'content-type': type === 'multipart/form-data' ? 'application/octet-stream' : type }];
  }
  const { status, body: answer } = await clients[caller].request(op.method, url, body, headers);
  return { op, caller, url, status, body: answer };
}

it('covers every operation of the OpenAPI document, and nothing else', () => {
  const inDocument = Object.entries(document.paths)
    .flatMap(([path, item]) => ['get', 'post', 'put', 'patch', 'delete'].filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${path}`))
    .sort();
  expect(matrix.map((op) => `${op.method} ${op.path}`).sort()).toEqual(inDocument);
  for (const op of matrix) for (const caller of CALLERS) expect(['allow', 'deny', '404']).toContain(op.expect[caller]);
});

it('answers every operation as the matrix says for every caller, with no 5xx, no change and no leak', async () => {
  const before = await snapshot();
  const settingsBefore = (await clients.admin.get('/api/curriculum-settings')).body;
  const instituteBefore = (await clients.admin.get('/api/admin/settings')).body;
  const calls = matrix.flatMap((op) => CALLERS.map((caller) => ({ op, caller })));
  const started = Date.now();
  answers = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < calls.length) {
        const { op, caller } = calls[next++];
        answers.push(await call(op, caller));
      }
    }),
  );
  runMs = Date.now() - started;

  const byStatus: Record<number, number> = {};
  for (const a of answers) byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;
  console.log(
    `role matrix: ${matrix.length} operations × ${CALLERS.length} callers = ${answers.length} calls in ${(runMs / 1000).toFixed(1)} s; ` +
      `answers by status ${JSON.stringify(byStatus)}`,
  );

  mkdirSync(join(__dirname, '..', '..', '..', 'tmp'), { recursive: true });
  writeFileSync(
    join(__dirname, '..', '..', '..', 'tmp', 'role-matrix-answers.json'),
    JSON.stringify(
      answers.map((a) => ({ op: `${a.op.method} ${a.op.path}`, caller: a.caller, expected: a.op.expect[a.caller], status: a.status })),
    ),
  );
  const wrong = answers
    .filter((a) => !agrees(a.op.expect[a.caller], a.status))
    .map(
      (a) =>
        `${a.op.method} ${a.url} as ${a.caller}: ${a.status}, expected ${a.op.expect[a.caller]} ${JSON.stringify(a.body).slice(0, 160)}`,
    );
  expect(wrong).toEqual([]);

  // An allowed write with an empty body is refused for its body (400) or its random id (404): it changes nothing.
  // (The curriculum and institute settings take a partial update whose fields are all optional: `{}` sets nothing,
  // shown by the settings reads below. Marking all of one's own inbox read takes no body at all, and touches only
  // the caller's own items.)
  const partialUpdates = new Set(['PUT /api/curriculum-settings', 'PUT /api/admin/settings', 'POST /api/me/inbox/read-all']);
  const wroteSomething = answers
    .filter((a) => WRITE.has(a.op.method) && a.status < 300 && !partialUpdates.has(`${a.op.method} ${a.op.path}`))
    .map((a) => `${a.op.method} ${a.url} as ${a.caller}: ${a.status}`);
  expect(wroteSomething).toEqual([]);
  expect(await snapshot()).toEqual(before);
  expect((await clients.admin.get('/api/curriculum-settings')).body).toEqual(settingsBefore);
  expect((await clients.admin.get('/api/admin/settings')).body).toEqual(instituteBefore);

  // The other institute's user reads none of this institute's ids, nor its tenant id, beyond what anyone
  // may read without signing in (the public exam announcements of every institute).
  const leaks = answers
    .filter((a) => a.caller === 'other_institute' && a.status < 300 && a.op.expect.anonymous !== 'allow')
    .flatMap((a) => {
      const text = typeof a.body === 'string' ? a.body : JSON.stringify(a.body ?? '');
      return [...secrets].filter((secret) => text.includes(secret)).map((secret) => `${a.op.method} ${a.url}: ${secret}`);
    });
  expect(leaks).toEqual([]);

  // The platform operator reads none of them either: of the institute, only its id (in the list of institutes),
  // and what anyone may read.
  const operatorSaw = answers
    .filter((a) => a.caller === 'platform_operator' && a.status < 300 && a.op.expect.anonymous !== 'allow')
    .flatMap((a) => {
      const text = typeof a.body === 'string' ? a.body : JSON.stringify(a.body ?? '');
      return [...secrets]
        .filter((secret) => secret !== tenantId && text.includes(secret))
        .map((secret) => `${a.op.method} ${a.url}: ${secret}`);
    });
  expect(operatorSaw).toEqual([]);
});
