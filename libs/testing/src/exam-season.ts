import { signPaymentCallback } from '@baeum/api';
import { DemoTenants } from '@baeum/source-data';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { ApiClient } from './http';
import { ServiceStack, StackOptions, TEST_JWT_SECRET } from './stack';

/** Exam seasons for load runs (benchmarks, the chaos run): thousands of applicants, an exam open for them. */
const SEOUL = DemoTenants.seoul.id;
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

/** A signed callback as the payment provider sends it (the test or load run acting as the provider). */
export function providerCallback(secret: string, paymentId: string, amount: string, status: 'approved' | 'declined' = 'approved') {
  const unsigned = {
    paymentId,
    providerRef: `PG-${paymentId.slice(0, 8).toUpperCase()}`,
    status,
    amount,
    approvedAt: new Date().toISOString(),
  };
  return { ...unsigned, signature: signPaymentCallback(secret, unsigned) };
}

export interface Season {
  stack: ServiceStack;
  examId: string;
  positionIds: string[];
}

/**
 * The services as processes over the real broker, database and cache, examination with `instances`
 * processes behind a balancer, and an exam open for applications with three positions. Lookups are
 * limited per applicant, not per benchmark. `options` adds to that (the chaos run's other instances).
 */
export async function startSeason(instances: number, options: StackOptions = {}): Promise<Season> {
  const stack = await ServiceStack.start({
    ...options,
    instances: { ...options.instances, examination: instances },
    env: {
      ...options.env,
      examination: { LOG_LEVEL: 'warn', RESULTS_LOOKUPS_PER_MINUTE: '60', ...options.env?.examination },
      gateway: { LOG_LEVEL: 'warn', ...options.env?.gateway },
    },
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
