import { newOfficer, openSpecDatabase, seedApplication, seedExam, seedPublications, SpecDatabase } from '../../test/spec-database';
import { lapseUnpaid, markAnnounced, unannouncedPublications } from './season-queries';

describe('season queries', () => {
  let db: SpecDatabase;

  beforeAll(async () => {
    db = await openSpecDatabase();
  });
  afterAll(() => db.close());

  it('lapses the unpaid applications of exams whose applications have closed, and only those', async () => {
    const officer = newOfficer();
    const closed = await seedExam(db, officer.tenantId);
    const open = await seedExam(db, officer.tenantId, { open: true });
    const unpaid = await seedApplication(db, officer.tenantId, closed, { status: 'pending_payment', examNumber: null });
    const paid = await seedApplication(db, officer.tenantId, closed);
    const stillOpen = await seedApplication(db, officer.tenantId, open, { status: 'pending_payment', examNumber: null });

    const lapsed = await db.dataSource.transaction((tx) => lapseUnpaid(tx, 500));

    const mine = lapsed.filter((a) => a.tenantId === officer.tenantId);
    expect(mine).toEqual([
      { id: unpaid, tenantId: officer.tenantId, examId: closed.examId, positionId: closed.positionId, cancelledAt: expect.any(Date) },
    ]);
    const statuses = await db.rows<{ id: string; status: string; cancel_reason: string | null }>(
      `SELECT id, status, cancel_reason FROM examination.application WHERE id = ANY($1::uuid[])`,
      [[unpaid, paid, stillOpen]],
    );
    expect(Object.fromEntries(statuses.map((s) => [s.id, [s.status, s.cancel_reason]]))).toEqual({
      [unpaid]: ['cancelled', 'unpaid_at_deadline'],
      [paid]: ['paid', null],
      [stillOpen]: ['pending_payment', null],
    });
  });

  it('finds publications due and not yet announced until they are marked announced', async () => {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId);
    await seedPublications(db, officer.tenantId, exam.examId);
    const due = async () =>
      (await db.dataSource.transaction((tx) => unannouncedPublications(tx, 1000)))
        .filter((p) => p.examId === exam.examId)
        .map((p) => p.stage);
    expect(await due()).toEqual(['written']);
    await markAnnounced(db.dataSource.manager, { examId: exam.examId, stage: 'written' });
    expect(await due()).toEqual([]);
  });
});
