import { ApiClient, ServiceStack } from '@baeum/testing';
import { applicantClient, PASSWORD, sittingExam, WEBHOOK_SECRET } from './helpers';

/**
 * 가답안 → 이의제기 → 최종정답 over the real stack: the scanner's answers are imported, the provisional
 * keys published with their objection window, objections filed (only by a candidate who sat, only inside
 * the window, each applicant seeing only their own), one accepted; publishing the final keys scores every
 * candidate again at once, changing only those the decision concerns, and the written results follow.
 */
let stack: ServiceStack;
let officer: ApiClient;

beforeAll(async () => {
  stack = await ServiceStack.start({
    services: ['gateway', 'examination'],
    env: { examination: { PAYMENT_WEBHOOK_SECRET: WEBHOOK_SECRET } },
  });
  officer = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'exam@seoul-hrd.example', PASSWORD);
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

const upload = (path: string, csv: string) =>
  officer
    .raw(path, { method: 'POST', headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'omr.csv' }, body: csv })
    .then(async (r) => ({ status: r.status, body: (await r.json()) as any }));

const hours = (n: number) => new Date(Date.now() + n * 3600_000).toISOString();

/** Each candidate's stored written scores and total, by application. */
async function writtenScores(examId: string): Promise<Record<string, { scores: number[] | null; total: number | null }>> {
  const rows: { id: string; scores: number[] | null; total: number | null }[] = await stack.query(
    'examination',
    `SELECT id, written_scores AS scores, written_total AS total FROM examination.application WHERE exam_id = $1`,
    [examId],
  );
  return Object.fromEntries(rows.map((r) => [r.id, { scores: r.scores, total: r.total }]));
}

const objection = (client: ApiClient, examId: string, body: Record<string, unknown>) =>
  client.post(`/api/exam/answer-keys/${examId}/objections`, { reason: '보기 3도 지문과 일치합니다.', ...body });

it('scores from the keys: provisional, objections, a decision, the final keys and the written results after them', async () => {
  const [a, b, c, absent] = [0, 1, 2, 3].map(() => applicantClient(stack.gatewayUrl));
  const stranger = applicantClient(stack.gatewayUrl);
  const { examId, positionId, applicationIds: ids } = await sittingExam(stack, officer, [a, b, c, absent]);
  const [idA, idB, idC, idAbsent] = ids;
  const numbers: string[] = [];
  for (const [k, client] of [a, b, c, absent].entries())
    numbers.push((await client.get(`/api/exam/applications/${ids[k]}`)).body.examNumber);

  // The answers are read against the keys: none yet.
  const header = '응시번호,국어,영어';
  const answers = [header, `${numbers[0]},12341,2222`, `${numbers[1]},12331,2222`, `${numbers[2]},12340,2221`, `${numbers[3]},,`].join(
    '\n',
  );
  const early = await upload(`/api/exam/exams/${examId}/written-answers`, answers);
  expect([early.status, early.body.code]).toEqual([409, 'WRITTEN_ANSWERS.KEYS_FIRST']);

  // 가답안: 국어 five questions of 20 points, 영어 four of 25.
  const badKeys = await officer.request('PUT', `/api/exam/exams/${examId}/answer-keys`, {
    subjects: [{ name: '국어', choices: 4, answers: [1, 2, 3, 4, 1], points: [20, 20, 20, 20, 10] }],
  });
  expect([badKeys.status, badKeys.body.code, badKeys.body.field]).toEqual([400, 'ANSWER_KEYS.POINTS_TOTAL', 'subjects.0.points']);
  const keys = {
    subjects: [
      { name: '국어', choices: 4, answers: [1, 2, 3, 4, 1], points: [20, 20, 20, 20, 20] },
      { name: '영어', choices: 4, answers: [2, 2, 2, 2], points: [25, 25, 25, 25] },
    ],
  };
  const saved = await officer.request('PUT', `/api/exam/exams/${examId}/answer-keys`, keys);
  expect([saved.status, saved.body.status, saved.body.sheets]).toEqual([200, 'draft', 0]);

  // A bad answers file is refused whole, every problem with its line.
  const bad = await upload(
    `/api/exam/exams/${examId}/written-answers`,
    [header, `${numbers[0]},1234,2222`, `${numbers[1]},12371,2222`, '99999999,12341,2222'].join('\n'),
  );
  expect(bad.status).toBe(400);
  expect(bad.body.errors.map((e: any) => [e.line, e.code])).toEqual([
    [2, 'WRITTEN_ANSWERS.QUESTION_COUNT'],
    [3, 'WRITTEN_ANSWERS.MARKS_FORMAT'],
    [4, 'WRITTEN_SCORES.UNKNOWN_EXAM_NUMBER'],
  ]);
  const imported = await upload(`/api/exam/exams/${examId}/written-answers`, answers);
  expect([imported.status, imported.body]).toEqual([200, { subjects: ['국어', '영어'], sheets: 3, absent: 1, scored: false }]);
  // The score file is not the way for this exam any more.
  const scoreFile = await upload(`/api/exam/exams/${examId}/written-scores`, `${header}\n${numbers[0]},100,100`);
  expect([scoreFile.status, scoreFile.body.code]).toEqual([409, 'WRITTEN_SCORES.KEYS_IN_USE']);

  // Unpublished, the keys are nobody's to see but the officer's.
  expect((await a.get(`/api/exam/answer-keys/${examId}`)).body.code).toBe('ANSWER_KEYS.NOT_FOUND');

  // Published with a window that opens in an hour: objections wait; the sheets are scored from the provisional keys.
  const reversed = await officer.post(`/api/exam/exams/${examId}/answer-keys/provisional`, {
    objectionOpensAt: hours(2),
    objectionClosesAt: hours(1),
  });
  expect([reversed.status, reversed.body.code]).toEqual([400, 'ANSWER_KEYS.WINDOW_REVERSED']);
  const later = await officer.post(`/api/exam/exams/${examId}/answer-keys/provisional`, {
    objectionOpensAt: hours(1),
    objectionClosesAt: hours(2),
  });
  expect([later.status, later.body.status]).toEqual([200, 'provisional']);
  const notYet = await objection(b, examId, { subject: '국어', question: 4, claim: 3 });
  expect([notYet.status, notYet.body.code]).toEqual([409, 'ANSWER_OBJECTION.WINDOW_NOT_OPEN']);
  const provisional = await writtenScores(examId);
  expect(provisional[idA]).toEqual({ scores: [10000, 10000], total: 10000 });
  expect(provisional[idB]).toEqual({ scores: [8000, 10000], total: 9000 });
  expect(provisional[idC]).toEqual({ scores: [8000, 7500], total: 7750 });
  expect(provisional[idAbsent]).toEqual({ scores: null, total: null });
  expect((await officer.request('PUT', `/api/exam/exams/${examId}/answer-keys`, keys)).body.code).toBe('ANSWER_KEYS.ALREADY_PUBLISHED');

  // The window opens: the exam's applicants see the keys, nobody else does.
  expect(
    (await officer.post(`/api/exam/exams/${examId}/answer-keys/provisional`, { objectionOpensAt: hours(-1), objectionClosesAt: hours(1) }))
      .status,
  ).toBe(200);
  const seen = await a.get(`/api/exam/answer-keys/${examId}`);
  expect([seen.status, seen.body.subjects.map((s: any) => s.answers), seen.body.decisions]).toEqual([
    200,
    [
      [1, 2, 3, 4, 1],
      [2, 2, 2, 2],
    ],
    [],
  ]);
  expect(seen.body.sheets).toBeUndefined();
  expect((await stranger.get(`/api/exam/answer-keys/${examId}`)).status).toBe(404);

  // Objections: candidates who sat, once per question; not someone absent, not a stranger.
  const filedB = await objection(b, examId, { subject: '국어', question: 4, claim: 3 });
  expect([filedB.status, filedB.body.decision]).toEqual([201, null]);
  expect((await objection(c, examId, { subject: '국어', question: 4, claim: 0, reason: '정답이 없습니다.' })).status).toBe(201);
  expect((await objection(a, examId, { subject: '영어', question: 1, claim: 0, reason: '지문 오류' })).status).toBe(201);
  const twice = await objection(b, examId, { subject: '국어', question: 4, claim: 2 });
  expect([twice.status, twice.body.code]).toEqual([409, 'ANSWER_OBJECTION.ALREADY_FILED']);
  const notSat = await objection(absent, examId, { subject: '국어', question: 1, claim: 2 });
  expect([notSat.status, notSat.body.code]).toEqual([403, 'ANSWER_OBJECTION.NOT_A_CANDIDATE']);
  const outsider = await objection(stranger, examId, { subject: '국어', question: 1, claim: 2 });
  expect([outsider.status, outsider.body.code]).toEqual([404, 'ANSWER_KEYS.NOT_FOUND']);
  const claim = await objection(b, examId, { subject: '국어', question: 1, claim: 5 });
  expect([claim.status, claim.body.code, claim.body.field]).toEqual([400, 'ANSWER_OBJECTION.CLAIM_OUT_OF_RANGE', 'claim']);
  const question = await objection(b, examId, { subject: '영어', question: 5, claim: 1 });
  expect([question.status, question.body.code]).toEqual([404, 'ANSWER_KEYS.UNKNOWN_QUESTION']);
  const long = await objection(b, examId, { subject: '국어', question: 1, claim: 2, reason: '가'.repeat(2001) });
  expect([long.status, long.body.errors?.[0]?.field]).toEqual([400, 'reason']);

  // Each applicant sees their own objections only; the officer sees all, per question.
  const ownB = (await b.get(`/api/exam/answer-keys/${examId}/objections`)).body;
  expect(ownB.map((o: any) => [o.subject, o.question, o.claim])).toEqual([['국어', 4, 3]]);
  expect(JSON.stringify(ownB)).not.toMatch(/정답이 없습니다|지문 오류/);
  expect((await stranger.get(`/api/exam/answer-keys/${examId}/objections`)).status).toBe(404);
  expect((await a.get(`/api/exam/exams/${examId}/objections`)).status).toBe(403);
  const grouped = (await officer.get(`/api/exam/exams/${examId}/objections`)).body;
  expect(grouped.map((g: any) => [g.subject, g.question, g.key, g.count, g.claims])).toEqual([
    [
      '국어',
      4,
      4,
      2,
      [
        { claim: 0, count: 1 },
        { claim: 3, count: 1 },
      ],
    ],
    ['영어', 1, 2, 1, [{ claim: 0, count: 1 }]],
  ]);

  // Pass marks and the final keys wait: for the final keys, and for the window to close.
  const passEarly = await officer.post(`/api/exam/positions/${positionId}/pass-mark`, { passMultiplePercent: 100 });
  expect([passEarly.status, passEarly.body.code]).toEqual([409, 'ANSWER_KEYS.NOT_FINAL']);
  const finalEarly = await officer.post(`/api/exam/exams/${examId}/answer-keys/final`, {});
  expect([finalEarly.status, finalEarly.body.code]).toEqual([409, 'ANSWER_KEYS.WINDOW_OPEN']);

  // Decisions: 국어 4 accepted with 3 and 4 both right; 영어 1 rejected.
  const noObjection = await officer.post(`/api/exam/exams/${examId}/objection-decisions`, {
    subject: '국어',
    question: 1,
    outcome: 'rejected',
    reason: '이의 없음',
  });
  expect([noObjection.status, noObjection.body.code]).toEqual([409, 'ANSWER_KEYS.NOT_UNDER_OBJECTION']);
  const noChoices = await officer.post(`/api/exam/exams/${examId}/objection-decisions`, {
    subject: '국어',
    question: 4,
    outcome: 'accepted',
    reason: '복수 정답',
  });
  expect([noChoices.status, noChoices.body.code]).toEqual([400, 'ANSWER_KEYS.DECISION_CHOICES']);
  const accepted = await officer.post(`/api/exam/exams/${examId}/objection-decisions`, {
    subject: '국어',
    question: 4,
    outcome: 'accepted',
    correct: [4, 3],
    reason: '보기 3도 지문과 일치하여 복수 정답으로 인정합니다.',
  });
  expect([accepted.status, accepted.body.correct]).toEqual([200, [3, 4]]);
  const undecided = await officer.post(`/api/exam/exams/${examId}/answer-keys/provisional`, {
    objectionOpensAt: hours(-2),
    objectionClosesAt: new Date(Date.now() - 1000).toISOString(),
  });
  expect(undecided.status).toBe(200);
  const closed = await objection(b, examId, { subject: '국어', question: 2, claim: 1 });
  expect([closed.status, closed.body.code]).toEqual([409, 'ANSWER_OBJECTION.WINDOW_CLOSED']);
  const waiting = await officer.post(`/api/exam/exams/${examId}/answer-keys/final`, {});
  expect([waiting.status, waiting.body.code, waiting.body.params]).toEqual([409, 'ANSWER_KEYS.UNDECIDED', { undecided: 1 }]);
  expect(
    (
      await officer.post(`/api/exam/exams/${examId}/objection-decisions`, {
        subject: '영어',
        question: 1,
        outcome: 'rejected',
        reason: '지문에 오류가 없습니다.',
      })
    ).status,
  ).toBe(200);
  // Applicants see decisions only with the final keys.
  expect((await b.get(`/api/exam/answer-keys/${examId}/objections`)).body[0].decision).toBeNull();

  // 최종정답: B (who marked 3 on 국어 4) gains 20 points; A and C keep theirs.
  const final = await officer.post(`/api/exam/exams/${examId}/answer-keys/final`, {});
  expect([final.status, final.body.scored, final.body.absent, final.body.changed]).toEqual([200, 3, 1, 1]);
  const scored = await writtenScores(examId);
  expect(scored[idB]).toEqual({ scores: [10000, 10000], total: 10000 });
  expect([scored[idA], scored[idC], scored[idAbsent]]).toEqual([provisional[idA], provisional[idC], provisional[idAbsent]]);
  // Asked again, the same publication, nothing scored again.
  const again = await officer.post(`/api/exam/exams/${examId}/answer-keys/final`, {});
  expect([again.status, again.body.finalAt, again.body.changed]).toEqual([200, final.body.finalAt, 0]);
  const late = await officer.post(`/api/exam/exams/${examId}/objection-decisions`, {
    subject: '영어',
    question: 1,
    outcome: 'rejected',
    reason: '다시',
  });
  expect([late.status, late.body.code]).toEqual([409, 'ANSWER_KEYS.FINAL']);

  // Each applicant sees the final keys and the decision on their own objection.
  const finalKeys = (await c.get(`/api/exam/answer-keys/${examId}`)).body;
  expect([finalKeys.status, finalKeys.subjects[0].final, finalKeys.decisions.length]).toEqual(['final', [[1], [2], [3], [3, 4], [1]], 2]);
  const decidedB = (await b.get(`/api/exam/answer-keys/${examId}/objections`)).body[0].decision;
  expect([decidedB.outcome, decidedB.correct]).toEqual(['accepted', [3, 4]]);

  // The written results follow the final scores: with one opening, A and B tie at the top and both pass.
  const pass = await officer.post(`/api/exam/positions/${positionId}/pass-mark`, { passMultiplePercent: 100 });
  expect([pass.status, pass.body.cutoff, pass.body.passed, pass.body.failed, pass.body.absent]).toEqual([200, 10000, 2, 1, 1]);
  const published = await officer.post(`/api/exam/exams/${examId}/publications`, { stage: 'written', publishAt: new Date().toISOString() });
  expect(published.status).toBe(201);
  const results: { id: string; result: string }[] = await stack.query(
    'examination',
    `SELECT id, written_result AS result FROM examination.application WHERE exam_id = $1`,
    [examId],
  );
  expect(Object.fromEntries(results.map((r) => [r.id, r.result]))).toEqual({
    [idA]: 'pass',
    [idB]: 'pass',
    [idC]: 'fail',
    [idAbsent]: 'absent',
  });
}, 300_000);
