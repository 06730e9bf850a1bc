import {
  ApplicationSubmittedV1,
  CommitmentHeldV1,
  EventContract,
  EventEnvelope,
  FeePaidV1,
  LineThresholdCrossedV1,
  UserChangedV1,
} from '@baeum/contracts';
import { clientAs, eventually, infra, ServiceStack, TestSmtpServer } from '@baeum/testing';
import { EventSources } from './event-sources';
import { randomUUID } from 'node:crypto';

/**
 * Notices over a real SMTP server, Kafka and PostgreSQL: the gateway announces its users (contacts),
 * finance says a budget line crossed a threshold, and the notification service mails exactly the
 * tenant's active finance officers, once each; examination says an application arrived and its fee was
 * paid, and its applicant is told each once, also when the event comes twice, retrying a mail
 * server that says "try later" with the delivery log showing it failed, then sent.
 */
const PUBLIC = 'https://baeum.test';
const tenantId = randomUUID();
let smtp: TestSmtpServer;
let stack: ServiceStack;
let sources: EventSources;
const gateway = 'gateway';
const finance = 'finance';
const examination = 'examination';

beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  stack = await ServiceStack.start({
    services: ['notification'],
    env: {
      notification: {
        SMTP_URL: smtp.url,
        MAIL_FROM: '배움 Baeum <no-reply@baeum.test>',
        PUBLIC_BASE_URL: PUBLIC,
        DELIVERY_POLL_MS: '200',
        DELIVERY_RETRY_BASE_MS: '1000',
        DELIVERY_RETRY_MAX_MS: '2000',
      },
    },
  });
  sources = await EventSources.start(stack, ['gateway', 'finance', 'examination'], 'notification-notices-test');
});

afterAll(async () => {
  await sources?.stop();
  await stack?.stop();
  await smtp?.stop();
});

const publish = <P>(publisher: string, contract: EventContract<P>, payload: P, tenant = tenantId): Promise<EventEnvelope<P>> =>
  sources.publish(publisher, contract, tenant, payload);

const address = (who: string) => `${who}-${stack.runId}@example.com`;

const mailsTo = (email: string, count = 1) =>
  eventually(async () => smtp.mailsTo(email).length >= count && smtp.mailsTo(email), { timeoutMs: 60000, what: `mail to ${email}` });

const deliveriesOf = (eventId: string) =>
  stack.query(
    'notification',
    `SELECT recipient, channel, address, template, status, attempts, last_error, event_type
       FROM notification.delivery WHERE event_id = $1 ORDER BY address`,
    [eventId],
  );

/** A person announced by the gateway, as it announces its users. */
async function person(who: string, roles: string[], active = true, tenant = tenantId) {
  const user: UserChangedV1 = { userId: randomUUID(), email: address(who), name: `${who} 님`, roles, active };
  await publish(gateway, UserChangedV1, user, tenant);
  return user;
}

const contactOf = (userId: string) =>
  eventually(async () => (await stack.query('notification', `SELECT * FROM notification.contact WHERE user_id = $1`, [userId]))[0], {
    timeoutMs: 60000,
    what: 'the contact',
  });

const crossed = (budgetLineId = randomUUID()): LineThresholdCrossedV1 => ({
  budgetLineId,
  budgetLineCode: 'NEWCOMER',
  fiscalYear: 2027,
  thresholdPercent: 80,
  currentBudget: '10000000',
  executed: '8100000',
});

let officer: UserChangedV1;
let second: UserChangedV1;
let planner: UserChangedV1;

beforeAll(async () => {
  officer = await person('officer', ['finance_officer']);
  second = await person('second', ['planner', 'finance_officer']);
  planner = await person('planner', ['planner']);
  const gone = await person('gone', ['finance_officer'], false);
  const elsewhere = await person('elsewhere', ['finance_officer'], true, randomUUID());
  for (const u of [officer, second, planner, gone, elsewhere]) await contactOf(u.userId);
});

it('keeps the contacts the gateway announces, and follows their changes', async () => {
  const changing = await person('changing', ['trainee']);
  await contactOf(changing.userId);
  await publish(gateway, UserChangedV1, {
    ...changing,
    name: '바뀐 이름',
    locale: 'en',
    roles: ['trainee', 'agency_admin'],
    agencyCode: 'MAPO-GU',
  });
  const changed = await eventually(
    async () => {
      const [row] = await stack.query('notification', `SELECT * FROM notification.contact WHERE user_id = $1`, [changing.userId]);
      return row?.name === '바뀐 이름' && row;
    },
    { timeoutMs: 60000, what: 'the changed contact' },
  );
  expect(changed).toMatchObject({
    tenant_id: tenantId,
    email: changing.email,
    locale: 'en',
    roles: ['trainee', 'agency_admin'],
    agency_code: 'MAPO-GU',
    active: true,
  });
});

it("mails a threshold crossed once to each of the tenant's active finance officers, and nobody else", async () => {
  const event = await publish(finance, LineThresholdCrossedV1, crossed());
  const [mail] = await mailsTo(officer.email);
  await mailsTo(second.email);
  expect(mail.subject).toBe('[예산] NEWCOMER 집행률 80% 도달 / Budget line NEWCOMER passed 80%');
  expect(mail.text).toContain('8,100,000');
  expect(mail.text).toContain(`${PUBLIC}/finance-book/2027/lines/NEWCOMER`);
  const rows = await eventually(
    async () => {
      const r = await deliveriesOf(event.id);
      return r.length === 2 && r.every((d) => d.status === 'sent') && r;
    },
    { timeoutMs: 60000, what: 'two sent deliveries' },
  );
  expect(rows).toEqual([
    expect.objectContaining({
      recipient: officer.userId,
      address: officer.email,
      channel: 'email',
      status: 'sent',
      attempts: 1,
      event_type: 'finance.line.threshold_crossed',
      template: 'budget-threshold-crossed',
    }),
    expect.objectContaining({ recipient: second.userId, address: second.email, status: 'sent', attempts: 1 }),
  ]);
  for (const who of ['planner', 'gone', 'elsewhere']) expect(smtp.mailsTo(address(who))).toHaveLength(0);
});

it('tells a line’s named officer alone, whatever their role, of a threshold and a held commitment; a line naming nobody, every finance officer', async () => {
  const lineId = randomUUID();
  const heldOn = (officerUserId?: string): CommitmentHeldV1 => ({
    budgetLineId: lineId,
    budgetLineCode: 'NEWCOMER',
    fiscalYear: 2027,
    commitmentId: randomUUID(),
    amount: '450000',
    currentBudget: '10000000',
    committed: '9800000',
    ...(officerUserId ? { officerUserId } : {}),
  });
  // One line, one key: handled in this order.
  const crossedNamed = await publish(finance, LineThresholdCrossedV1, { ...crossed(lineId), officerUserId: planner.userId });
  const heldNamed = await publish(finance, CommitmentHeldV1, heldOn(planner.userId));
  const heldUnnamed = await publish(finance, CommitmentHeldV1, heldOn());
  await eventually(async () => (await deliveriesOf(heldUnnamed.id)).filter((d) => d.status === 'sent').length === 2, {
    timeoutMs: 60000,
    what: 'the held commitment of a line naming nobody sent',
  });
  expect((await deliveriesOf(crossedNamed.id)).map((d) => d.recipient)).toEqual([planner.userId]);
  expect((await deliveriesOf(heldNamed.id)).map((d) => [d.recipient, d.template])).toEqual([[planner.userId, 'budget-commitment-held']]);
  expect((await deliveriesOf(heldUnnamed.id)).map((d) => d.recipient).sort()).toEqual([officer.userId, second.userId].sort());
  const mails = await mailsTo(address('planner'), 2);
  expect(mails.map((m) => m.subject)).toContain('[예산] NEWCOMER 약정 보류 / A commitment on NEWCOMER is held');
  expect(mails.find((m) => m.subject.includes('약정 보류'))!.text).toContain(
    '남은 예산(200,000원)이 부족해 450,000원의 약정이 보류되었습니다',
  );
});

it('sends nothing more when the event is delivered again', async () => {
  const before = smtp.mailsTo(officer.email).length;
  const before80 = smtp.mailsTo(officer.email).filter((m) => m.subject.includes('80%')).length;
  const lineId = randomUUID();
  const first = await publish(finance, LineThresholdCrossedV1, crossed(lineId));
  await mailsTo(officer.email, before + 1);
  await sources.redeliver(LineThresholdCrossedV1, first, lineId);
  // A later event of the same line (same key, same partition) is handled after the redelivery.
  const marker = await publish(finance, LineThresholdCrossedV1, { ...crossed(lineId), thresholdPercent: 90 });
  await eventually(async () => (await deliveriesOf(marker.id)).filter((d) => d.status === 'sent').length === 2, {
    timeoutMs: 60000,
    what: 'the later event sent',
  });
  expect(smtp.mailsTo(officer.email)).toHaveLength(before + 2);
  expect(smtp.mailsTo(officer.email).filter((m) => m.subject.includes('80%'))).toHaveLength(before80 + 1);
  expect(await deliveriesOf(first.id)).toHaveLength(2);
});

it('tells an exam applicant that the application arrived and the fee was paid, once each; an event naming nobody, or a free exam, tells nothing more', async () => {
  const applicant = await person('applicant', ['applicant']);
  await contactOf(applicant.userId);
  const applicationId = randomUUID();
  const examId = randomUUID();
  const submitted: ApplicationSubmittedV1 = {
    applicationId,
    examId,
    positionId: randomUUID(),
    jobSeries: 'general_admin',
    grade: 9,
    feeAmount: '5000',
    submittedAt: new Date().toISOString(),
  };
  // One key, so one partition, handled in this order: written before events named the applicant; a free
  // exam's fee event; then the application as examination now announces it, and its fee paid.
  const unnamed = await publish(examination, ApplicationSubmittedV1, submitted);
  const free = await publish(examination, FeePaidV1, {
    applicationId,
    examId,
    amount: '0',
    paidOn: '2027-03-02',
    paymentRef: 'no-fee',
    applicantUserId: applicant.userId,
  });
  await publish(examination, ApplicationSubmittedV1, {
    ...submitted,
    applicantUserId: applicant.userId,
    examTitleKo: '2027년 제1회 공개경쟁임용시험',
    jobSeriesKo: '일반행정',
  });
  await publish(examination, FeePaidV1, {
    applicationId,
    examId,
    amount: '5000',
    paidOn: '2027-03-02',
    paymentRef: 'PAY-1',
    applicantUserId: applicant.userId,
  });
  const mails = await mailsTo(applicant.email, 2);
  const received = mails.find((m) => m.subject.startsWith('[원서 접수]'))!;
  const paid = mails.find((m) => m.subject.startsWith('[결제 완료]'))!;
  expect(received.subject).toBe('[원서 접수] 일반행정 9급 응시원서 접수 / Application received');
  expect(received.text).toContain('2027년 제1회 공개경쟁임용시험 일반행정 9급 응시원서가 접수되었습니다');
  expect(received.text).toContain('응시수수료 5,000원');
  expect(received.text).toContain(`${PUBLIC}/exam-my`);
  expect(paid.subject).toBe('[결제 완료] 응시수수료 5,000원 / Exam fee received');
  expect(paid.text.indexOf('결제가 확인되어')).toBeLessThan(paid.text.indexOf('Your exam fee of 5,000 won'));
  expect(await deliveriesOf(unnamed.id)).toEqual([]);
  expect(await deliveriesOf(free.id)).toEqual([]);
  expect(smtp.mailsTo(applicant.email)).toHaveLength(2);
});

it('retries a mail server that says "try later": the log shows it failed, then sent', async () => {
  const flaky = await person('flaky', ['finance_officer'], true, randomUUID());
  const contact = await contactOf(flaky.userId);
  smtp.refuse(flaky.email, 2, 451);
  const event = await publish(finance, LineThresholdCrossedV1, crossed(), contact.tenant_id);
  const failed = await eventually(
    async () => {
      const [row] = await deliveriesOf(event.id);
      return row?.status === 'failed' && row;
    },
    { timeoutMs: 60000, what: 'the failed attempt in the log' },
  );
  expect(failed.last_error).toContain('451');
  expect(failed.last_error).not.toContain(flaky.email);
  await mailsTo(flaky.email);
  const [sent] = await eventually(
    async () => {
      const rows = await deliveriesOf(event.id);
      return rows[0]?.status === 'sent' && rows;
    },
    { timeoutMs: 60000, what: 'the delivery sent' },
  );
  expect(sent).toMatchObject({ status: 'sent', attempts: 3, last_error: expect.stringContaining('451') });
  expect(smtp.mailsTo(flaky.email)).toHaveLength(1);
  expect(smtp.triesFor(flaky.email)).toBe(3);
});

it("shows an institute's administrator their delivery log, filtered and paged, and nobody else's", async () => {
  const tenant = randomUUID();
  const one = await person('log-one', ['finance_officer'], true, tenant);
  const two = await person('log-two', ['finance_officer'], true, tenant);
  for (const u of [one, two]) await contactOf(u.userId);
  smtp.refuse(two.email, 1000, 550);
  const event = await publish(finance, LineThresholdCrossedV1, crossed(), tenant);
  await eventually(
    async () => {
      const rows = await deliveriesOf(event.id);
      return rows.length === 2 && rows.every((r) => r.status === 'sent' || (r.status === 'failed' && r.attempts === 1));
    },
    { timeoutMs: 60000, what: 'one sent, one refused for good' },
  );
  const admin = clientAs(stack.url('notification'), { role: 'admin', tenantId: tenant });
  const all = await admin.get('/deliveries?pageSize=1');
  expect(all.status).toBe(200);
  expect(all.body).toMatchObject({ total: 2, page: 1, pageSize: 1, items: [expect.objectContaining({ eventId: event.id })] });
  const failed = await admin.get(
    `/deliveries?status=failed&eventType=finance.line.threshold_crossed&recipient=${encodeURIComponent(two.email)}`,
  );
  expect(failed.body).toMatchObject({
    total: 1,
    items: [
      expect.objectContaining({
        recipient: two.userId,
        status: 'failed',
        attempts: 1,
        nextAttemptAt: null,
        lastError: expect.stringContaining('550'),
      }),
    ],
  });
  const byId = await admin.get(`/deliveries?recipient=${one.userId}`);
  expect(byId.body.items).toEqual([expect.objectContaining({ address: one.email, status: 'sent' })]);
  // Another institute's administrator sees none of it; other roles may not look.
  expect((await clientAs(stack.url('notification'), { role: 'admin', tenantId: randomUUID() }).get('/deliveries')).body).toMatchObject({
    total: 0,
  });
  expect((await clientAs(stack.url('notification'), { role: 'finance_officer', tenantId: tenant }).get('/deliveries')).status).toBe(403);
  expect((await admin.get('/deliveries?status=lost')).status).toBe(400);
});

it('tells an applicant whose announcement comes after their application was handled, once', async () => {
  // The gateway's announcement of a new account and examination's event of its first application come
  // on different topics; here the application is handled first, and its notice waits for the person.
  const userId = randomUUID();
  const application = await publish(examination, ApplicationSubmittedV1, {
    applicationId: randomUUID(),
    examId: randomUUID(),
    positionId: randomUUID(),
    jobSeries: 'general_admin',
    grade: 9,
    feeAmount: '5000',
    submittedAt: new Date().toISOString(),
    applicantUserId: userId,
    examTitleKo: '2027년 제1회 공개경쟁임용시험',
    jobSeriesKo: '일반행정',
  });
  const heldFor = () =>
    stack.query('notification', `SELECT awaited_kind, awaited_id FROM notification.held_notice WHERE event_id = $1`, [application.id]);
  await eventually(async () => (await heldFor()).length === 1, { timeoutMs: 60000, what: 'the notice held for its applicant' });
  expect(await deliveriesOf(application.id)).toEqual([]);

  const user: UserChangedV1 = { userId, email: address('late-applicant'), name: '늦은 응시자', roles: ['applicant'], active: true };
  await publish(gateway, UserChangedV1, user);
  const [mail] = await mailsTo(user.email);
  expect(mail.subject).toBe('[원서 접수] 일반행정 9급 응시원서 접수 / Application received');
  expect(await heldFor()).toEqual([]);
  // Announced again (a change of name): nothing more.
  const again = await publish(gateway, UserChangedV1, { ...user, name: '늦은 응시자 2' });
  await eventually(async () => (await contactOf(userId)).name === '늦은 응시자 2', { timeoutMs: 60000, what: `the change ${again.id}` });
  expect((await deliveriesOf(application.id)).map((d) => d.recipient)).toEqual([userId]);
  expect(smtp.mailsTo(user.email)).toHaveLength(1);
});
