import type { BenchRow, Condition, Quantity } from './report';

/** One benchmark as the runner ran it: its rows, the machine's load when it began, how it ended. */
export interface BenchRun {
  /** The runner's name for it: 'messaging', 'seat-rush'. */
  bench: string;
  /** The compiled script and the arguments it was given. */
  command: string[];
  startedAt: string;
  seconds: number;
  /** os.loadavg() just before the benchmark started: 1, 5 and 15 minutes. */
  loadAverageAtStart: number[];
  /** The process's exit code; null when it ended by a signal. */
  exitCode: number | null;
  rows: BenchRow[];
  /** Where its CPU profiles are, relative to the repository. */
  profiles: string;
}

export interface RunSummary {
  stamp: string;
  /** Smaller sizes (`--quick`): for trying the runner, not for the README's table. */
  quick: boolean;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string };
  benches: BenchRun[];
}

/** 4,539 / 21.2 / 0.37 / 0: grouped thousands, fewer decimals the larger the number. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = Number.isInteger(value) || Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export const formatQuantity = (q: Quantity) => `${formatNumber(q.value)} ${q.unit}`.trim();

const SYMBOL: Record<Condition['op'], string> = { '>=': '≥', '<': '<', '<=': '≤', '=': '=' };

/** 'ratio ≥ 0.40', '≥ 5,000 events/s', 'p99 < 500 ms': each condition in the units of what it is on. */
export function formatCondition(row: BenchRow, c: Condition): string {
  if (c.on === 'ratio') return `ratio ${SYMBOL[c.op]} ${c.value.toFixed(2)}`;
  const unit = c.on === 'figure' ? row.figure.unit : (row.measures?.[c.on]?.unit ?? '');
  const subject = c.on === 'figure' ? '' : `${c.on} `;
  return `${subject}${SYMBOL[c.op]} ${formatQuantity({ value: c.value, unit })}`;
}

export const formatAim = (row: BenchRow) => (row.aim?.length ? row.aim.map((c) => formatCondition(row, c)).join(', ') : '—');

export const formatMet = (met: boolean | null) => (met === null ? '—' : met ? 'met' : '**not met**');

function figureCell(row: BenchRow): string {
  const measures = Object.entries(row.measures ?? {}).map(([name, q]) => `${name} ${formatQuantity(q)}`);
  return measures.length ? `${formatQuantity(row.figure)} (${measures.join(', ')})` : formatQuantity(row.figure);
}

const referenceCell = (row: BenchRow) => (row.reference ? `${formatQuantity(row.reference)} (${row.reference.what})` : '—');

/** A pipe inside a cell would end it. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const HEADER = ['benchmark', 'figure', 'reference (same run)', 'ratio', 'aim', 'met', 'load avg at start'];

/** The table the runner prints and the README takes: a row per headline figure, a line for a benchmark that failed. */
export function markdownTable(summary: RunSummary): string {
  const lines = [`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => '---').join('|')}|`];
  for (const run of summary.benches) {
    const load = run.loadAverageAtStart.length ? run.loadAverageAtStart[0].toFixed(2) : '—';
    for (const row of run.rows) {
      const ratio = row.ratio === undefined ? '—' : row.ratio.toFixed(2);
      lines.push(
        `| ${[`${run.bench}: ${row.name}`, figureCell(row), referenceCell(row), ratio, formatAim(row), formatMet(row.met), load]
          .map(cell)
          .join(' | ')} |`,
      );
    }
    if (run.exitCode !== 0) {
      const how = run.exitCode === null ? 'ended by a signal' : `failed (exit ${run.exitCode})`;
      const what = run.rows.length ? `${how} after the rows above` : `${how}, no rows`;
      lines.push(`| ${[run.bench, what, '—', '—', '—', '**not met**', load].map(cell).join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

/** Every aimed row met, and every benchmark finished. */
export const allMet = (summary: RunSummary) => summary.benches.every((b) => b.exitCode === 0 && b.rows.every((r) => r.met !== false));

/** A run's name that sorts by time and is safe as a file name: 2026-12-05T15-40-02Z. */
export const runStamp = (at: Date) =>
  at
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
