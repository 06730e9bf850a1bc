import {
  ApplicationEndedV1,
  CohortUnderFilledV1,
  EventContract,
  EventEnvelope,
  SeatConfirmedV1,
  SeatWaitlistedV1,
  TraineeCompletedV1,
  TraineeLinkedV1,
  UserChangedV1,
} from '@baeum/contracts';
import { eventually, infra, ServiceStack, TestSmtpServer } from '@baeum/testing';
import { EventSources } from './event-sources';
import { randomUUID } from 'node:crypto';

/**
 * Trainee notices over a real SMTP server, Kafka and PostgreSQL: the gateway announces a trainee's
 * user, enrollment links its trainee record to that user (and another record to none), then its seat,
 * application-ended and completion events mail the linked trainee exactly once each (with one inbox
 * item), also when an event comes twice, and the unlinked trainee never; naming the course when the
 * event does. An under-filled cohort tells every course manager of the tenant.
 */
const PUBLIC = 'https://baeum.test';
const tenantId = randomUUID();
let smtp: TestSmtpServer;
let stack: ServiceStack;
let sources: EventSources;
const gateway = 'gateway';
const enrollment = 'enrollment';

beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  stack = await ServiceStack.start({
    services: ['notification'],
    env: {
      notification: { SMTP_URL: smtp.url, MAIL_FROM: '배움 Baeum <no-reply@baeum.test>', PUBLIC_BASE_URL: PUBLIC, DELIVERY_POLL_MS: '200' },
    },
  });
  sources = await EventSources.start(stack, ['gateway', 'enrollment'], 'notification-trainee-notices-test');
});

afterAll(async () => {
  await sources?.stop();
  await stack?.stop();
  await smtp?.stop();
});

const publish = <P>(publisher: string, contract: EventContract<P>, payload: P): Promise<EventEnvelope<P>> =>
  sources.publish(publisher, contract, tenantId, payload);

const deliveriesOf = (eventId: string) =>
  stack.query('notification', `SELECT recipient, address, template, status FROM notification.delivery WHERE event_id = $1`, [eventId]);

it('mails a linked trainee once per seat and completion event, never twice for a redelivered event, and an unlinked trainee never', async () => {
  const email = `trainee-${stack.runId}@example.com`;
  const user: UserChangedV1 = { userId: randomUUID(), email, name: '정교육생', roles: ['trainee'], agencyCode: 'MAPO-GU', active: true };
  await publish(gateway, UserChangedV1, user);
  const [linked, unlinked] = [randomUUID(), randomUUID()];
  // Made unlinked, then linked to the account: the newest link counts.
  await publish(enrollment, TraineeLinkedV1, {
    traineeId: linked,
    userId: null,
    agencyCode: 'MAPO-GU',
    linkedAt: '2027-03-01T00:00:00.000Z',
  });
  await publish(enrollment, TraineeLinkedV1, {
    traineeId: linked,
    userId: user.userId,
    agencyCode: 'MAPO-GU',
    linkedAt: '2027-03-01T00:01:00.000Z',
  });
  await publish(enrollment, TraineeLinkedV1, {
    traineeId: unlinked,
    userId: null,
    agencyCode: 'MAPO-GU',
    linkedAt: '2027-03-01T00:00:00.000Z',
  });
  await eventually(
    async () =>
      (await stack.query('notification', `SELECT 1 FROM notification.contact WHERE user_id = $1`, [user.userId])).length === 1 &&
      (await stack.query('notification', `SELECT user_id FROM notification.trainee_link WHERE trainee_id = $1`, [linked]))[0]?.user_id ===
        user.userId &&
      (await stack.query('notification', `SELECT 1 FROM notification.trainee_link WHERE trainee_id = $1`, [unlinked])).length === 1,
    { timeoutMs: 60000, what: 'the contact and both links' },
  );

  const cohortId = randomUUID();
  const seat = (traineeId: string) => ({ applicationId: randomUUID(), cohortId, traineeId, agencyCode: 'MAPO-GU' });
  // One cohort, one key: handled in this order.
  const quiet = [
    await publish(enrollment, SeatWaitlistedV1, { ...seat(unlinked), position: 1 }),
    await publish(enrollment, SeatConfirmedV1, { ...seat(unlinked), via: 'application', confirmedAt: '2027-03-02T00:00:00.000Z' }),
  ];
  const waitlisted = await publish(enrollment, SeatWaitlistedV1, { ...seat(linked), position: 2 });
  const promoted = await publish(enrollment, SeatConfirmedV1, {
    ...seat(linked),
    via: 'waitlist',
    confirmedAt: '2027-03-02T00:00:00.000Z',
  });
  const ownCancel = await publish(enrollment, ApplicationEndedV1, {
    ...seat(linked),
    reason: 'cancelled',
    heldSeat: true,
    endedAt: '2027-03-03T00:00:00.000Z',
  });
  const cancelled = await publish(enrollment, ApplicationEndedV1, {
    ...seat(linked),
    reason: 'cohort_cancelled',
    heldSeat: true,
    endedAt: '2027-03-03T00:00:00.000Z',
  });
  const completed = await publish(enrollment, TraineeCompletedV1, {
    ...seat(linked),
    courseId: randomUUID(),
    completedOn: '2027-03-06',
    attendancePercent: 100,
    certificateNo: `C-${stack.runId}`,
  });
  // The completion again, as a redelivery would bring it, then a marker of the same key after it.
  await sources.redeliver(TraineeCompletedV1, completed, cohortId);
  const marker = await publish(enrollment, TraineeCompletedV1, {
    ...completed.payload,
    applicationId: randomUUID(),
    certificateNo: 'MARKER',
  });

  const mails = await eventually(async () => smtp.mailsTo(email).length >= 5 && smtp.mailsTo(email), {
    timeoutMs: 90000,
    what: 'five mails',
  });
  await eventually(
    async () => (await deliveriesOf(marker.id)).every((d) => d.status === 'sent') && (await deliveriesOf(marker.id)).length === 1,
    {
      timeoutMs: 60000,
      what: 'the marker sent',
    },
  );
  expect(smtp.mailsTo(email)).toHaveLength(5);
  expect(mails.map((m) => m.subject).sort()).toEqual(
    [
      '[대기] 교육 대기 2번 / Waitlisted, number 2',
      '[선발 확정] 대기에서 선발로 확정되었습니다 / Promoted from the waitlist',
      '[폐강] 폐강 / Cohort cancelled',
      '[수료] 교육을 수료하셨습니다 / Training completed',
      '[수료] 교육을 수료하셨습니다 / Training completed',
    ].sort(),
  );
  expect(mails.find((m) => m.text.includes(`C-${stack.runId}`))!.text).toContain(`${PUBLIC}/my-training`);
  for (const event of [waitlisted, promoted, cancelled, completed])
    expect(await deliveriesOf(event.id)).toEqual([expect.objectContaining({ recipient: user.userId, address: email })]);
  for (const event of [...quiet, ownCancel]) expect(await deliveriesOf(event.id)).toEqual([]);
});

it('tells a trainee of a rejection, a cancelled or merged cohort and a closed waitlist, naming the course, once each, and every course manager of an under-filled cohort', async () => {
  const trainee: UserChangedV1 = {
    userId: randomUUID(),
    email: `ended-${stack.runId}@example.com`,
    name: '한교육생',
    roles: ['trainee'],
    agencyCode: 'MAPO-GU',
    active: true,
  };
  const managers: UserChangedV1[] = [1, 2].map((i) => ({
    userId: randomUUID(),
    email: `manager-${i}-${stack.runId}@example.com`,
    name: `관리자${i}`,
    roles: ['course_manager'],
    active: true,
  }));
  for (const user of [trainee, ...managers]) await publish(gateway, UserChangedV1, user);
  const traineeId = randomUUID();
  await publish(enrollment, TraineeLinkedV1, {
    traineeId,
    userId: trainee.userId,
    agencyCode: 'MAPO-GU',
    linkedAt: '2027-03-01T00:00:00.000Z',
  });
  await eventually(
    async () =>
      (
        await stack.query('notification', `SELECT 1 FROM notification.contact WHERE user_id = ANY($1::uuid[])`, [
          [trainee.userId, ...managers.map((m) => m.userId)],
        ])
      ).length === 3 &&
      (await stack.query('notification', `SELECT user_id FROM notification.trainee_link WHERE trainee_id = $1`, [traineeId]))[0]
        ?.user_id === trainee.userId,
    { timeoutMs: 60000, what: 'the contacts and the link' },
  );

  const course = {
    courseNameKo: `청렴 교육 ${stack.runId}`,
    courseNameEn: `Integrity ${stack.runId}`,
    startDate: '2027-04-05',
    endDate: '2027-04-07',
  };
  const cohortId = randomUUID();
  const ended = (reason: ApplicationEndedV1['reason'], more: Partial<ApplicationEndedV1> = {}) =>
    publish(enrollment, ApplicationEndedV1, {
      applicationId: randomUUID(),
      cohortId,
      traineeId,
      agencyCode: 'MAPO-GU',
      reason,
      heldSeat: false,
      endedAt: '2027-03-03T00:00:00.000Z',
      ...course,
      ...more,
    });
  const events = [
    await ended('rejected'),
    await ended('cohort_cancelled', { heldSeat: true }),
    await ended('merged', { targetCohortId: randomUUID(), targetStartDate: '2027-04-12', targetEndDate: '2027-04-14' }),
    await ended('waitlist_closed'),
  ];
  const underFilled = await publish(enrollment, CohortUnderFilledV1, {
    cohortId,
    confirmed: 2,
    minimumFill: 5,
    checkedOn: '2027-03-20',
    ...course,
  });
  // The merge again, as a redelivery would bring it.
  await sources.redeliver(ApplicationEndedV1, events[2], cohortId);
  const marker = await ended('withdrawn');

  await eventually(
    async () => (await deliveriesOf(marker.id)).length === 1 && (await deliveriesOf(marker.id)).every((d) => d.status === 'sent'),
    { timeoutMs: 90000, what: 'the marker sent' },
  );
  const mails = await eventually(async () => smtp.mailsTo(trainee.email).length >= 5 && smtp.mailsTo(trainee.email), {
    timeoutMs: 60000,
    what: "the trainee's five mails",
  });
  expect(smtp.mailsTo(trainee.email)).toHaveLength(5);
  expect(mails.map((m) => /^\[[^\]]+\]/.exec(m.subject)![0]).sort()).toEqual(
    ['[신청 반려]', '[폐강]', '[기수 통합]', '[대기 종료]', '[신청 취소]'].sort(),
  );
  for (const mail of mails) {
    expect(mail.subject).toContain(course.courseNameKo);
    expect(mail.subject).toContain(course.courseNameEn);
    expect(mail.text).toContain(`교육 과정: ${course.courseNameKo} (2027-04-05 ~ 2027-04-07)`);
    expect(mail.text).toContain(`Course: ${course.courseNameEn} (2027-04-05 to 2027-04-07)`);
  }
  expect(mails.find((m) => m.subject.startsWith('[기수 통합]'))!.text).toContain('2027-04-12 ~ 2027-04-14 기수로 옮겨졌습니다');
  // One delivery and one inbox item per event, the redelivered merge included.
  for (const event of [...events, marker]) {
    expect(await deliveriesOf(event.id)).toEqual([
      expect.objectContaining({ recipient: trainee.userId, address: trainee.email, status: 'sent' }),
    ]);
    expect(
      await stack.query('notification', `SELECT recipient, title FROM notification.inbox_item WHERE event_id = $1`, [event.id]),
    ).toEqual([{ recipient: trainee.userId, title: expect.stringContaining(course.courseNameKo) }]);
  }

  // Both course managers, each their own mail and inbox item.
  for (const manager of managers) {
    const [mail] = await eventually(async () => smtp.mailsTo(manager.email).length >= 1 && smtp.mailsTo(manager.email), {
      timeoutMs: 60000,
      what: `${manager.name}'s mail`,
    });
    expect(mail.subject).toBe(`[최소 인원 미달] ${course.courseNameKo} 결정 필요 / Below its minimum fill: ${course.courseNameEn}`);
    expect(mail.text).toContain('확정 인원이 2명으로 최소 인원 5명에 못 미칩니다');
    expect(mail.text).toContain(`${PUBLIC}/roster`);
  }
  expect(
    (
      await stack.query('notification', `SELECT recipient FROM notification.inbox_item WHERE event_id = $1 ORDER BY recipient`, [
        underFilled.id,
      ])
    ).map((r) => r.recipient),
  ).toEqual(managers.map((m) => m.userId).sort());
});
