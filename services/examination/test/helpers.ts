import { DemoTenants } from '@baeum/source-data';
import { ApiClient, clientAs, providerCallback as signedCallback, type ServiceStack } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { writtenTotal } from '../src/scoring/pass-marks';

/** The webhook secret the test stacks give examination, so a test can act as the payment provider. */
export const WEBHOOK_SECRET = 'integration-webhook-secret-0123456789abcdef';
export const PASSWORD = 'Baeum!2022';
export const SEOUL = DemoTenants.seoul.id;

/** A synthetic applicant (no sign-up: load tests need thousands of them). */
export const applicantClient = (baseUrl: string, tenantId: string = SEOUL, name = '응시자') =>
  clientAs(baseUrl, { role: 'applicant', tenantId, name });

/** A signed callback as the payment provider sends it. */
export const providerCallback = (
  paymentId: string,
  amount: string,
  status: 'approved' | 'declined' = 'approved',
  secret = WEBHOOK_SECRET,
) => signedCallback(secret, paymentId, amount, status);

export const applicationBody = (examId: string, positionId: string, overrides: Record<string, unknown> = {}) => ({
  examId,
  positionId,
  nameKo: '김응시',
  birthDate: '1998-04-12',
  phone: '010-1234-5678',
  ...overrides,
});

/** Submits with an idempotency key, the way the page does. */
export function submit(client: ApiClient, body: Record<string, unknown>, key = randomUUID()) {
  return client.request('POST', '/api/exam/applications', body, { 'idempotency-key': key });
}

/** Applies and pays through the provider's webhook; returns the application id. */
export async function applyAndPay(
  client: ApiClient,
  examId: string,
  positionId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const applied = await submit(client, applicationBody(examId, positionId, overrides));
  if (applied.status !== 201) throw new Error(`apply failed: ${applied.status} ${JSON.stringify(applied.body)}`);
  await pay(client, applied.body.id);
  return applied.body.id;
}

export async function pay(client: ApiClient, applicationId: string) {
  const checkout = await client.post(`/api/exam/applications/${applicationId}/payments`, {});
  if (checkout.status !== 201) throw new Error(`payment failed: ${checkout.status} ${JSON.stringify(checkout.body)}`);
  const callback = await new ApiClient(client.baseUrl).post(
    '/api/exam/payments/callback',
    providerCallback(checkout.body.paymentId, checkout.body.amount),
  );
  if (callback.status !== 200) throw new Error(`callback failed: ${callback.status} ${JSON.stringify(callback.body)}`);
}

/** An exam open for applications now, with its deadlines ahead; the test moves them as the season goes. */
export function openExamBody(roundNo: number, overrides: Record<string, unknown> = {}) {
  const now = Date.now();
  const day = 86_400_000;
  const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return {
    kind: 'open',
    year: 2031,
    roundNo,
    titleKo: `2031년도 제${roundNo}회 시험 (테스트)`,
    titleEn: `2031 exam round ${roundNo} (test)`,
    announcedOn: date(now - 7 * day),
    applicationOpensAt: new Date(now - 3600_000).toISOString(),
    applicationClosesAt: new Date(now + 3600_000).toISOString(),
    cancellationClosesAt: new Date(now + 2 * 3600_000).toISOString(),
    writtenExamOn: date(now + 40 * day),
    interviewStartsOn: date(now + 70 * day),
    interviewEndsOn: date(now + 72 * day),
    resultOn: date(now + 80 * day),
    selectionPlanned: 3,
    ...overrides,
  };
}

/** One answer sheet as the scoring stage stores it: per subject in hundredths (null when absent), the bonus percent, the result. */
export interface WrittenSheet {
  scores: number[] | null;
  bonus: number;
  result: 'pass' | 'fail' | 'absent';
}

/**
 * Takes an exam to the eve of its written results: closes its windows, gives the exam numbers (returns
 * how many), dates the written exam yesterday and stores each application's sheet and result as the
 * scoring stage does (scoring itself is examination.integration-spec's matter).
 */
export async function markWrittenExam(
  stack: ServiceStack,
  officer: ApiClient,
  examId: string,
  sheets: Map<string, WrittenSheet>,
): Promise<number> {
  const now = Date.now();
  await officer.request('PATCH', `/api/exam/exams/${examId}`, {
    applicationClosesAt: new Date(now - 2000).toISOString(),
    cancellationClosesAt: new Date(now - 1000).toISOString(),
  });
  const numbered = await officer.post(`/api/exam/exams/${examId}/exam-numbers`, {});
  await stack.query(
    'examination',
    `UPDATE examination.exam SET written_exam_on = (now() AT TIME ZONE 'Asia/Seoul')::date - 1 WHERE id = $1`,
    [examId],
  );
  for (const [id, sheet] of sheets)
    await stack.query(
      'examination',
      `UPDATE examination.application SET written_scores = $2, written_total = $3, written_result = $4 WHERE id = $1`,
      [id, sheet.scores && JSON.stringify(sheet.scores), sheet.scores && writtenTotal(sheet.scores, sheet.bonus).total, sheet.result],
    );
  return numbered.body.assigned;
}

/**
 * An open exam whose written exam was sat yesterday: one position (일반행정 9급, one opening), each of
 * `applicants` applied and paid, applications closed and exam numbers given. Its round is random, so
 * each run has its own.
 */
export async function sittingExam(
  stack: ServiceStack,
  officer: ApiClient,
  applicants: ApiClient[],
): Promise<{ examId: string; positionId: string; applicationIds: string[] }> {
  const body = openExamBody(1 + Math.floor(Math.random() * 99), { year: 2040 + Math.floor(Math.random() * 40) });
  const exam = await officer.post('/api/exam/exams', body);
  if (exam.status !== 201) throw new Error(`exam not created: ${exam.status} ${JSON.stringify(exam.body)}`);
  const examId: string = exam.body.id;
  const position = (
    await officer.post(`/api/exam/exams/${examId}/positions`, {
      jobSeries: 'general_admin',
      jobSeriesKo: '일반행정',
      grade: 9,
      openings: 1,
    })
  ).body.positions[0];
  const applicationIds: string[] = [];
  for (const client of applicants) applicationIds.push(await applyAndPay(client, examId, position.id));
  const now = Date.now();
  await officer.request('PATCH', `/api/exam/exams/${examId}`, {
    applicationClosesAt: new Date(now - 2000).toISOString(),
    cancellationClosesAt: new Date(now - 1000).toISOString(),
  });
  const numbers = await officer.post(`/api/exam/exams/${examId}/exam-numbers`, {});
  if (numbers.body.assigned !== applicants.length) throw new Error(`exam numbers: ${JSON.stringify(numbers.body)}`);
  await stack.query(
    'examination',
    `UPDATE examination.exam SET written_exam_on = (now() AT TIME ZONE 'Asia/Seoul')::date - 1 WHERE id = $1`,
    [examId],
  );
  return { examId, positionId: position.id, applicationIds };
}
