import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { SHEET_LIMITS, SheetLimits, SheetOutcome, tooLarge, unpackedTooLarge } from './spreadsheet-read';
import type { ParseAnswer, ParseRequest } from './spreadsheet-worker';

/**
 * Uploaded sheets are parsed in worker threads, never on a service's event loop, so one large or
 * hostile file cannot stall the other requests of the process (ADR 0008). A tiny pool: as many
 * workers as the cores less one (at least one), started when first needed and stopped when idle;
 * a sheet waits its turn when all are busy.
 *
 * The worker's file sits beside this one: `.js` in the build (dist/), `.ts` when jest runs the
 * sources, where the worker first teaches `require` to compile TypeScript with @swc/core (a dev
 * dependency, as jest's own transform is).
 */
const WORKER_FILE = join(__dirname, `spreadsheet-worker${extname(__filename) === '.ts' ? '.ts' : '.js'}`);
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
if (workerData.file.endsWith('.ts')) {
  const fs = require('node:fs');
  const { transformSync } = require(require.resolve('@swc/core', { paths: [workerData.file] }));
  const options = { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' }, sourceMaps: 'inline' };
  require.extensions['.ts'] = (module, file) =>
    module._compile(transformSync(fs.readFileSync(file, 'utf8'), { ...options, filename: file }).code, file);
}
require(workerData.file);
`;

/** A worker may take this long over one sheet; past it, it is stopped and the file refused. */
const TASK_TIMEOUT_MS = 60_000;
/** An idle worker is stopped after this, giving its memory back. */
const IDLE_MS = 30_000;
/** A worker's heap: room for the largest sheet the limits let through, and a wall against anything else. */
const WORKER_HEAP_MB = 512;

interface Task {
  request: Omit<ParseRequest, 'id'>;
  resolve: (outcome: SheetOutcome) => void;
  reject: (error: Error) => void;
}

class SheetParserPool {
  private readonly idle: { worker: Worker; timer: NodeJS.Timeout }[] = [];
  private readonly queue: Task[] = [];
  private running = 0;
  private nextId = 1;

  constructor(private readonly size: number) {}

  parse(request: Omit<ParseRequest, 'id'>): Promise<SheetOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.drain();
    });
  }

  private drain() {
    while (this.queue.length > 0 && (this.idle.length > 0 || this.running < this.size)) {
      const task = this.queue.shift()!;
      const spare = this.idle.pop();
      if (spare) clearTimeout(spare.timer);
      this.running++;
      this.runOn(spare?.worker ?? this.start(), task);
    }
  }

  private start(): Worker {
    return new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { file: WORKER_FILE },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      stdout: false,
      stderr: false,
    });
  }

  private runOn(worker: Worker, task: Task) {
    const id = this.nextId++;
    let settled = false;
    const finish = (keep: boolean, settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timeout);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      this.running--;
      if (keep) {
        worker.unref();
        this.idle.push({ worker, timer: setTimeout(() => this.retire(worker), IDLE_MS).unref() });
      } else void worker.terminate();
      settle();
      this.drain();
    };
    const onMessage = (answer: ParseAnswer) => {
      if (answer.id !== id) return;
      finish(true, () => ('outcome' in answer ? task.resolve(answer.outcome) : task.reject(new Error(answer.failure))));
    };
    // A worker that runs out of its heap dies; the file was too much to read.
    const onError = (error: Error) =>
      finish(false, () =>
        (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? task.resolve({ refusal: unpackedTooLarge(task.request.limits) })
          : task.reject(error),
      );
    const onExit = (code: number) => finish(false, () => task.reject(new Error(`sheet parser stopped (exit ${code})`)));
    const timeout = setTimeout(
      () =>
        finish(false, () =>
          task.resolve({
            refusal: {
              code: 'UNREADABLE',
              message: '파일을 제때 읽지 못했습니다 / the file took too long to read',
            },
          }),
        ),
      TASK_TIMEOUT_MS,
    );
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.ref();
    worker.postMessage({ id, ...task.request } satisfies ParseRequest);
  }

  private retire(worker: Worker) {
    const at = this.idle.findIndex((i) => i.worker === worker);
    if (at >= 0) this.idle.splice(at, 1);
    void worker.terminate();
  }
}

let pool: SheetParserPool | undefined;

/** Parses a sheet in the worker pool (see `parseSpreadsheet` for what it answers). */
export function parseInWorker(content: Buffer, filename: string, limits: SheetLimits = SHEET_LIMITS): Promise<SheetOutcome> {
  // Refused at once when too large, without copying it anywhere.
  if (content.length > limits.maxBytes) return Promise.resolve({ refusal: tooLarge(limits, content.length) });
  pool ??= new SheetParserPool(Math.max(1, availableParallelism() - 1));
  return pool.parse({ content, filename, limits });
}
