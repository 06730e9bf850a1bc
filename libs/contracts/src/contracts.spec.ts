import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as contracts from './index';
import { EventContract } from './schema';

const isContract = (x: unknown): x is EventContract<unknown> =>
  typeof x === 'object' && x !== null && 'type' in x && 'fields' in x && 'keyOf' in x;
const all = (Object.values(contracts) as unknown[]).filter(isContract);
const topicsFile = readFileSync(join(__dirname, '..', '..', '..', 'deploy', 'kafka', 'topics.txt'), 'utf8');
const deployedTopics = new Set(
  topicsFile
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim().split(/\s+/)[0])
    .filter(Boolean),
);

describe('the event contracts', () => {
  it('are found', () => {
    expect(all.length).toBeGreaterThanOrEqual(20);
  });

  it.each(all.map((c) => [`${c.type} v${c.version}`, c] as const))('%s names a known, deployed topic of its own service', (_, contract) => {
    expect(Object.values(contracts.Topics)).toContain(contract.topic);
    expect(deployedTopics).toContain(contract.topic);
    expect(contract.type.split('.')[0]).toBe(contract.topic.split('.')[0]);
  });

  it('never define one type and version twice', () => {
    const keys = all.map((c) => `${c.type}@${c.version}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('deploy every topic of Topics and a dead-letter topic per service', () => {
    for (const topic of Object.values(contracts.Topics)) expect(deployedTopics).toContain(topic);
    for (const service of ['curriculum', 'enrollment', 'examination', 'finance', 'gateway', 'notification'])
      expect(deployedTopics).toContain(contracts.deadLetterTopic(service));
  });
});
