import { DemoTenants } from '@baeum/source-data';
import { ApiClient, ServiceStack, TEST_JWT_SECRET } from '@baeum/testing';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';

/** The local infrastructure `scripts/infra/up.sh` brings up (the stack reads it from these). */
process.env.BAEUM_TEST_PG_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
process.env.BAEUM_TEST_KAFKA_BROKERS ??= '127.0.0.1:9092';
process.env.BAEUM_TEST_REDIS_URL ??= 'redis://127.0.0.1:6379';

export const SEOUL = DemoTenants.seoul.id;
const jwt = new JwtService({ secret: TEST_JWT_SECRET, signOptions: { algorithm: 'HS256' } });

/** A token as the gateway signs it, for a synthetic applicant (signing thousands up would measure scrypt). */
export const applicantToken = (userId: string = randomUUID()) =>
  jwt.sign({ sub: userId, tid: SEOUL, role: 'applicant', agency: null, name: '응시자', cv: 1 }, { expiresIn: 3600 });

/** Tokens of synthetic applicants whose accounts exist in the gateway (it refuses tokens of unknown users), made in one statement. */
export async function applicantTokens(stack: ServiceStack, userIds: string[]): Promise<string[]> {
  await stack.query(
    'gateway',
    `INSERT INTO gateway.app_user (id, tenant_id, email, name, role, password_hash)
     SELECT u.id, $1, 'bench-' || u.id || '@people.test', '응시자', 'applicant', 'none' FROM unnest($2::uuid[]) AS u(id)
     ON CONFLICT DO NOTHING`,
    [SEOUL, userIds],
  );
  return userIds.map((id) => applicantToken(id));
}

export interface Season {
  stack: ServiceStack;
  examId: string;
  positionIds: string[];
}

/**
 * The five services as processes over the real broker, database and cache, examination with
 * `instances` processes behind a balancer, and an exam open for applications with three positions.
 * Lookups are limited per applicant, not per benchmark.
 */
export async function startSeason(instances: number): Promise<Season> {
  const stack = await ServiceStack.start({
    instances: { examination: instances },
    env: { examination: { LOG_LEVEL: 'warn', RESULTS_LOOKUPS_PER_MINUTE: '60' }, gateway: { LOG_LEVEL: 'warn' } },
  });
  const officer = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'exam@seoul-hrd.example', 'Baeum!2022');
  const now = Date.now();
  const exam = await officer.post('/api/exam/exams', {
    kind: 'open',
    year: 2032,
    roundNo: 1,
    titleKo: '벤치마크 시험',
    titleEn: 'Benchmark exam',
    announcedOn: new Date(now - 7 * 86_400_000).toISOString().slice(0, 10),
    applicationOpensAt: new Date(now - 3600_000).toISOString(),
    applicationClosesAt: new Date(now + 6 * 3600_000).toISOString(),
    cancellationClosesAt: new Date(now + 7 * 3600_000).toISOString(),
    writtenExamOn: new Date(now + 40 * 86_400_000).toISOString().slice(0, 10),
    resultOn: new Date(now + 80 * 86_400_000).toISOString().slice(0, 10),
    selectionPlanned: 30,
  });
  if (exam.status !== 201) throw new Error(`exam not created: ${JSON.stringify(exam.body)}`);
  for (const [jobSeries, jobSeriesKo] of [
    ['general_admin', '일반행정'],
    ['social_welfare', '사회복지'],
    ['computing', '전산'],
  ]) {
    await officer.post(`/api/exam/exams/${exam.body.id}/positions`, { jobSeries, jobSeriesKo, grade: 9, openings: 10 });
  }
  const positions = (await officer.get(`/api/exam/exams/${exam.body.id}`)).body.positions as { id: string }[];
  return { stack, examId: exam.body.id, positionIds: positions.map((p) => p.id) };
}

export const applicationBody = (season: Season, i: number) =>
  JSON.stringify({
    examId: season.examId,
    positionId: season.positionIds[i % season.positionIds.length],
    nameKo: '김응시',
    birthDate: '1998-04-12',
    phone: '010-1234-5678',
  });

export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
