import { Admin, Kafka, logLevel } from 'kafkajs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's root, from the sources (tests) or from their build under dist/ (benchmarks). */
export function repoRoot(): string {
  const up = join(__dirname, '..', '..', '..');
  return existsSync(join(up, 'package.json')) ? up : join(up, '..');
}

/** The topics every deployment creates: deploy/kafka/topics.txt, `name partitions` per line. */
export function declaredTopics(): { topic: string; partitions: number }[] {
  return readFileSync(join(repoRoot(), 'deploy', 'kafka', 'topics.txt'), 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((line) => {
      const [topic, partitions] = line.split(/\s+/);
      return { topic, partitions: Number(partitions) };
    });
}

async function withAdmin<T>(brokers: string, work: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = new Kafka({ clientId: 'baeum-test-setup', brokers: brokers.split(','), logLevel: logLevel.ERROR }).admin();
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.disconnect();
  }
}

/**
 * Creates the declared topics that are missing, each name after `prefix` (a test run's own set).
 * A busy broker may answer the leader check of a topic it has just created with "does not host
 * this topic-partition"; asking again (only for what is still missing) gets past that.
 */
export async function createTopics(brokers: string, prefix = '', attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await withAdmin(brokers, async (admin) => {
        const existing = new Set(await admin.listTopics());
        const missing = declaredTopics().filter((t) => !existing.has(prefix + t.topic));
        if (missing.length > 0) {
          // On the three-broker cluster (scripts/infra/cluster.sh) as production has them, so a stopped broker loses nothing.
          const replicated = (await admin.describeCluster()).brokers.length >= 3;
          await admin.createTopics({
            waitForLeaders: true,
            topics: missing.map((t) => ({
              topic: prefix + t.topic,
              numPartitions: t.partitions,
              replicationFactor: replicated ? 3 : 1,
              configEntries: replicated ? [{ name: 'min.insync.replicas', value: '2' }] : [],
            })),
          });
        }
      });
    } catch (error) {
      if ((error as { type?: string }).type !== 'UNKNOWN_TOPIC_OR_PARTITION' || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

/** Deletes a test run's topics (never unprefixed ones). */
export function deleteTopics(brokers: string, prefix: string): Promise<void> {
  if (!prefix) throw new Error('refusing to delete the unprefixed topics');
  return withAdmin(brokers, async (admin) => {
    const ours = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
    if (ours.length > 0) await admin.deleteTopics({ topics: ours });
  });
}
