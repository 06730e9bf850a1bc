import { DemoTenants } from '@baeum/source-data';
import type { Season } from '@baeum/testing';

export { applicantToken, applicantTokens, startSeason, type Season } from '@baeum/testing';

/** The local infrastructure `scripts/infra/up.sh` brings up (the stack reads it from these). */
process.env.BAEUM_TEST_PG_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
process.env.BAEUM_TEST_KAFKA_BROKERS ??= '127.0.0.1:9092';
process.env.BAEUM_TEST_REDIS_URL ??= 'redis://127.0.0.1:6379';

export const SEOUL = DemoTenants.seoul.id;

export const applicationBody = (season: Season, i: number) =>
  JSON.stringify({
    examId: season.examId,
    positionId: season.positionIds[i % season.positionIds.length],
    nameKo: '김응시',
    birthDate: '1998-04-12',
    phone: '010-1234-5678',
  });

export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
