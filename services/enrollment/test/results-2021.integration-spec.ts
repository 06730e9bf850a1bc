import { ApiClient, eventually, ServiceStack } from '@baeum/testing';
import { PASSWORD } from './support';

/**
 * The demo's 2021 results on a fresh start (DEMO_RESULTS_2021, at 0.2 % of the source's completions):
 * the report says the import is under way, first waiting for curriculum's 2021 catalog (curriculum is
 * started later here so that the wait can be seen), then the table counted from the imported records
 * and surveys, in the source's shape; enrollment answers meanwhile, and a restart imports nothing more.
 */
const SCALE = '0.002';
let stack: ServiceStack;
let manager: ApiClient;

interface Report {
  importing: { status: string; percent: number; rowsRead: number } | null;
  rows: { id: string; planOriginal: unknown; actual: { courses: number; trainees: number }; satisfaction: number | null }[];
  overall: { plainMeanOfTypes: number | null };
}

beforeAll(async () => {
  stack = await ServiceStack.start({
    services: ['gateway', 'enrollment'],
    env: { enrollment: { DEMO_RESULTS_2021: 'true', DEMO_RESULTS_2021_SCALE: SCALE } },
  });
  manager = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'manager@seoul-hrd.example', PASSWORD);
}, 300_000);

afterAll(async () => {
  await stack?.stop();
});

const report = async (): Promise<Report> => {
  const response = await manager.get('/api/enrollment/reports/results?year=2021');
  expect(response.status).toBe(200);
  return response.body as Report;
};

it('shows the 2021 import in progress, then the source-shaped table from the records, once', async () => {
  // No catalog yet: the import waits, and says so; the service answers meanwhile.
  expect((await report()).importing).toEqual({ status: 'waiting', percent: 0, rowsRead: 0 });
  expect((await fetch(`${stack.url('enrollment')}/health/ready`)).status).toBe(200);

  await stack.launch('curriculum');
  const seen = new Set<string>();
  const done = await eventually(
    async () => {
      const now = await report();
      if (now.importing) seen.add(now.importing.status);
      return now.importing === null && now.rows[0].actual.trainees > 0 ? now : undefined;
    },
    { timeoutMs: 300_000, intervalMs: 500, what: 'the 2021 completions to be imported' },
  );
  expect(seen.has('waiting')).toBe(true);
  expect(done.rows.map((r) => [r.id, r.actual, r.satisfaction])).toEqual([
    ['total', { courses: 304, trainees: 113 + 1403 }, 4.36],
    ['general', { courses: 113, trainees: 113 }, 4.49],
    ['e_learning', { courses: 191, trainees: 1403 }, 4.22],
  ]);
  expect(done.overall.plainMeanOfTypes).toBe(4.36);
  const imports = await stack.query('enrollment', `SELECT status, imported FROM enrollment.completion_import ORDER BY created_at`);
  expect(imports).toEqual([{ status: 'finished', imported: 113 + 1403 }]);

  // A restart finds the import done and adds nothing.
  await stack.kill('enrollment', 'SIGTERM');
  await stack.waitForExit('enrollment');
  await stack.launch('enrollment');
  await new Promise((resolve) => setTimeout(resolve, 3000));
  expect((await report()).rows[0].actual).toEqual({ courses: 304, trainees: 113 + 1403 });
  expect(await stack.query('enrollment', `SELECT count(*)::int AS n FROM enrollment.completion_import`)).toEqual([{ n: 1 }]);
}, 600_000);
