import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './ports';
import { repoRoot } from './topics';
import { eventually } from './wait';

/** The embedded process (`npm start`'s program) started on a data folder of the test's choosing. */
export class EmbeddedProcess {
  private output = '';

  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
    readonly startedAt: number,
  ) {}

  static async start(dataDir: string, port?: number): Promise<{ process: EmbeddedProcess; readyMs: number }> {
    const main = join(repoRoot(), 'dist', 'platform', 'embedded', 'src', 'main.js');
    if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first`);
    const chosenPort = port ?? (await freePort());
    const startedAt = Date.now();
    const child = spawn(process.execPath, [main], {
      cwd: repoRoot(),
      // Without the demo's background import of the 2021 completions, which the tests of embedded mode do not need.
      env: {
        PATH: process.env.PATH ?? '',
        BAEUM_DATA_DIR: dataDir,
        PORT: String(chosenPort),
        LOG_LEVEL: 'warn',
        DEMO_RESULTS_2021: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const embedded = new EmbeddedProcess(child, `http://127.0.0.1:${chosenPort}`, startedAt);
    child.stdout!.on('data', (chunk) => (embedded.output += chunk));
    child.stderr!.on('data', (chunk) => (embedded.output += chunk));
    await eventually(
      async () => {
        if (child.exitCode !== null) throw new Error(`embedded process exited (${child.exitCode}):\n${embedded.output.slice(-3000)}`);
        return (await fetch(`${embedded.url}/health/ready`).catch(() => undefined))?.status === 200;
      },
      { timeoutMs: 90000, intervalMs: 100, what: 'the embedded process to be ready' },
    );
    return { process: embedded, readyMs: Date.now() - startedAt };
  }

  /** Resident memory in MB, from /proc. */
  residentMb(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  }

  get log(): string {
    return this.output;
  }

  /** SIGTERM and wait: the graceful shutdown path `npm start` users take with Ctrl-C. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 30000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  }
}
