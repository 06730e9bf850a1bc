import {
  EventContract,
  EventEnvelope,
  ExamResultAnnouncedV1,
  ExamSeatAssignedV1,
  InterviewScheduledV1,
  TraineeCohortRescheduledV1,
  TraineeLinkedV1,
  UserChangedV1,
} from '@baeum/contracts';
import { eventually, infra, ServiceStack, TestSmtpServer } from '@baeum/testing';
import { EventSources } from './event-sources';
import { randomUUID } from 'node:crypto';

/**
 * Exam and cohort-change notices over a real SMTP server, Kafka and PostgreSQL: examination says an
 * applicant was seated, given their written result and an interview slot, and the applicant gets one
 * mail and one inbox item for each, also when an event comes twice; enrollment says a trainee's cohort
 * moved, and the trainee linked to the record is told the old and new dates and room.
 */
const PUBLIC = 'https://baeum.test';
const tenantId = randomUUID();
let smtp: TestSmtpServer;
let stack: ServiceStack;
let sources: EventSources;
const gateway = 'gateway';
const examination = 'examination';
const enrollment = 'enrollment';

beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  stack = await ServiceStack.start({
    services: ['notification'],
    env: {
      notification: { SMTP_URL: smtp.url, MAIL_FROM: '배움 Baeum <no-reply@baeum.test>', PUBLIC_BASE_URL: PUBLIC, DELIVERY_POLL_MS: '200' },
    },
  });
  sources = await EventSources.start(stack, ['gateway', 'examination', 'enrollment'], 'notification-exam-notices-test');
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

const inboxOf = (userId: string) =>
  stack.query('notification', `SELECT event_id, event_type, title, link FROM notification.inbox_item WHERE recipient = $1`, [userId]);

/** A person announced by the gateway, known to the notification service before the test goes on. */
async function person(who: string, roles: string[]): Promise<UserChangedV1> {
  const user: UserChangedV1 = { userId: randomUUID(), email: `${who}-${stack.runId}@example.com`, name: `${who}님`, roles, active: true };
  await publish(gateway, UserChangedV1, user);
  await eventually(
    async () => (await stack.query('notification', `SELECT 1 FROM notification.contact WHERE user_id = $1`, [user.userId])).length === 1,
    { timeoutMs: 60000, what: 'the contact' },
  );
  return user;
}

const sentOnce = (eventId: string) =>
  eventually(
    async () => {
      const rows = await deliveriesOf(eventId);
      return rows.length === 1 && rows[0].status === 'sent' && rows;
    },
    { timeoutMs: 60000, what: `event ${eventId} sent` },
  );

it('tells an applicant their exam number and venue, their written result and their interview slot, once each, also when redelivered', async () => {
  const applicant = await person('applicant', ['applicant']);
  const names = {
    applicationId: randomUUID(),
    examId: randomUUID(),
    applicantUserId: applicant.userId,
    examTitleKo: '2027년도 제1회 공개경쟁임용시험',
    jobSeriesKo: '일반행정',
    grade: 9,
    examNumber: '10100007',
  };
  // One application, one key: handled in this order.
  const seated = await publish(examination, ExamSeatAssignedV1, {
    ...names,
    venueNameKo: '서울공업고등학교',
    venueAddress: '서울특별시 관악구 관악로 1',
    roomName: '101호',
    seatNo: 7,
    examDate: '2027-05-15',
    startsAt: '10:00',
    seatedBy: '09:20',
    moved: false,
  });
  const result = await publish(examination, ExamResultAnnouncedV1, {
    ...names,
    stage: 'written',
    result: 'pass',
    publishedAt: '2027-06-01T01:00:00.000Z',
  });
  const slot = await publish(examination, InterviewScheduledV1, { ...names, heldOn: '2027-06-10', startsAt: '14:00', room: '면접실 2' });
  // The result again, as a redelivery brings it, then a marker of the same key after it.
  await sources.redeliver(ExamResultAnnouncedV1, result, names.applicationId);
  const marker = await publish(examination, InterviewScheduledV1, { ...names, heldOn: '2027-06-11', startsAt: '09:00', room: '면접실 1' });

  for (const event of [seated, result, slot, marker]) await sentOnce(event.id);
  const mails = smtp.mailsTo(applicant.email);
  expect(mails.map((m) => m.subject)).toEqual(
    expect.arrayContaining([
      '[시험장 안내] 응시번호 10100007 · 일반행정 9급 / Your exam number and venue',
      '[필기시험 합격자 발표] 일반행정 9급 결과 안내 / Written exam results published',
      '[면접시험 안내] 2027-06-10 (목) 14:00 · 응시번호 10100007 / Your interview',
    ]),
  );
  expect(mails).toHaveLength(4);
  const seatMail = mails.find((m) => m.subject.startsWith('[시험장 안내]'))!;
  expect(seatMail.text).toContain('시험장: 서울공업고등학교 101호 7번 좌석');
  expect(seatMail.text).toContain('시험일시: 2027-05-15 (토) 10:00 (09:20까지 입실)');
  expect(seatMail.text).toContain(`${PUBLIC}/exam-my`);
  const resultMail = mails.find((m) => m.subject.startsWith('[필기시험'))!;
  expect(resultMail.text).toContain('필기시험 결과: 합격');
  expect(resultMail.text).toContain(`${PUBLIC}/exam-results?exam=${names.examId}`);
  // One inbox item per event, the redelivered one too.
  const inbox = await eventually(async () => (await inboxOf(applicant.userId)).length === 4 && inboxOf(applicant.userId), {
    timeoutMs: 60000,
    what: 'four inbox items',
  });
  expect(inbox.map((i: { event_type: string }) => i.event_type).sort()).toEqual(
    [
      'examination.application.interview-scheduled',
      'examination.application.interview-scheduled',
      'examination.application.result-announced',
      'examination.application.seat-assigned',
    ].sort(),
  );
  expect(await deliveriesOf(result.id)).toEqual([
    expect.objectContaining({ template: 'exam-result-written', recipient: applicant.userId }),
  ]);
});

it("tells a trainee linked to the record that their cohort's dates and room moved, once", async () => {
  const trainee = await person('trainee', ['trainee']);
  const traineeId = randomUUID();
  await publish(enrollment, TraineeLinkedV1, {
    traineeId,
    userId: trainee.userId,
    agencyCode: 'MAPO-GU',
    linkedAt: new Date().toISOString(),
  });
  await eventually(
    async () =>
      (await stack.query('notification', `SELECT user_id FROM notification.trainee_link WHERE trainee_id = $1`, [traineeId]))[0]
        ?.user_id === trainee.userId,
    { timeoutMs: 60000, what: 'the link' },
  );
  const cohortId = randomUUID();
  const moved = await publish(enrollment, TraineeCohortRescheduledV1, {
    applicationId: randomUUID(),
    cohortId,
    traineeId,
    standing: 'waitlisted',
    courseNameKo: '신규임용자 과정',
    courseNameEn: 'Newly appointed officials',
    cohortNo: 2,
    changed: ['dates', 'venue'],
    oldStartDate: '2027-03-02',
    oldEndDate: '2027-03-06',
    oldRoomName: '대강당',
    startDate: '2027-03-09',
    endDate: '2027-03-13',
    roomName: '제1강의실',
  });
  await sources.redeliver(TraineeCohortRescheduledV1, moved, cohortId);
  const marker = await publish(enrollment, TraineeCohortRescheduledV1, {
    ...moved.payload,
    applicationId: randomUUID(),
    changed: ['times'],
  });
  await sentOnce(moved.id);
  await sentOnce(marker.id);
  const mails = smtp.mailsTo(trainee.email);
  expect(mails).toHaveLength(2);
  const mail = mails.find((m) => m.subject.includes('일정·장소'))!;
  expect(mail.subject).toBe('[교육 변경] 신규임용자 과정 2기 일정·장소 변경 / Your training has changed');
  expect(mail.text).toContain('대기 중인 교육 「신규임용자 과정 2기」의 일정·장소가 변경되었습니다.');
  expect(mail.text).toContain('교육기간: 2027-03-02 ~ 2027-03-06 → 2027-03-09 ~ 2027-03-13');
  expect(mail.text).toContain('교육장소: 대강당 → 제1강의실');
  expect(mail.text).toContain(`${PUBLIC}/my-training`);
  expect(await inboxOf(trainee.userId)).toHaveLength(2);
});
