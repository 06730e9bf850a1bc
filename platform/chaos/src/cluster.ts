import { infraScript } from '@baeum/testing';
import type { BrokerControl } from './chaos';

/** scripts/infra/cluster.sh: the three-broker cluster (`up`, `down`, `stop N`, `start N`, `brokers`). */
export const cluster = (...args: string[]): string => infraScript('cluster.sh', args);

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
