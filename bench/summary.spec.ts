import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CpuProfile, hotFunctions } from './profiles';
import { atLeast, below, BenchReport, exactly, holds, toRow } from './report';
import { allMet, BenchRun, formatAim, formatNumber, markdownTable, RunSummary, runStamp } from './summary';

const machine = { cpus: 2, cpuModel: 'test', memoryGiB: 24, node: 'v20', platform: 'linux' };
const run = (bench: string, rows: BenchRun['rows'], exitCode: number | null = 0): BenchRun => ({
  bench,
  command: [`dist/bench/${bench}.js`],
  startedAt: '2026-12-05T15:00:00.000Z',
  seconds: 12.5,
  loadAverageAtStart: [1.16, 0.5, 0.18],
  exitCode,
  rows,
  profiles: `bench/results/x/profiles/${bench}`,
});
const summaryOf = (benches: BenchRun[]): RunSummary => ({ stamp: 'x', quick: false, machine, benches });

describe('a benchmark row', () => {
  it('has the ratio of its figure to its reference, and meets a ratio aim only at or above it', () => {
    const row = (value: number) =>
      toRow({
        name: 'seats',
        figure: { value, unit: 'seats/s' },
        reference: { value: 1000, unit: 'tx/s', what: 'pgbench' },
        aim: [atLeast('ratio', 0.5)],
      });
    expect(row(500).ratio).toBe(0.5);
    expect(row(500).met).toBe(true);
    expect(row(499).met).toBe(false);
  });

  it('meets an aim of several conditions only when every one holds, each on its own measure', () => {
    const pipeline = (kept: number, p99: number) =>
      toRow({
        name: 'pipeline',
        figure: { value: 4900, unit: 'events/s' },
        measures: { p99: { value: p99, unit: 'ms' }, 'rate kept': { value: kept, unit: 'events/s' } },
        aim: [atLeast('rate kept', 5000), below('p99', 500)],
      });
    expect(pipeline(5000, 499).met).toBe(true);
    expect(pipeline(5000, 500).met).toBe(false);
    expect(pipeline(4612, 120).met).toBe(false);
  });

  it('does not count an aim as met on a measure it lacks, and has no verdict without an aim', () => {
    const row = toRow({ name: 'lookups', figure: { value: 400, unit: 'lookups/s' }, aim: [below('p99', 50)] });
    expect(row.met).toBe(false);
    expect(row.ratio).toBeUndefined();
    expect(holds(row, exactly('figure', 400))).toBe(true);
    expect(toRow({ name: 'ceiling', figure: { value: 1432, unit: 'lookups/s' } }).met).toBeNull();
    expect(holds({ ...row, measures: { p99: { value: NaN, unit: 'ms' } } }, below('p99', 50))).toBe(false);
  });

  it('is written to the runner’s file after each one, and nowhere when the benchmark runs alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
    try {
      const file = join(dir, 'nested', 'finance.json');
      const report = new BenchReport('finance', file);
      report.row({ name: 'meals', figure: { value: 415, unit: 'entries/s' } });
      expect(JSON.parse(readFileSync(file, 'utf8')).rows).toHaveLength(1);
      report.row({ name: 'revenue', figure: { value: 1757, unit: 'entries/s' } });
      const written = JSON.parse(readFileSync(file, 'utf8'));
      expect(written.bench).toBe('finance');
      expect(written.rows.map((r: { name: string }) => r.name)).toEqual(['meals', 'revenue']);
      expect(new BenchReport('alone', undefined).row({ name: 'x', figure: { value: 1, unit: '' } }).met).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the run’s table', () => {
  it('writes numbers with grouped thousands and fewer decimals the larger they are', () => {
    expect(formatNumber(4539.4)).toBe('4,539');
    expect(formatNumber(21.24)).toBe('21.2');
    expect(formatNumber(0.374)).toBe('0.37');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(48900)).toBe('48,900');
  });

  it('states each aim in the units of what it is on', () => {
    const row = toRow({
      name: 'pipeline',
      figure: { value: 4539, unit: 'events/s' },
      measures: { p99: { value: 1154, unit: 'ms' } },
      aim: [atLeast('figure', 5000), below('p99', 500), atLeast('ratio', 0.4)],
    });
    expect(formatAim(row)).toBe('≥ 5,000 events/s, p99 < 500 ms, ratio ≥ 0.40');
    expect(formatAim(toRow({ name: 'x', figure: { value: 1, unit: 'x/s' } }))).toBe('—');
  });

  it('has a line per row with its figure, reference, ratio, aim, verdict and the load at its benchmark’s start', () => {
    const seats = toRow({
      name: 'confirmed seats',
      figure: { value: 348, unit: 'seats/s' },
      reference: { value: 2589, unit: 'tx/s', what: 'pgbench | conditional update' },
      measures: { p99: { value: 21.24, unit: 'ms' } },
      aim: [atLeast('ratio', 0.5)],
    });
    const ceiling = toRow({ name: 'ceiling', figure: { value: 1432, unit: 'lookups/s' } });
    const lines = markdownTable(summaryOf([run('seat-rush', [seats, ceiling])])).split('\n');
    expect(lines[0]).toBe('| benchmark | figure | reference (same run) | ratio | aim | met | load avg at start |');
    expect(lines[1]).toBe('|---|---|---|---|---|---|---|');
    expect(lines[2]).toBe(
      '| seat-rush: confirmed seats | 348 seats/s (p99 21.2 ms) | 2,589 tx/s (pgbench \\| conditional update) | 0.13 | ratio ≥ 0.50 | **not met** | 1.16 |',
    );
    expect(lines[3]).toBe('| seat-rush: ceiling | 1,432 lookups/s | — | — | — | — | 1.16 |');
    expect(lines).toHaveLength(4);
  });

  it('shows a benchmark that failed, after whatever rows it wrote, and does not call the run met', () => {
    const met = toRow({ name: 'ok', figure: { value: 1, unit: 'x/s' }, aim: [atLeast('figure', 1)] });
    const passing = summaryOf([run('finance', [met])]);
    expect(allMet(passing)).toBe(true);

    const failed = summaryOf([run('finance', [met]), run('messaging', [], 1), run('applications', [met], null)]);
    const lines = markdownTable(failed).split('\n');
    expect(lines).toContain('| messaging | failed (exit 1), no rows | — | — | — | **not met** | 1.16 |');
    expect(lines).toContain('| applications | ended by a signal after the rows above | — | — | — | **not met** | 1.16 |');
    expect(allMet(failed)).toBe(false);
  });

  it('names a run by its start, sortable and safe as a file name', () => {
    expect(runStamp(new Date('2026-12-05T15:40:02.123Z'))).toBe('2026-12-05T15-40-02Z');
  });
});

describe('where the time goes', () => {
  it('ranks functions by their own time, idle and waits for pgbench left out, each with its share of the busy time', () => {
    const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber });
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)') },
        { id: 2, callFrame: frame('(idle)') },
        { id: 3, callFrame: frame('handle', 'file:///repo/dist/services/finance/src/consumer.js', 11) },
        { id: 4, callFrame: frame('(garbage collector)') },
        { id: 5, callFrame: frame('handle', 'file:///repo/dist/services/finance/src/consumer.js', 11) },
        { id: 6, callFrame: frame('spawnSync', 'node:internal/child_process', 1107) },
      ],
      // Each delta is the time before its sample: sample i lasts until the next one (delta i + 1), in µs.
      samples: [2, 3, 3, 4, 5, 2, 6, 2],
      timeDeltas: [0, 1000, 2000, 3000, 1000, 2000, 9000, 50000],
    };
    expect(hotFunctions(profile, 5, '/repo')).toEqual([
      { name: 'handle (dist/services/finance/src/consumer.js:12)', selfMs: 7, share: 0.875 },
      { name: '(garbage collector)', selfMs: 1, share: 0.125 },
    ]);
    expect(hotFunctions(profile, 1, '/repo')).toHaveLength(1);
  });
});
