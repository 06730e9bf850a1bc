import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The headline rows of a benchmark, beside its printout: the figure, the reference measured in the
 * same run, their ratio and the aim of issue 15, with whether it was met. `npm run bench` (run-all)
 * gives each benchmark a file to write them to (BENCH_REPORT_FILE) and makes one table of them all;
 * a benchmark run alone prints as before and writes nothing.
 */

/** A number with its unit: 4,539 events/s, 21.2 ms. */
export interface Quantity {
  value: number;
  unit: string;
}

/** One condition of an aim, on the figure, the ratio or one of the row's other measures (p99, 5xx). */
export interface Condition {
  /** 'figure', 'ratio', or the name of one of the row's measures. */
  on: string;
  op: '>=' | '<' | '<=' | '=';
  value: number;
}

export interface RowInput {
  /** What was measured: 'accepted applications through the gateway, 1 instance'. */
  name: string;
  figure: Quantity;
  /** The same work done by a bare tool (pgbench, COPY, a bare Node server) in the same run. */
  reference?: Quantity & { what: string };
  /** Other figures the aim or the reader needs: p99, 5xx answers. */
  measures?: Record<string, Quantity>;
  /** Every condition must hold; none means the row is for information (a ceiling, a second instance). */
  aim?: Condition[];
}

export interface BenchRow extends RowInput {
  /** figure / reference, when both are given. */
  ratio?: number;
  /** Whether every condition of the aim held; null when the row has no aim. */
  met: boolean | null;
}

export const atLeast = (on: string, value: number): Condition => ({ on, op: '>=', value });
export const below = (on: string, value: number): Condition => ({ on, op: '<', value });
export const exactly = (on: string, value: number): Condition => ({ on, op: '=', value });

function valueOf(row: RowInput & { ratio?: number }, on: string): number | undefined {
  if (on === 'figure') return row.figure.value;
  if (on === 'ratio') return row.ratio;
  return row.measures?.[on]?.value;
}

/** A condition on a figure the row does not have fails: a missing measure is not a met aim. */
export function holds(row: RowInput & { ratio?: number }, condition: Condition): boolean {
  const actual = valueOf(row, condition.on);
  if (actual === undefined || !Number.isFinite(actual)) return false;
  switch (condition.op) {
    case '>=':
      return actual >= condition.value;
    case '<':
      return actual < condition.value;
    case '<=':
      return actual <= condition.value;
    case '=':
      return actual === condition.value;
  }
}

export function toRow(input: RowInput): BenchRow {
  const ratio = input.reference && input.reference.value > 0 ? input.figure.value / input.reference.value : undefined;
  const withRatio = { ...input, ratio };
  const met = input.aim?.length ? input.aim.every((c) => holds(withRatio, c)) : null;
  return { ...withRatio, met };
}

/** The rows one benchmark process writes: its name, when it started, and the rows so far. */
export interface BenchFile {
  bench: string;
  startedAt: string;
  rows: BenchRow[];
}

/**
 * Collects a benchmark's rows and, when the runner asked for them, rewrites its file after each
 * one: a benchmark that fails half way still leaves the rows it measured.
 */
export class BenchReport {
  private readonly file: BenchFile;

  constructor(
    bench: string,
    private readonly path: string | undefined = process.env.BENCH_REPORT_FILE,
  ) {
    this.file = { bench, startedAt: new Date().toISOString(), rows: [] };
  }

  row(input: RowInput): BenchRow {
    const row = toRow(input);
    this.file.rows.push(row);
    if (this.path) {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(this.path, `${JSON.stringify(this.file, null, 2)}\n`);
    }
    return row;
  }

  get rows(): readonly BenchRow[] {
    return this.file.rows;
  }
}

/** Runs a benchmark's main and ends the process with its outcome (open pools and sockets do not hold it). */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
