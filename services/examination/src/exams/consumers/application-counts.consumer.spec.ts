import { ApplicationCancelledV1, ApplicationSubmittedV1 } from '@baeum/contracts';
import { BatchEffects } from '@baeum/messaging';
import { eventEnvelope } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { newOfficer, openSpecDatabase, seedExam, SeededExam, SpecDatabase } from '../../../test/spec-database';
import { CountCancelledApplication, CountSubmittedApplication } from './application-counts.consumer';

describe('application counts (경쟁률) from application events', () => {
  let db: SpecDatabase;
  beforeAll(async () => {
    db = await openSpecDatabase();
  });
  afterAll(() => db.close());

  const applicantsIn = async (tx: EntityManager, positionId: string): Promise<number> =>
    ((await tx.query(`SELECT applicants FROM examination.position WHERE id = $1`, [positionId])) as { applicants: number }[])[0].applicants;

  const submitted = (tenantId: string, exam: SeededExam) =>
    eventEnvelope(ApplicationSubmittedV1, tenantId, {
      applicationId: randomUUID(),
      examId: exam.examId,
      positionId: exam.positionId,
      jobSeries: '일반행정',
      grade: 9,
      feeAmount: '5000',
      submittedAt: new Date().toISOString(),
    });

  it("counts a batch's submissions and cancellations of each position at the batch's end, once per position", async () => {
    const officer = newOfficer();
    const [busy, quiet] = [await seedExam(db, officer.tenantId), await seedExam(db, officer.tenantId)];
    const submit = new CountSubmittedApplication();
    const cancel = new CountCancelledApplication();
    await db.dataSource.transaction(async (tx) => {
      const batch = new BatchEffects();
      for (const exam of [busy, busy, quiet, busy]) await submit.handle(submitted(officer.tenantId, exam), tx, batch);
      await cancel.handle(
        eventEnvelope(ApplicationCancelledV1, officer.tenantId, {
          applicationId: randomUUID(),
          examId: busy.examId,
          positionId: busy.positionId,
          reason: 'by_applicant',
          cancelledAt: new Date().toISOString(),
        }),
        tx,
        batch,
      );
      // Nothing is written (and the position's row is not locked) before the batch's end.
      expect(await applicantsIn(tx, busy.positionId)).toBe(0);
      await batch.run();
      expect(await applicantsIn(tx, busy.positionId)).toBe(2);
      expect(await applicantsIn(tx, quiet.positionId)).toBe(1);
    });
    // A later batch adds to what the earlier one wrote.
    await db.dataSource.transaction(async (tx) => {
      const batch = new BatchEffects();
      await submit.handle(submitted(officer.tenantId, busy), tx, batch);
      await batch.run();
    });
    expect(await applicantsIn(db.dataSource.manager, busy.positionId)).toBe(3);
    expect(await applicantsIn(db.dataSource.manager, quiet.positionId)).toBe(1);
  });
});
