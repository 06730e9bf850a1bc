import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { hotPathsMarkdown } from './profiles';
import type { BenchFile } from './report';
import { BenchRun, markdownTable, RunSummary, runStamp } from './summary';

/**
 * Every benchmark, one after the other, each in a process of its own with a CPU profile, then one
 * table of their headline rows (figure, reference, ratio, aim, met, load average at its start):
 * printed, and written to bench/results/<stamp>.json (and .md). Beside it, bench/results/<stamp>/
 * keeps each benchmark's printout and profiles: the load generator's in profiles/<bench>/, the
 * service processes it started in profiles/<bench>/<service>-<instance>/ (BENCH_PROFILE_DIR).
 *
 *   npm run bench [-- --only seat-rush,finance] [-- --quick]
 *
 * `--quick` gives each benchmark smaller sizes, for trying the runner in a few minutes; its
 * figures are not the ones to publish.
 */
interface Benchmark {
  name: string;
  /** Under dist/bench. */
  script: string;
  /** The sizes `--quick` passes (see the options at the top of each benchmark). */
  quick: string[];
}

const BENCHMARKS: Benchmark[] = [
  { name: 'messaging', script: 'messaging/outbox-to-consumer.js', quick: ['--events', '5000', '--writers', '4'] },
  { name: 'kafka-clients', script: 'messaging/kafka-clients.js', quick: ['--records', '10000'] },
  {
    name: 'applications',
    script: 'examination/applications.js',
    quick: ['--applications', '400', '--concurrency', '16', '--pg-clients', '8', '--pg-seconds', '5'],
  },
  { name: 'results-lookup', script: 'examination/results-lookup.js', quick: ['--rate', '200', '--seconds', '3', '--applicants', '500'] },
  { name: 'waiting-room', script: 'examination/waiting-room.js', quick: ['--seconds', '10', '--multiple', '2', '--sample', '300'] },
  { name: 'finance', script: 'finance/entries-from-events.js', quick: ['--seats', '500', '--fees', '1000'] },
  { name: 'seat-rush', script: 'enrollment/seat-rush.js', quick: ['--cohorts', '10', '--applications', '1000'] },
  { name: 'completion-import', script: 'enrollment/completion-import.js', quick: ['--scale', '0.05'] },
];

/** The repository, from dist/bench. */
const REPO = join(__dirname, '..', '..');

function options(argv: string[]): { only: string[] | undefined; quick: boolean } {
  let only: string[] | undefined;
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--quick') quick = true;
    else if (argv[i] === '--only') only = (argv[++i] ?? '').split(',').filter(Boolean);
    else throw new Error(`unknown option ${argv[i]} (known: --only name1,name2 --quick)`);
  }
  const unknown = only?.filter((name) => !BENCHMARKS.some((b) => b.name === name)) ?? [];
  if (unknown.length) throw new Error(`no benchmark ${unknown.join(', ')} (known: ${BENCHMARKS.map((b) => b.name).join(', ')})`);
  return { only, quick };
}

/** Runs one benchmark as a child process, its printout shown and kept; resolves with its rows. */
async function runOne(benchmark: Benchmark, quick: boolean, runDir: string): Promise<BenchRun> {
  const profiles = join(runDir, 'profiles', benchmark.name);
  const reportFile = join(runDir, `${benchmark.name}.json`);
  mkdirSync(profiles, { recursive: true });
  const command = [join(REPO, 'dist', 'bench', benchmark.script), ...(quick ? benchmark.quick : [])];
  const log = createWriteStream(join(runDir, `${benchmark.name}.log`));
  const loadAverageAtStart = loadavg().map((l) => Number(l.toFixed(2)));
  const startedAt = new Date();
  const started = performance.now();
  process.stdout.write(`\n== ${benchmark.name} (load average ${loadAverageAtStart.join(' ')}) ==\n`);
  const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profiles, ...command], {
    env: { ...process.env, BENCH_REPORT_FILE: reportFile, BENCH_PROFILE_DIR: profiles },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (process.stdout.write(chunk), log.write(chunk)));
  child.stderr.on('data', (chunk: Buffer) => (process.stderr.write(chunk), log.write(chunk)));
  const exitCode = await new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  await new Promise((resolve) => log.end(resolve));
  const rows = existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as BenchFile).rows : [];
  return {
    bench: benchmark.name,
    command: command.map((part) => relative(REPO, part) || part),
    startedAt: startedAt.toISOString(),
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    loadAverageAtStart,
    exitCode,
    rows,
    profiles: relative(REPO, profiles),
  };
}

async function main() {
  const { only, quick } = options(process.argv.slice(2));
  const stamp = runStamp(new Date());
  const resultsDir = join(REPO, 'bench', 'results');
  const runDir = join(resultsDir, stamp);
  mkdirSync(runDir, { recursive: true });
  const summary: RunSummary = {
    stamp,
    quick,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: process.platform,
    },
    benches: [],
  };
  const chosen = BENCHMARKS.filter((b) => !only || only.includes(b.name));
  for (const benchmark of chosen) {
    summary.benches.push(await runOne(benchmark, quick, runDir));
    // Written after each benchmark: a run stopped half way keeps what it measured.
    writeFileSync(join(resultsDir, `${stamp}.json`), `${JSON.stringify(summary, null, 2)}\n`);
  }
  const table = markdownTable(summary);
  // The profiles' hottest functions beside the table, so that where the time goes is seen without opening them.
  const hot = summary.benches.map((b) => hotPathsMarkdown(b.bench, join(REPO, b.profiles), REPO)).filter(Boolean);
  const whereTheTimeGoes = hot.length ? `\n\nWhere the time goes (self time, busiest functions of each process):\n\n${hot.join('\n')}` : '';
  writeFileSync(join(resultsDir, `${stamp}.md`), `${table}${whereTheTimeGoes}\n`);
  process.stdout.write(
    `\n${quick ? 'Quick run (smaller sizes; not figures to publish)' : 'Benchmarks'}, ${summary.machine.cpus} cores, Node ${process.version}:\n\n` +
      `${table}${whereTheTimeGoes}\n\nWritten: bench/results/${stamp}.json and .md; printouts and CPU profiles in bench/results/${stamp}/\n`,
  );
  // A benchmark that failed fails the run; an aim not met is a finding, printed in the table.
  process.exitCode = summary.benches.every((b) => b.exitCode === 0) ? 0 : 1;
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
