import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createTopics, repoRoot } from './topics';

type Stoppable = { stop(): Promise<unknown> };
declare global {
  var __baeumContainers: Stoppable[] | undefined;
}

const dockerEngineAvailable = () => spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 10000 }).status === 0;

/**
 * Brings up real PostgreSQL, Kafka and Redis for the integration tests, unless the environment
 * already names them: containers where a Docker engine runs, the local scripts otherwise.
 * Endpoints reach the tests through BAEUM_TEST_* variables.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.BAEUM_TEST_KAFKA_BROKERS && process.env.BAEUM_TEST_PG_URL && process.env.BAEUM_TEST_REDIS_URL) return;
  if (dockerEngineAvailable() && process.env.BAEUM_TEST_NO_CONTAINERS !== '1') {
    await startContainers();
    return;
  }
  execFileSync('bash', [join(repoRoot(), 'scripts', 'infra', 'up.sh')], { stdio: 'inherit' });
  process.env.BAEUM_TEST_PG_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
  process.env.BAEUM_TEST_KAFKA_BROKERS = '127.0.0.1:9092';
  process.env.BAEUM_TEST_REDIS_URL = 'redis://127.0.0.1:6379';
}

async function startContainers() {
  const [{ PostgreSqlContainer }, { RedisContainer }, { KafkaContainer }] = await Promise.all([
    import('@testcontainers/postgresql'),
    import('@testcontainers/redis'),
    import('@testcontainers/kafka'),
  ]);
  const [pg, redis, kafka] = await Promise.all([
    new PostgreSqlContainer('postgres:15-alpine').withUsername('postgres').withPassword('postgres').withDatabase('postgres').start(),
    new RedisContainer('redis:7-alpine').start(),
    new KafkaContainer('confluentinc/cp-kafka:7.9.1').withKraft().start(),
  ]);
  globalThis.__baeumContainers = [pg, redis, kafka];
  process.env.BAEUM_TEST_PG_URL = pg.getConnectionUri();
  process.env.BAEUM_TEST_REDIS_URL = `redis://${redis.getHost()}:${redis.getMappedPort(6379)}`;
  process.env.BAEUM_TEST_KAFKA_BROKERS = `${kafka.getHost()}:${kafka.getMappedPort(9093)}`;
  await createTopics(process.env.BAEUM_TEST_KAFKA_BROKERS);
}
