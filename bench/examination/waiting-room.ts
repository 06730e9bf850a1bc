import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { below, BenchReport, exactly, runBench } from '../report';
import { args, call, closedLoop, percentile } from '../load';
import { applicantTokens, applicationBody, fmt, startSeason } from './season-stack';

/**
 * The first application morning: the rate exam submissions are sustained at through the gateway
 * without the waiting room (closed loop), then `--multiple` (5) times that rate offered for `--seconds`
 * (60) with the room letting in at most 0.8 of it (`--headroom`). Each arrival is an applicant: they submit, and when
 * answered 429 WAITING_ROOM.QUEUED they wait out the estimate the refusal gives, as the page does, and
 * submit again with the pass that came with it (it opens at their turn). Prints the 5xx
 * answers (aim: none), whether every admitted submission was accepted, how long the queue took to
 * drain, the rate the room moved at (it follows the service below that ceiling), and the p99 of
 * admitted submissions (aim: under 1 s), beside the rate sustained without it.
 *
 *   npm run build:server && bash scripts/infra/up.sh && node dist/bench/examination/waiting-room.js [--seconds 60 --multiple 5]
 */
const options = args();
const SECONDS = Number(options.get('seconds') ?? 60);
const MULTIPLE = Number(options.get('multiple') ?? 5);
const SUSTAIN_SAMPLE = Number(options.get('sample') ?? 2000);
const CONCURRENCY = 32;
/** The room lets in a little less than the measured rate: the queued arrivals cost the gateway work too. */
const HEADROOM = Number(options.get('headroom') ?? 0.8);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main() {
  // The figures move with the machine's load: printed with them, at the start and at the end.
  process.stdout.write(`waiting room: load average at the start ${loadAverage()}\n`);
  const season = await startSeason(1);
  const stack = season.stack;
  try {
    const url = `${stack.gatewayUrl}/api/exam/applications`;
    const submit = (token: string, i: number, pass?: string) =>
      call(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
          ...(pass ? { 'x-waiting-room-pass': pass } : {}),
        },
        body: applicationBody(season, i),
      });

    // 1. Without the room: what the gateway and one examination instance sustain.
    const sampleTokens = await applicantTokens(
      stack,
      Array.from({ length: SUSTAIN_SAMPLE + 200 }, () => randomUUID()),
    );
    await closedLoop(CONCURRENCY, 200, (i) => submit(sampleTokens[i], i).then((r) => r.status === 201));
    const sustained = await closedLoop(CONCURRENCY, SUSTAIN_SAMPLE, (i) => submit(sampleTokens[200 + i], i).then((r) => r.status === 201));
    const rate = Math.max(1, Math.floor(sustained.perSecond * HEADROOM));
    const offered = Math.round(sustained.perSecond * MULTIPLE);
    process.stdout.write(
      `waiting room: sustained without it ${fmt(sustained.perSecond)} applications/s (closed loop, ${CONCURRENCY} clients, p99 ${fmt(sustained.p99)} ms)\n` +
        `  the room lets in at most ${fmt(rate)}/s (${HEADROOM} of that); offered ${fmt(offered)} arrivals/s (${MULTIPLE}× the sustained rate) for ${SECONDS} s\n`,
    );

    // 2. The gateway again, with the room at that rate.
    await stack.kill('gateway', 'SIGTERM');
    await stack.launch('gateway', { WAITING_ROOM_RATE: String(rate), WAITING_ROOM_BURST: String(rate) });

    const total = Math.round(offered * SECONDS);
    const tokens = await applicantTokens(
      stack,
      Array.from({ length: total }, () => randomUUID()),
    );
    const statuses = new Map<number, number>();
    const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const admittedLatencies: number[] = [];
    /** Admitted submissions by when they were sent (seconds from the first arrival), to show when the slow ones came. */
    const admittedOverTime: [sentSeconds: number, ms: number][] = [];
    const waits: number[] = [];
    let acceptedAtOnce = 0;
    let acceptedAfterWaiting = 0;
    let refusedAfterAdmission = 0;
    let turnsTold = 0;
    /** The room's rate as the refusals told it: it follows the examination service below the ceiling. */
    const ratesSeen: number[] = [];

    let start = 0;
    const journey = async (i: number, arrived: number) => {
      const first = await submit(tokens[i], i);
      count(first.status);
      if (first.status === 201) {
        admittedLatencies.push(performance.now() - arrived);
        admittedOverTime.push([(arrived - start) / 1000, performance.now() - arrived]);
        acceptedAtOnce++;
        return;
      }
      if (first.status !== 429) return;
      // As the page does: the refusal carries the place and a pass that opens at the turn; wait it out
      // without asking, then submit with the pass; turned away again (admission has not reached the
      // ticket yet), the new refusal carries the new turn.
      let refusal = first;
      for (;;) {
        turnsTold++;
        const { params } = JSON.parse(refusal.body) as {
          params: { pass: string; estimatedWaitSeconds: number; admittedPerSecond: number };
        };
        ratesSeen.push(params.admittedPerSecond);
        await sleep(params.estimatedWaitSeconds * 1000);
        const sent = performance.now();
        const again = await submit(tokens[i], i, params.pass);
        count(again.status);
        if (again.status === 429) {
          refusal = again;
          continue;
        }
        waits.push((sent - arrived) / 1000);
        admittedLatencies.push(performance.now() - sent);
        admittedOverTime.push([(sent - start) / 1000, performance.now() - sent]);
        if (again.status === 201) acceptedAfterWaiting++;
        else refusedAfterAdmission++;
        return;
      }
    };

    // The load generator shares the machine: how late its own loop ran says how much of a latency is its own.
    const generatorDelay = monitorEventLoopDelay({ resolution: 10 });
    generatorDelay.enable();
    start = performance.now();
    const journeys: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
      const planned = start + (i * 1000) / offered;
      const wait = planned - performance.now();
      if (wait > 1) await sleep(wait);
      journeys.push(journey(i, planned).catch(() => void count(0)));
    }
    const arrivalsEnd = performance.now();
    await Promise.all(journeys);
    const end = performance.now();

    admittedLatencies.sort((a, b) => a - b);
    waits.sort((a, b) => a - b);
    ratesSeen.sort((a, b) => a - b);
    const fiveHundreds = [...statuses].filter(([s]) => s >= 500 || s === 0).reduce((n, [, c]) => n + c, 0);
    const accepted = acceptedAtOnce + acceptedAfterWaiting;
    process.stdout.write(
      `  arrivals ${fmt(total)} in ${fmt((arrivalsEnd - start) / 1000, 1)} s (${fmt(total / ((arrivalsEnd - start) / 1000))}/s offered); ` +
        `answers ${[...statuses].map(([s, c]) => `${s || 'no answer'}×${fmt(c)}`).join(' ')}\n` +
        `  5xx or no answer: ${fmt(fiveHundreds)} (aim 0)   accepted ${fmt(accepted)} of ${fmt(total)} ` +
        `(${fmt(acceptedAtOnce)} at once, ${fmt(acceptedAfterWaiting)} after waiting; refused once admitted: ${fmt(refusedAfterAdmission)})\n` +
        `  queue drained ${fmt((end - arrivalsEnd) / 1000, 1)} s after the last arrival; admitted ${fmt(accepted / ((end - start) / 1000))}/s overall; ` +
        `waits p50 ${fmt(percentile(waits, 50), 1)} s, max ${fmt(waits[waits.length - 1] ?? 0, 1)} s; ${fmt(turnsTold)} turns told (${fmt(turnsTold / total, 1)} per arrival)\n` +
        `  the room's rate told with the turns: min ${fmt(ratesSeen[0] ?? rate, 1)}/s, median ${fmt(percentile(ratesSeen, 50), 1)}/s (ceiling ${fmt(rate)}/s)\n` +
        `  admitted submissions p50 ${fmt(percentile(admittedLatencies, 50))} ms, p99 ${fmt(percentile(admittedLatencies, 99))} ms (aim < 1,000 ms)\n` +
        `  admitted p99 by 20 s of sending: ${p99By20Seconds(admittedOverTime)}\n` +
        `  the load generator's own event loop ran late by p99 ${fmt(generatorDelay.percentile(99) / 1e6)} ms (counted in the latencies above)\n` +
        `  load average at the end ${loadAverage()}\n`,
    );
    new BenchReport('waiting-room').row({
      name: `the waiting room, ${MULTIPLE}× the sustained rate offered for ${SECONDS} s (${fmt(total)} arrivals)`,
      figure: { value: accepted / ((end - start) / 1000), unit: 'admitted/s' },
      reference: { value: sustained.perSecond, unit: 'applications/s', what: `sustained without the room, ${CONCURRENCY} clients` },
      measures: {
        '5xx or no answer': { value: fiveHundreds, unit: '' },
        'admitted p99': { value: percentile(admittedLatencies, 99), unit: 'ms' },
        accepted: { value: accepted, unit: `of ${fmt(total)}` },
      },
      aim: [exactly('5xx or no answer', 0), below('admitted p99', 1000)],
    });
  } finally {
    await stack.stop();
  }
}

/** p99 of admitted submissions in each 20 s window of sending, as `0-20 s 180 ms · 20-40 s 950 ms · …`. */
function p99By20Seconds(samples: [sentSeconds: number, ms: number][]): string {
  const windows = new Map<number, number[]>();
  for (const [at, ms] of samples) {
    const window = Math.floor(at / 20);
    if (!windows.has(window)) windows.set(window, []);
    windows.get(window)!.push(ms);
  }
  return [...windows]
    .sort(([a], [b]) => a - b)
    .map(
      ([window, latencies]) =>
        `${window * 20}-${window * 20 + 20} s ${fmt(
          percentile(
            latencies.sort((a, b) => a - b),
            99,
          ),
        )} ms`,
    )
    .join(' · ');
}

runBench(main);
