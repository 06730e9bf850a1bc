import { EventEnvelope, UserChangedV1, validatePayload } from '@baeum/contracts';
import { DemoTenants } from '@baeum/source-data';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { ApiClient } from './http';
import { infra, ServiceStack } from './stack';
import { eventually } from './wait';

/** A person a stack's notification service is to know: an invented one (clientAs) or any other. */
export interface ToldPerson {
  userId: string;
  role: string;
  name: string;
  agencyCode?: string | null;
  tenantId?: string;
}

/**
 * Makes a person known to a stack's notification service as the gateway makes a user known
 * (identity.user.changed on the stack's own topic; invented people never were), and waits until it
 * knows them and, with `linked`, which trainee record is theirs (enrollment.trainee.linked, sent when
 * a trainee first uses enrollment, e.g. applies). What concerns them from then on reaches their inbox
 * and their mail.
 */
export async function announcePerson(stack: ServiceStack, person: ToldPerson, { linked }: { linked: boolean }): Promise<void> {
  const payload: UserChangedV1 = {
    userId: person.userId,
    email: `told-${person.userId}@people.test`,
    name: person.name,
    roles: [person.role],
    ...(person.agencyCode ? { agencyCode: person.agencyCode } : {}),
    active: true,
  };
  const problems = validatePayload(UserChangedV1, payload);
  if (problems.length > 0) throw new Error(`test person does not fit ${UserChangedV1.type}: ${problems.join('; ')}`);
  const envelope: EventEnvelope<UserChangedV1> = {
    id: randomUUID(),
    type: UserChangedV1.type,
    version: UserChangedV1.version,
    occurredAt: new Date().toISOString(),
    tenantId: person.tenantId ?? DemoTenants.seoul.id,
    source: 'gateway',
    correlationId: randomUUID(),
    causationId: null,
    payload,
  };
  const producer = new Kafka({
    clientId: `told-people-${stack.runId}`,
    brokers: infra().kafkaBrokers.split(','),
    logLevel: logLevel.ERROR,
  }).producer({
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  try {
    await producer.send({
      topic: stack.topic(UserChangedV1.topic),
      messages: [{ key: UserChangedV1.keyOf(payload), value: JSON.stringify(envelope) }],
    });
  } finally {
    await producer.disconnect();
  }
  await eventually(
    async () =>
      (await stack.query('notification', 'SELECT 1 FROM notification.contact WHERE user_id = $1', [person.userId])).length === 1 &&
      (!linked ||
        (await stack.query('notification', 'SELECT 1 FROM notification.trainee_link WHERE user_id = $1', [person.userId])).length === 1),
    { what: `the notification service to know ${person.name}` },
  );
}

/** One item of a person's in-app inbox (GET /api/me/inbox). */
export interface InboxItem {
  eventType: string;
  title: string;
  body: string;
  link: string | null;
}

/** The person's inbox item of `eventType` whose title has `title` in it, once it is there. */
export function toldInInbox(client: ApiClient, eventType: string, title: string): Promise<InboxItem> {
  return eventually(
    async () => {
      const { body } = await client.get('/api/me/inbox');
      return (body.items as InboxItem[]).find((i) => i.eventType === eventType && i.title.includes(title));
    },
    { what: `a ${eventType} item "${title}" in the inbox` },
  );
}
