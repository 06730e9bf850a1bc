import { runChaos, summaryTable } from './chaos';
import { cluster, clusterBroker } from './cluster';

/**
 * `npm run chaos`: the chaos run of issue 16 against the three-broker cluster (scripts/infra/cluster.sh,
 * started by the script) and the local PostgreSQL and Redis; prints the summary table and exits 1
 * when anything acknowledged was lost or duplicated.
 *
 *   CHAOS_APPLICATIONS (10,000), CHAOS_COHORTS (1,000), CHAOS_CONCURRENCY (32); `--short`: 200 and 20.
 */
const short = process.argv.includes('--short');
const sizes = {
  applications: Number(process.env.CHAOS_APPLICATIONS ?? (short ? 200 : 10_000)),
  cohorts: Number(process.env.CHAOS_COHORTS ?? (short ? 20 : 1_000)),
  concurrency: Number(process.env.CHAOS_CONCURRENCY ?? (short ? 8 : 32)),
};
async function main() {
  process.env.BAEUM_TEST_KAFKA_BROKERS = cluster('brokers');
  process.env.BAEUM_TEST_PG_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
  process.env.BAEUM_TEST_REDIS_URL ??= 'redis://127.0.0.1:6379';
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log(`chaos run: ${JSON.stringify(sizes)} on brokers ${process.env.BAEUM_TEST_KAFKA_BROKERS}`);
  const report = await runChaos(sizes, clusterBroker, log);
  log(`\n${summaryTable(report)}`);
  return report.ok;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
