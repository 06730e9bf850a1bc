import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import { allEventContracts, asyncApiDocument, keyFieldOf, producerOf } from './asyncapi';
import { PasswordResetRequestedV1 } from './identity/password-reset-requested.v1';
import { SignUpRepeatedV1 } from './identity/sign-up-repeated.v1';
import { Topics } from './topics';

describe('the AsyncAPI document of the events', () => {
  const document = asyncApiDocument();
  const contracts = allEventContracts();

  it('is valid AsyncAPI 3.0 by @asyncapi/parser, with no errors', async () => {
    const { document: parsed, diagnostics } = await new Parser().parse(JSON.stringify(document));
    const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).map((d) => `${d.path.join('/')}: ${d.message}`);
    expect(errors).toEqual([]);
    expect(parsed).toBeDefined();
    expect(parsed!.version()).toBe('3.0.0');
    // Every contract is a message of the parsed document, on its topic's channel, sent by its producer.
    const messageIds = parsed!
      .allMessages()
      .all()
      .map((m) => m.id());
    for (const { contract } of contracts) expect(messageIds).toContain(`${contract.type}.v${contract.version}`);
    expect(parsed!.allMessages().all().length).toBe(contracts.length);
    const sends = parsed!
      .operations()
      .all()
      .filter((o) => o.action() === 'send');
    expect(sends.length).toBe(contracts.length);
  });

  it('is checked for real: the parser reports a message sent on a channel that lacks it', async () => {
    const broken = structuredClone(document) as { channels: Record<string, { messages: Record<string, unknown> }> };
    delete broken.channels['enrollment.seat'].messages['enrollment.seat.confirmed.v1'];
    const { diagnostics } = await new Parser().parse(JSON.stringify(broken));
    expect(diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).length).toBeGreaterThan(0);
  });

  it('has a channel for every topic the contracts publish on, and only those', () => {
    const channels = document.channels as Record<string, { address: string; messages: Record<string, unknown> }>;
    const used = new Set(contracts.map((c) => c.contract.topic));
    expect(new Set(Object.values(channels).map((c) => c.address))).toEqual(used);
    for (const topic of used) expect(Object.values(Topics)).toContain(topic);
  });

  it('describes each message as the envelope around the event payload, keyed as the contract keys it', () => {
    const components = document.components as {
      messages: Record<string, Record<string, any>>;
      schemas: Record<string, Record<string, any>>;
    };
    const seat = components.messages['enrollment.seat.confirmed.v1'];
    expect(Object.keys(seat.payload.properties)).toEqual([
      'id',
      'type',
      'version',
      'occurredAt',
      'tenantId',
      'source',
      'correlationId',
      'causationId',
      'traceparent',
      'payload',
    ]);
    expect(seat.payload.properties.type).toEqual({ type: 'string', const: 'enrollment.seat.confirmed' });
    expect(seat.payload.properties.source.const).toBe('enrollment');
    // Identity's events come from the gateway, which keeps the accounts.
    expect(producerOf(SignUpRepeatedV1)).toBe('gateway');
    expect(producerOf(PasswordResetRequestedV1)).toBe('gateway');
    expect(components.messages['identity.password_reset.requested.v1'].payload.properties.source.const).toBe('gateway');
    expect(seat.bindings.kafka.key.description).toBe('payload.cohortId');
    const payload = components.schemas[seat.summary + 'Payload'];
    expect(payload.required).toEqual(['applicationId', 'cohortId', 'traineeId', 'agencyCode', 'via', 'confirmedAt']);
    expect(payload.properties.via).toEqual({ type: 'string', enum: ['application', 'nomination', 'waitlist'] });
    // Optional fields are not required; lists describe their items.
    const cohort = components.schemas['CohortScheduledV1Payload'];
    expect(cohort.required).not.toContain('cohortNo');
    expect(cohort.properties.agencyQuotas.items.required).toEqual(['agencyCode', 'seats']);
  });

  it('finds the key field of every contract', () => {
    for (const { contract } of contracts) expect(keyFieldOf(contract)).toEqual(expect.any(String));
  });
});
