import { repoRoot } from '@baeum/testing';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { BrokerControl } from './chaos';

/** scripts/infra/cluster.sh: the three-broker cluster (`up`, `down`, `stop N`, `start N`, `brokers`). */
export const cluster = (...args: string[]): string =>
  execFileSync('bash', [join(repoRoot(), 'scripts', 'infra', 'cluster.sh'), ...args], { encoding: 'utf8' }).trim();

/** Whether any node of the cluster runs (`status` fails on describing topics when none does). */
export function clusterRunning(): boolean {
  try {
    return cluster('status').includes('running');
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? '').includes('running');
  }
}

/** Node 2 of the cluster, stopped as a failure would (SIGKILL) and started again; it catches up from the others. */
export const clusterBroker: BrokerControl = {
  stop: () => void cluster('stop', '2'),
  start: () => void cluster('start', '2'),
};
