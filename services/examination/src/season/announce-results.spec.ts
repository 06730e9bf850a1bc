import { composeResultView, MemoryCacheStore, publishedInstantsKey, PublishedReadModels, publishedResultKey } from '@baeum/service-kit';
import { randomUUID } from 'node:crypto';
import { eventsAbout, newOfficer, openSpecDatabase, seedApplication, seedExam, SpecDatabase } from '../../test/spec-database';
import { ResultQueries } from '../results/result-queries';
import { PublishedResultWriter } from '../results/result-read-model';
import { PublishedScoreWriter } from '../results/score-disclosure-read-model';
import { ScoreDisclosureQueries } from '../results/score-disclosure-queries';
import { AnnounceDueResults } from './announce-results';

describe('AnnounceDueResults', () => {
  let db: SpecDatabase;
  let announcer: AnnounceDueResults;
  const published = new MemoryCacheStore();
  const logger = { error: jest.fn() };

  beforeAll(async () => {
    db = await openSpecDatabase();
    const writer = new PublishedResultWriter(new ResultQueries(db.dataSource), { store: published } as unknown as PublishedReadModels);
    const scores = new PublishedScoreWriter(new ScoreDisclosureQueries(db.dataSource), {
      store: published,
    } as unknown as PublishedReadModels);
    announcer = new AnnounceDueResults(db.dataSource, db.publisher, writer, scores, logger);
  });
  afterAll(() => db.close());

  const due = (tenantId: string, examId: string, stage: 'written' | 'final', publishAt = new Date(Date.now() - 60_000)) =>
    db.rows(
      `INSERT INTO examination.publication (exam_id, stage, tenant_id, publish_at, positions, passed) VALUES ($1, $2, $3, $4, 1, 1)`,
      [examId, stage, tenantId, publishAt],
    );

  async function session(tenantId: string, exam: { examId: string; positionId: string }): Promise<string> {
    const id = randomUUID();
    await db.rows(
      `INSERT INTO examination.interview_session (id, tenant_id, exam_id, position_id, seq, held_on, starts_at, room, panel)
       VALUES ($1, $2, $3, $4, 1, '2027-05-20', '14:00', '면접실 2', '{}')`,
      [id, tenantId, exam.examId, exam.positionId],
    );
    return id;
  }

  it("tells each candidate their own written result and, if they passed, their interview slot; no one else's, no personal data", async () => {
    const { tenantId } = newOfficer();
    const exam = await seedExam(db, tenantId);
    const slot = await session(tenantId, exam);
    const passed = await seedApplication(db, tenantId, exam, { examNumber: '10100001', writtenResult: 'pass', interviewSessionId: slot });
    const failed = await seedApplication(db, tenantId, exam, { examNumber: '10100002', writtenResult: 'fail' });
    const absent = await seedApplication(db, tenantId, exam, { examNumber: '10100003', writtenResult: 'absent' });
    const unpaid = await seedApplication(db, tenantId, exam, { examNumber: null, status: 'pending_payment' });
    await due(tenantId, exam.examId, 'written');

    await announcer.run();

    const events = await eventsAbout(db, exam.examId);
    const results = events.filter((e) => e.type === 'examination.application.result-announced').map((e) => e.payload);
    expect(results.map((r) => [r.applicationId, r.examNumber, r.result])).toEqual([
      [passed, '10100001', 'pass'],
      [failed, '10100002', 'fail'],
      [absent, '10100003', 'absent'],
    ]);
    expect(results[0]).toEqual({
      applicationId: passed,
      examId: exam.examId,
      applicantUserId: expect.any(String),
      examTitleKo: '2027년 시험',
      jobSeriesKo: '일반행정',
      grade: 9,
      examNumber: '10100001',
      stage: 'written',
      result: 'pass',
      publishedAt: expect.any(String),
    });
    expect(results.some((r) => r.applicationId === unpaid)).toBe(false);
    const slots = events.filter((e) => e.type === 'examination.application.interview-scheduled').map((e) => e.payload);
    expect(slots).toEqual([expect.objectContaining({ applicationId: passed, heldOn: '2027-05-20', startsAt: '14:00', room: '면접실 2' })]);
    expect(JSON.stringify(events)).not.toMatch(/홍길동|1995-05-05|010-0000|written_total|score/i);

    // Announced once: a second sweep finds nothing due.
    await announcer.run();
    expect(await eventsAbout(db, exam.examId)).toHaveLength(events.length);
  });

  it('tells the final result only to those who reached the final stage, not again to those the written stage failed', async () => {
    const { tenantId } = newOfficer();
    const exam = await seedExam(db, tenantId);
    const slot = await session(tenantId, exam);
    const interviewed = await seedApplication(db, tenantId, exam, { writtenResult: 'pass', interviewSessionId: slot, finalResult: 'fail' });
    await seedApplication(db, tenantId, exam, { writtenResult: 'fail', finalResult: 'fail' });
    const appointed = await seedApplication(db, tenantId, exam, { writtenResult: 'pass', interviewSessionId: slot, finalResult: 'pass' });
    await due(tenantId, exam.examId, 'final');

    await announcer.run();

    const events = await eventsAbout(db, exam.examId);
    const results = events.filter((e) => e.type === 'examination.application.result-announced').map((e) => e.payload);
    expect(new Map(results.map((r) => [r.applicationId, [r.stage, r.result]]))).toEqual(
      new Map([
        [interviewed, ['final', 'fail']],
        [appointed, ['final', 'pass']],
      ]),
    );
    // The final stage tells no interview slot.
    expect(events.filter((e) => e.type === 'examination.application.interview-scheduled')).toEqual([]);
  });

  it('tells nothing before the publication instant', async () => {
    const { tenantId } = newOfficer();
    const exam = await seedExam(db, tenantId);
    await seedApplication(db, tenantId, exam, { writtenResult: 'pass' });
    await due(tenantId, exam.examId, 'written', new Date(Date.now() + 3_600_000));
    await announcer.run();
    expect(await eventsAbout(db, exam.examId)).toEqual([]);
  });

  it("publishes each numbered applicant's own lookup answer for the gateway, with only the stages already published", async () => {
    const { tenantId } = newOfficer();
    const exam = await seedExam(db, tenantId);
    const [passer, failer, unnumbered] = [randomUUID(), randomUUID(), randomUUID()];
    await seedApplication(db, tenantId, exam, { examNumber: '10100001', writtenResult: 'pass', finalResult: 'pass', applicantId: passer });
    await seedApplication(db, tenantId, exam, { examNumber: '10100002', writtenResult: 'fail', applicantId: failer });
    await seedApplication(db, tenantId, exam, { examNumber: null, status: 'pending_payment', applicantId: unnumbered });
    const finalAt = new Date(Date.now() + 3_600_000);
    await due(tenantId, exam.examId, 'written');
    await due(tenantId, exam.examId, 'final', finalAt);

    await announcer.run();

    const entry = JSON.parse((await published.get(publishedResultKey(tenantId, passer, exam.examId)))!);
    // The final result is decided but not yet published: it is not in the entry.
    expect(entry).toEqual({
      examId: exam.examId,
      examTitleKo: '2027년 시험',
      examTitleEn: '2027 exam 1',
      examNumber: '10100001',
      positionLabelKo: '일반행정 9급',
      written: 'pass',
    });
    const instants = JSON.parse((await published.get(publishedInstantsKey(exam.examId)))!);
    expect(instants).toEqual({ written: expect.any(String), final: finalAt.toISOString() });
    expect(composeResultView(entry, instants, Date.now())).toMatchObject({
      written: { published: true, result: 'pass' },
      final: { published: false, publishAt: finalAt.toISOString() },
    });
    expect(JSON.parse((await published.get(publishedResultKey(tenantId, failer, exam.examId)))!).written).toBe('fail');
    expect(await published.get(publishedResultKey(tenantId, unnumbered, exam.examId))).toBeNull();
    expect(await published.get(publishedResultKey(newOfficer().tenantId, passer, exam.examId))).toBeNull();
    expect(logger.error).not.toHaveBeenCalled();
  });
});
