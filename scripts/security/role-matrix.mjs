// The role × operation matrix (docs/security/role-matrix.md): a draft computed from the code's
// decorators, to compare with the reviewed file, docs/security/role-matrix.csv.
//
//   npm run build:server && node scripts/security/role-matrix.mjs            print the draft's differences from the reviewed file
//   npm run build:server && node scripts/security/role-matrix.mjs --write    write the draft to tmp/role-matrix.draft.csv
//
// For every operation of the gateway's OpenAPI document it finds the gateway's route and, where the
// gateway passes the call on, the service's route (by path; a few paths differ and are listed in
// GATEWAY_TO_SERVICE), reads their @Public() and @Roles(...) (method first, then class, as the
// AuthGuard does) and keeps the roles both allow. The draft is the code's word; the reviewed file
// is what the team agreed, and the integration test (services/gateway/test/role-matrix.integration-spec.ts)
// holds the running system to it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
require('reflect-metadata');

export const ROLES = [
  'admin',
  'planner',
  'course_manager',
  'exam_officer',
  'finance_officer',
  'agency_admin',
  'trainee',
  'applicant',
  'assessor',
  // Of no institute (ADR 0014): answered only where a route names the role or carries @OperatorAllowed().
  'platform_operator',
];
/** The user of another institute the test signs in as (the demo's second tenant has a course manager). */
export const OTHER_INSTITUTE_ROLE = 'course_manager';
export const CALLERS = ['anonymous', ...ROLES, 'other_institute'];
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD'];

/** Which service a gateway path prefix goes to, and what the prefix becomes there. */
const PREFIXES = [
  ['/api/finance/', 'finance', '/'],
  // Also finance's /budget-lines for the amounts, which allows the same roles.
  ['/api/budget-lines', 'curriculum', '/budget-lines'],
  ['/api/exam/', 'examination', '/'],
  ['/api/public/exams', 'examination', '/public/exams'],
  ['/api/enrollment/', 'enrollment', '/'],
  ['/api/public/certificates/', 'enrollment', '/public/certificates/'],
  ['/api/admin/agencies', 'enrollment', '/admin/agencies'],
  ['/api/admin/deliveries', 'notification', '/deliveries'],
  ['/api/admin/mail-catcher', 'notification', '/mail-catcher'],
  ['/api/me/inbox', 'notification', '/inbox'],
  ['/api/me/notification-preferences', 'notification', '/notification-preferences'],
  ['/api/course-years', 'curriculum', '/courses/years'],
  ['/api/curriculum-settings', 'curriculum', '/settings'],
  ['/api/demand-surveys', 'curriculum', '/surveys'],
  ['/api/', 'curriculum', '/'],
];
/** Gateway operations whose service path is not the prefix rule's. */
const GATEWAY_TO_SERVICE = {
  'GET /api/enrollment/certificates/{applicationId}/pdf': ['enrollment', 'GET', '/certificates/:p'],
  // A course's page: curriculum's course first (it decides who may read it), then enrollment's catalog rows.
  'GET /api/enrollment/catalog/courses/{courseId}': ['curriculum', 'GET', '/catalog/courses/:p'],
};
/** Gateway operations answered by the gateway alone (its own tables): only its decorators count. */
const GATEWAY_ONLY = new Set([
  'POST /api/auth/login',
  'GET /api/me',
  'POST /api/me/password',
  'GET /api/me/profile',
  'PUT /api/me/profile',
  'POST /api/auth/applicant-signup',
  'POST /api/auth/applicant-signup/verify',
  'POST /api/auth/password-reset',
  'POST /api/auth/password-reset/confirm',
  'POST /api/trainee-accounts',
  'GET /api/finance/officers',
  'GET /api/admin/users',
  'POST /api/admin/users',
  'PATCH /api/admin/users/{id}',
  'POST /api/admin/users/{id}/disable',
  'POST /api/admin/users/{id}/enable',
  'POST /api/admin/users/{id}/unlock',
  'POST /api/admin/users/{id}/reset-password',
  'POST /api/auth/switch-role',
  // The platform operator's institutes: the gateway's own tenants and users (ADR 0014).
  'GET /api/platform/institutes',
  'POST /api/platform/institutes',
  'POST /api/platform/institutes/{id}/deactivate',
  'POST /api/platform/institutes/{id}/reactivate',
  // The gateway merges the services' own logs (each answers only its administrators) with its own.
  'GET /api/admin/audit',
  'GET /api/admin/audit/export',
  // The waiting room in front of exam applications lives in the gateway and Redis.
  'GET /api/waiting-room/exam-applications',
  'GET /health/live',
  'GET /health/ready',
]);

const normalise = (path) =>
  `/${path}`
    .replace(/\{[^}]+\}|:[A-Za-z]+/g, ':p')
    .replace(/\/+/g, '/')
    .replace(/(.)\/$/, '$1');

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Every route of every built service: `service METHOD /path` → { public, roles (null: any signed-in role) }. */
export function readRoutes() {
  const routes = new Map();
  const dist = join(root, 'dist', 'services');
  // Health (and metrics) come with the kit: every service has them, the gateway's are the public ones.
  const kit = ['health.js', 'kit.module.js'].map((f) => ['gateway', join(root, 'dist', 'libs', 'service-kit', 'src', f)]);
  const files = readdirSync(dist).flatMap((service) =>
    walk(join(dist, service, 'src'))
      .filter((f) => f.endsWith('.controller.js'))
      .map((f) => [service, f]),
  );
  for (const [service, file] of [...kit, ...files]) {
    {
      for (const Controller of Object.values(require(file))) {
        if (typeof Controller !== 'function') continue;
        const base = Reflect.getMetadata('path', Controller);
        if (base === undefined) continue;
        for (const key of Object.getOwnPropertyNames(Controller.prototype)) {
          const handler = Controller.prototype[key];
          if (key === 'constructor' || typeof handler !== 'function') continue;
          const path = Reflect.getMetadata('path', handler);
          if (path === undefined) continue;
          const method = METHODS[Reflect.getMetadata('method', handler)];
          const isPublic = Reflect.getMetadata('baeum:public', handler) ?? Reflect.getMetadata('baeum:public', Controller) ?? false;
          const roles = Reflect.getMetadata('baeum:roles', handler) ?? Reflect.getMetadata('baeum:roles', Controller) ?? null;
          const operatorAllowed =
            Reflect.getMetadata('baeum:operator-allowed', handler) ?? Reflect.getMetadata('baeum:operator-allowed', Controller) ?? false;
          routes.set(`${service} ${method} ${normalise(`${base}/${path}`)}`, {
            public: isPublic,
            roles,
            operatorAllowed,
            handler: `${Controller.name}.${key}`,
          });
        }
      }
    }
  }
  return routes;
}

/** The gateway's OpenAPI document, written by the built exporter (no server started). */
export function readOpenApi() {
  const exporter = join(root, 'dist', 'services', 'gateway', 'src', 'openapi', 'export-openapi.js');
  if (!existsSync(exporter)) throw new Error('The gateway is not built: run `npm run build:server` first.');
  const out = join(root, 'tmp', 'gateway-openapi.json');
  mkdirSync(dirname(out), { recursive: true });
  execFileSync(process.execPath, [exporter, out], { stdio: 'inherit' });
  return JSON.parse(readFileSync(out, 'utf8'));
}

export function operations(document) {
  const list = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      if (item[method]) list.push({ method: method.toUpperCase(), path, operationId: item[method].operationId });
    }
  }
  return list;
}

/** Whether a path parameter is an id (a uuid), as against a code or a year. */
export const isIdParam = (name) => name === 'id' || /Id$/.test(name);

/** The draft row of one operation: the expected answer class for each caller. */
function draftRow(op, routes) {
  const key = `${op.method} ${op.path}`;
  const gateway = routes.get(`gateway ${op.method} ${normalise(op.path)}`);
  if (!gateway) throw new Error(`${key}: no gateway route`);
  let service = null;
  let target = '';
  if (!GATEWAY_ONLY.has(key)) {
    const [name, method, path] =
      GATEWAY_TO_SERVICE[key] ??
      (() => {
        const [prefix, svc, replacement] = PREFIXES.find(([p]) => op.path.startsWith(p)) ?? [];
        if (!prefix) return [];
        return [svc, op.method, normalise(replacement + op.path.slice(prefix.length))];
      })();
    service = name ? routes.get(`${name} ${method} ${path}`) : undefined;
    target = name ? `${name} ${method} ${path}` : '';
    if (!service) return { key, op, target: `${target} (not found: review)`, expect: Object.fromEntries(CALLERS.map((c) => [c, '?'])) };
  }
  const isPublic = gateway.public && (service === null || service.public);
  // A route without roles answers every institute role; the platform operator only where it is marked for them.
  const opens = (route, role) => route.roles === null && (role !== 'platform_operator' || route.operatorAllowed);
  const allows = (role) =>
    isPublic ||
    ((gateway.public || opens(gateway, role) || gateway.roles?.includes(role)) &&
      (service === null || service.public || opens(service, role) || service.roles?.includes(role)));
  const readsById = op.method === 'GET' && [...op.path.matchAll(/\{([^}]+)\}/g)].some(([, name]) => isIdParam(name));
  const expect = { anonymous: isPublic ? 'allow' : 'deny' };
  for (const role of ROLES) expect[role] = allows(role) ? 'allow' : 'deny';
  expect.other_institute = !allows(OTHER_INSTITUTE_ROLE) ? 'deny' : readsById && !isPublic ? '404' : 'allow';
  return { key, op, target: target || 'gateway', expect };
}

export const HEADER = ['method', 'path', ...CALLERS, 'operationId', 'served by'];

export function toCsv(rows) {
  return `${[HEADER, ...rows.map((r) => [r.op.method, r.op.path, ...CALLERS.map((c) => r.expect[c]), r.op.operationId, r.target])]
    .map((cells) => cells.join(','))
    .join('\n')}\n`;
}

/** The reviewed matrix: `METHOD /path` → { caller → allow | deny | 404 }. */
export function readMatrix(file = join(root, 'docs', 'security', 'role-matrix.csv')) {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const columns = header.split(',');
  const matrix = new Map();
  for (const line of lines) {
    const cells = line.split(',');
    const row = Object.fromEntries(columns.map((c, i) => [c, cells[i]]));
    matrix.set(`${row.method} ${row.path}`, Object.fromEntries(CALLERS.map((c) => [c, row[c]])));
  }
  return matrix;
}

export function draft() {
  const routes = readRoutes();
  return operations(readOpenApi()).map((op) => draftRow(op, routes));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = draft();
  if (process.argv.includes('--write')) {
    const out = join(root, 'tmp', 'role-matrix.draft.csv');
    writeFileSync(out, toCsv(rows));
    console.log(`Wrote ${out.slice(root.length + 1)}: ${rows.length} operations × ${CALLERS.length} callers`);
  } else {
    const reviewed = readMatrix();
    let differences = 0;
    for (const row of rows) {
      const agreed = reviewed.get(row.key);
      if (!agreed) {
        differences++;
        console.log(`${row.key}: not in the reviewed matrix (draft: ${CALLERS.map((c) => `${c}=${row.expect[c]}`).join(' ')})`);
        continue;
      }
      for (const caller of CALLERS) {
        if (agreed[caller] !== row.expect[caller]) {
          differences++;
          console.log(`${row.key} as ${caller}: reviewed ${agreed[caller]}, code ${row.expect[caller]} (${row.target})`);
        }
      }
    }
    for (const key of reviewed.keys())
      if (!rows.some((r) => r.key === key)) console.log(`${key}: in the reviewed matrix but not in the API`);
    console.log(`${rows.length} operations × ${CALLERS.length} callers; ${differences} difference(s) from docs/security/role-matrix.csv`);
    process.exit(differences > 0 ? 1 : 0);
  }
}
