import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

/** Keep-alive connections for the load: enough that an open-loop burst never waits for a socket. */
export const agent = new Agent({ keepAlive: true, maxSockets: 512 });

export interface Answer {
  status: number;
  body: string;
}

export function call(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

export const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export interface RateResult {
  offered: number;
  completed: number;
  ok: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/**
 * Open loop at a fixed arrival rate: request i is sent at start + i/rate whether or not earlier
 * ones have answered, and its latency counts from that planned instant, so a slow server is not
 * flattered by the load backing off (no coordinated omission).
 */
export async function fixedRate(rate: number, seconds: number, send: (i: number) => Promise<boolean>): Promise<RateResult> {
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let ok = 0;
  const start = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const planned = start + (i * 1000) / rate;
    const wait = planned - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(
      send(i)
        .then((good) => void (good && ok++))
        .catch(() => undefined)
        .finally(() => latencies.push(performance.now() - planned)),
    );
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    offered: rate,
    completed: latencies.length,
    ok,
    seconds: elapsed,
    perSecond: ok / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

/** Closed loop: `concurrency` clients each send the next request as soon as the last one answered. */
export async function closedLoop(
  concurrency: number,
  total: number,
  send: (i: number) => Promise<boolean>,
): Promise<{ ok: number; seconds: number; perSecond: number; p99: number }> {
  let next = 0;
  let ok = 0;
  const latencies: number[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        if (await send(i).catch(() => false)) ok++;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return { ok, seconds, perSecond: ok / seconds, p99: percentile(latencies, 99) };
}

/** `--name value` pairs from the command line. */
export function args(): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 2; i < process.argv.length; i += 2) map.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
  return map;
}
