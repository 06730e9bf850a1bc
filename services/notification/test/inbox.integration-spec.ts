import { EventEnvelope, LineThresholdCrossedV1, UserChangedV1 } from '@baeum/contracts';
import { DemoTenants } from '@baeum/source-data';
import { ApiClient, clientAs, eventually, infra, ServiceStack } from '@baeum/testing';
import { EventSources } from './event-sources';
import { randomUUID } from 'node:crypto';

/**
 * The in-app inbox over the real gateway and notification service, Kafka and PostgreSQL: the gateway
 * announces its people, finance says a budget line crossed a threshold, and each of the institute's
 * finance officers finds it once in their own inbox under /api/me/inbox (also when the event comes
 * twice), counts it, marks it read; nobody else, in the institute or another one, sees or marks it.
 */
let stack: ServiceStack;
let sources: EventSources;
// The gateway's own outbox (its relay runs in the stack) and a stand-in for finance's.
const gateway = 'gateway';
const finance = 'finance';
const seoul = DemoTenants.seoul.id;
const sejong = DemoTenants.sejong.id;

type Person = ApiClient & { userId: string };
let kim: Person;
let lee: Person;
let trainee: Person;
let elsewhere: Person;

beforeAll(async () => {
  stack = await ServiceStack.start({ services: ['gateway', 'notification'] });
  sources = await EventSources.start(stack, ['finance'], 'notification-inbox-test');

  kim = clientAs(stack.gatewayUrl, { role: 'finance_officer', tenantId: seoul, name: '김재무' });
  lee = clientAs(stack.gatewayUrl, { role: 'finance_officer', tenantId: seoul, name: '이재무' });
  trainee = clientAs(stack.gatewayUrl, { role: 'trainee', tenantId: seoul, name: '박교육' });
  elsewhere = clientAs(stack.gatewayUrl, { role: 'finance_officer', tenantId: sejong, name: '최재무' });
  const people: [Person, string, string][] = [
    [kim, 'finance_officer', seoul],
    [lee, 'finance_officer', seoul],
    [trainee, 'trainee', seoul],
    [elsewhere, 'finance_officer', sejong],
  ];
  for (const [who, role, tenant] of people) {
    await sources.publish(gateway, UserChangedV1, tenant, {
      userId: who.userId,
      email: `${who.userId}@people.test`,
      name: '테스트',
      roles: [role],
      active: true,
    });
  }
  for (const [who] of people) {
    await eventually(
      async () => (await stack.query('notification', `SELECT 1 FROM notification.contact WHERE user_id = $1`, [who.userId])).length === 1,
      { timeoutMs: 60000, what: 'the contact' },
    );
  }
}, 240_000);

afterAll(async () => {
  await sources?.stop();
  await stack?.stop();
});

const crossed = (budgetLineId: string, thresholdPercent: number): LineThresholdCrossedV1 => ({
  budgetLineId,
  budgetLineCode: 'NEWCOMER',
  fiscalYear: 2027,
  thresholdPercent,
  currentBudget: '10000000',
  executed: '9100000',
});

const countOf = async (who: Person): Promise<number> => {
  const answer = await who.get<{ unread: number }>('/api/me/inbox/count');
  expect(answer.status).toBe(200);
  return answer.body.unread;
};

let first: EventEnvelope<LineThresholdCrossedV1>;

it("puts a notice once in each finance officer's own inbox, also when the event comes twice", async () => {
  const lineId = randomUUID();
  first = await sources.publish(finance, LineThresholdCrossedV1, seoul, crossed(lineId, 80));
  await eventually(async () => (await countOf(kim)) === 1 && (await countOf(lee)) === 1, { timeoutMs: 60000, what: 'two inboxes' });
  // The same event again, then a later one of the same line (same partition, so handled after it).
  await sources.redeliver(LineThresholdCrossedV1, first, lineId);
  await sources.publish(finance, LineThresholdCrossedV1, seoul, crossed(lineId, 90));
  await eventually(async () => (await countOf(kim)) === 2, { timeoutMs: 60000, what: 'the later notice' });

  const page = await kim.get('/api/me/inbox');
  expect(page.status).toBe(200);
  expect(page.body).toMatchObject({ total: 2, unread: 2, page: 1, pageSize: 20 });
  // Newest first.
  expect(page.body.items.map((i: { title: string }) => i.title)).toEqual([
    '[예산] NEWCOMER 집행률 90% 도달 / Budget line NEWCOMER passed 90%',
    '[예산] NEWCOMER 집행률 80% 도달 / Budget line NEWCOMER passed 80%',
  ]);
  expect(page.body.items[1]).toMatchObject({
    eventType: 'finance.line.threshold_crossed',
    readAt: null,
    link: expect.stringMatching(/\/finance-book\/2027\/lines\/NEWCOMER$/),
  });
  expect(page.body.items[1].body).toContain('집행액이 예산의 80%를 넘었습니다');
  expect(page.body.items[1].body).toContain('has passed 80% of its budget');
  expect(await countOf(lee)).toBe(2);
  expect(await countOf(trainee)).toBe(0);
  expect(await countOf(elsewhere)).toBe(0);
  expect((await elsewhere.get('/api/me/inbox')).body).toMatchObject({ total: 0, items: [] });
});

it('marks one read and all read, only in the caller’s own inbox', async () => {
  const { body } = await kim.get('/api/me/inbox');
  const older = body.items[1].id as string;

  // Neither a colleague nor a person of another institute can touch Kim's item.
  for (const other of [lee, elsewhere, trainee]) {
    const refused = await other.post(`/api/me/inbox/${older}/read`, undefined);
    expect(refused.status).toBe(404);
    expect(refused.body).toMatchObject({ code: 'INBOX.ITEM_NOT_FOUND' });
  }
  expect(await countOf(kim)).toBe(2);

  const read = await kim.post(`/api/me/inbox/${older}/read`, undefined);
  expect(read).toMatchObject({ status: 200, body: { unread: 1 } });
  const unread = await kim.get('/api/me/inbox?unread=true');
  expect(unread.body).toMatchObject({ total: 1, unread: 1 });
  expect(unread.body.items[0].title).toContain('90%');
  const all = await kim.get('/api/me/inbox?page=1&pageSize=1');
  expect(all.body).toMatchObject({ total: 2, unread: 1, pageSize: 1 });
  expect((await kim.get('/api/me/inbox?unread=maybe')).status).toBe(400);
  expect((await kim.post('/api/me/inbox/not-an-id/read', undefined)).status).toBe(400);

  expect(await kim.post('/api/me/inbox/read-all', undefined)).toMatchObject({ status: 200, body: { unread: 0 } });
  expect(await countOf(kim)).toBe(0);
  // Lee's copies are Lee's: still unread.
  expect(await countOf(lee)).toBe(2);
});

it('answers nobody signed out', async () => {
  expect((await new ApiClient(stack.gatewayUrl).get('/api/me/inbox/count')).status).toBe(401);
});
