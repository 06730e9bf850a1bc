import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports';
import { repoRoot } from './topics';

/** Runs scripts/infra/<script> (up.sh, down.sh, cluster.sh) with `env` over this process's; its output, trimmed. */
export const infraScript = (script: string, args: string[] = [], env: Record<string, string> = {}): string =>
  execFileSync('bash', [join(repoRoot(), 'scripts', 'infra', script), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  }).trim();

export interface OwnBroker {
  /** The bootstrap address, `127.0.0.1:<port>`. */
  readonly brokers: string;
  /** Starts it (again) and waits until it answers, with the topics of deploy/kafka/topics.txt. */
  start(): void;
  /** Stops it (SIGTERM, then SIGKILL after 30 s) and waits until it has exited. */
  stop(): void;
  /** Stops it and deletes its state. */
  remove(): void;
}

/**
 * A single Kafka broker of a test's own, for a test that stops brokers: scripts/infra/up.sh and
 * down.sh with their state directory and ports moved (BAEUM_INFRA_DIR, BAEUM_KAFKA_PORT,
 * BAEUM_KAFKA_CONTROLLER_PORT), so the broker the other tests share and the three-broker cluster
 * stay as they are. up.sh reuses the running PostgreSQL and Redis, and down.sh leaves what it reused.
 */
export async function ownBroker(name: string): Promise<OwnBroker> {
  const dir = mkdtempSync(join(tmpdir(), `baeum-${name}-`));
  const port = await freePort();
  const env = { BAEUM_INFRA_DIR: dir, BAEUM_KAFKA_PORT: String(port), BAEUM_KAFKA_CONTROLLER_PORT: String(await freePort()) };
  const stop = () => void infraScript('down.sh', [], env);
  return {
    brokers: `127.0.0.1:${port}`,
    start: () => void infraScript('up.sh', [], env),
    stop,
    remove: () => {
      stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
