import { ApiClient, eventually, ServiceStack } from '@baeum/testing';
import { randomBytes } from 'node:crypto';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/**
 * One request followed across processes and the broker: each service exports its spans by OTLP over
 * HTTP (OTEL_TRACES_EXPORTER=otlp, as an operator would set it) to a collector this test plays, and
 * the trace of one cohort scheduled through the gateway reaches curriculum, then, through Kafka,
 * finance and enrollment.
 */
interface CollectedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
}

const KIND = { server: 2, client: 3, producer: 4, consumer: 5 };
const SERVICES = ['curriculum', 'enrollment', 'finance', 'gateway'] as const;

let collector: Server;
const collected: CollectedSpan[] = [];
let stack: ServiceStack;

/** Reads an OTLP/JSON export request (hex ids, as the JSON encoding gives them). */
function collect(body: Buffer) {
  const request = JSON.parse(body.toString('utf8'));
  for (const resourceSpans of request.resourceSpans ?? []) {
    const service = resourceSpans.resource?.attributes?.find((a: { key: string }) => a.key === 'service.name')?.value?.stringValue;
    for (const scope of resourceSpans.scopeSpans ?? [])
      for (const s of scope.spans ?? [])
        collected.push({ service, traceId: s.traceId, spanId: s.spanId, parentSpanId: s.parentSpanId ?? '', name: s.name, kind: s.kind });
  }
}

beforeAll(async () => {
  collector = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      collect(req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}/v1/traces`;
  const tracing = { OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: endpoint, OTEL_BSP_SCHEDULE_DELAY: '200' };
  stack = await ServiceStack.start({ services: [...SERVICES], env: Object.fromEntries(SERVICES.map((s) => [s, tracing])) });
}, 240000);

afterAll(async () => {
  await stack?.stop();
  await new Promise((resolve) => collector?.close(resolve));
});

it('follows a cohort scheduled through the gateway into curriculum and, through Kafka, into finance and enrollment', async () => {
  const manager = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'manager@seoul-hrd.example', 'Baeum!2022');
  const courses = await manager.get('/api/courses');
  const courseId = courses.body.find((c: { code: string }) => c.code === 'NEWCOMER').id;
  // The caller starts the trace (a browser or a load balancer would), so this test knows its id.
  const traceId = randomBytes(16).toString('hex');
  const callerSpan = randomBytes(8).toString('hex');
  const created = await manager.request(
    'POST',
    '/api/cohorts',
    { courseId, startDate: '2027-04-05', endDate: '2027-04-09', capacity: 20, estimatedCost: 3_000_000, budgetLineCode: 'NEWCOMER' },
    { traceparent: `00-${traceId}-${callerSpan}-01` },
  );
  expect(created.status).toBe(201);

  const find = (service: string, kind: number, name: string) =>
    collected.find((s) => s.traceId === traceId && s.service === service && s.kind === kind && s.name === name);
  const trace = await eventually(
    async () => {
      const spans = {
        gatewayServer: find('gateway', KIND.server, 'POST /api/cohorts'),
        gatewayCall: find('gateway', KIND.client, 'POST curriculum'),
        curriculumServer: collected.find((s) => s.traceId === traceId && s.service === 'curriculum' && s.kind === KIND.server),
        published: find('curriculum', KIND.producer, 'publish curriculum.cohort.scheduled'),
        finance: find('finance', KIND.consumer, 'process curriculum.cohort.scheduled'),
        enrollment: find('enrollment', KIND.consumer, 'process curriculum.cohort.scheduled'),
      };
      return Object.values(spans).every(Boolean) ? (spans as Record<keyof typeof spans, CollectedSpan>) : undefined;
    },
    { timeoutMs: 60000, what: 'the trace to reach finance and enrollment' },
  );
  // One chain, parent by parent, across three processes and the broker.
  expect(trace.gatewayServer.parentSpanId).toBe(callerSpan);
  expect(trace.gatewayCall.parentSpanId).toBe(trace.gatewayServer.spanId);
  expect(trace.curriculumServer.parentSpanId).toBe(trace.gatewayCall.spanId);
  expect(trace.published.parentSpanId).toBe(trace.curriculumServer.spanId);
  expect(trace.finance.parentSpanId).toBe(trace.published.spanId);
  expect(trace.enrollment.parentSpanId).toBe(trace.published.spanId);

  // The event kept its trace context in the envelope as it was stored in the outbox.
  const [row] = await stack.query('curriculum', `SELECT envelope FROM curriculum.outbox WHERE key = $1`, [created.body.id]);
  expect(row.envelope.traceparent).toBe(`00-${traceId}-${trace.published.spanId}-01`);
});
