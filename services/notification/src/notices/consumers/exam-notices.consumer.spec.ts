import {
  EventEnvelope,
  ExamResultAnnouncedV1,
  ExamSeatAssignedV1,
  InterviewScheduledV1,
  TraineeCohortRescheduledV1,
} from '@baeum/contracts';
import { useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import type { NotificationEnv } from '../../config/env';
import { ContactsQueries } from '../../contacts/contacts.queries';
import { TraineeLinksQueries } from '../../contacts/trainee-links.queries';
import { RecordContactUseCase } from '../../contacts/usecases/record-contact/record-contact.usecase';
import { RecordTraineeLinkUseCase } from '../../contacts/usecases/record-trainee-link/record-trainee-link.usecase';
import { notificationDatabase } from '../../database/settings';
import { DeliveriesQueries } from '../../deliveries/deliveries.queries';
import { specTellPeople } from '../spec-tell-people';
import { CohortRescheduledConsumer } from './cohort-rescheduled.consumer';
import { ExamResultAnnouncedConsumer } from './exam-result-announced.consumer';
import { ExamSeatAssignedConsumer } from './exam-seat-assigned.consumer';
import { InterviewScheduledConsumer } from './interview-scheduled.consumer';

const db = useSpecDatabase(notificationDatabase({ DATABASE_URL: '', DB_POOL_SIZE: 4 } as never));

describe('exam and cohort-change notice consumers', () => {
  const env = { PUBLIC_BASE_URL: 'https://baeum.test' } as NotificationEnv;
  const links = new TraineeLinksQueries();
  const contacts = () => new ContactsQueries(db.dataSource);
  const deliveries = () => new DeliveriesQueries(db.dataSource);
  const tell = () => specTellPeople(db.dataSource);
  const envelope = <P>(
    contract: { type: string; version: number },
    tenantId: string,
    payload: P,
    source = 'examination',
  ): EventEnvelope<P> => ({
    id: randomUUID(),
    type: contract.type,
    version: contract.version,
    occurredAt: new Date().toISOString(),
    tenantId,
    source,
    correlationId: randomUUID(),
    causationId: null,
    payload,
  });

  async function given() {
    const tenantId = randomUUID();
    const [userId, traineeId] = [randomUUID(), randomUUID()];
    await db.dataSource.transaction(async (tx) => {
      await new RecordContactUseCase(contacts()).execute(tx, {
        tenantId,
        occurredAt: '2027-01-01T00:00:00Z',
        user: { userId, email: 'person@example.com', name: '김응시', roles: ['applicant', 'trainee'], agencyCode: 'MAPO-GU', active: true },
      });
      await new RecordTraineeLinkUseCase(links).execute(tx, {
        tenantId,
        link: { traineeId, userId, agencyCode: 'MAPO-GU', linkedAt: '2027-01-01T00:00:00Z' },
      });
    });
    return { tenantId, userId, traineeId };
  }

  const names = (userId: string) => ({
    applicationId: randomUUID(),
    examId: randomUUID(),
    applicantUserId: userId,
    examTitleKo: '2027년 제1회 임용시험',
    jobSeriesKo: '일반행정',
    grade: 9,
    examNumber: '10100001',
  });

  it('mails and files one inbox item per applicant or trainee event, also when the event comes again', async () => {
    const { tenantId, userId, traineeId } = await given();
    const cases: [{ handle(e: never, tx: never): Promise<void> }, EventEnvelope<unknown>, string][] = [
      [
        new ExamSeatAssignedConsumer(tell(), env),
        envelope(ExamSeatAssignedV1, tenantId, {
          ...names(userId),
          venueNameKo: '서울공업고등학교',
          venueAddress: '서울 관악구',
          roomName: '101호',
          seatNo: 7,
          examDate: '2027-05-15',
          startsAt: '10:00',
          seatedBy: '09:20',
          moved: false,
        }),
        'exam-seat-assigned',
      ],
      [
        new ExamResultAnnouncedConsumer(tell(), env),
        envelope(ExamResultAnnouncedV1, tenantId, {
          ...names(userId),
          stage: 'written' as const,
          result: 'pass' as const,
          publishedAt: '2027-06-01T01:00:00Z',
        }),
        'exam-result-written',
      ],
      [
        new InterviewScheduledConsumer(tell(), env),
        envelope(InterviewScheduledV1, tenantId, { ...names(userId), heldOn: '2027-06-10', startsAt: '09:00', room: '면접실 1' }),
        'exam-interview-scheduled',
      ],
      [
        new CohortRescheduledConsumer(tell(), env),
        envelope(
          TraineeCohortRescheduledV1,
          tenantId,
          {
            applicationId: randomUUID(),
            cohortId: randomUUID(),
            traineeId,
            standing: 'waitlisted' as const,
            courseNameKo: '신규임용자 과정',
            changed: ['dates' as const],
            oldStartDate: '2027-03-02',
            oldEndDate: '2027-03-06',
            startDate: '2027-03-09',
            endDate: '2027-03-13',
          },
          'enrollment',
        ),
        'cohort-rescheduled',
      ],
    ];
    for (const [consumer, event, template] of cases) {
      await db.dataSource.transaction((tx) => consumer.handle(event as never, tx as never));
      await db.dataSource.transaction((tx) => consumer.handle(event as never, tx as never));
      const rows = await deliveries().byEvent(event.id);
      expect(rows.map((r) => ({ recipient: r.recipient, address: r.address, template: r.template }))).toEqual([
        { recipient: userId, address: 'person@example.com', template },
      ]);
    }
    const inbox: { event_type: string; link: string }[] = await db.dataSource.query(
      `SELECT event_type, link FROM notification.inbox_item WHERE recipient = $1 ORDER BY created_at`,
      [userId],
    );
    expect(inbox.map((i) => i.event_type).sort()).toEqual(cases.map(([, e]) => e.type).sort());
    expect(inbox.every((i) => i.link.startsWith('https://baeum.test/'))).toBe(true);
  });

  it('mails nobody for an account it does not know, or of another tenant', async () => {
    const { userId } = await given();
    const quiet = [
      envelope(InterviewScheduledV1, randomUUID(), { ...names(userId), heldOn: '2027-06-10', startsAt: '09:00', room: '면접실 1' }),
      envelope(InterviewScheduledV1, randomUUID(), { ...names(randomUUID()), heldOn: '2027-06-10', startsAt: '09:00', room: '면접실 1' }),
    ];
    for (const event of quiet) await db.dataSource.transaction((tx) => new InterviewScheduledConsumer(tell(), env).handle(event, tx));
    for (const event of quiet) expect(await deliveries().byEvent(event.id)).toEqual([]);
  });
});
