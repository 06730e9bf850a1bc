import * as events from './events';
import { EVENT_EXAMPLES } from './examples';
import { EventContract, FieldSpec } from './schema';

/*
 * The AsyncAPI 3.0 document of every integration event, built from the contracts themselves so it
 * can never drift from them: one channel per topic, one message per event type and version (its
 * payload the envelope with the event's fields), one `send` operation per event by the service
 * that produces it (the first segment of the type, which is also the envelope's `source`).
 */

/** A JSON Schema (draft 7 subset), as AsyncAPI's default schema format takes it. */
export type JsonSchema = { [keyword: string]: unknown };

type AnyContract = EventContract<unknown>;

const isContract = (x: unknown): x is AnyContract =>
  typeof x === 'object' && x !== null && 'type' in x && 'version' in x && 'topic' in x && 'fields' in x && 'keyOf' in x;

/** Every event contract that libs/contracts exports, with the name it is exported under. */
export function allEventContracts(): { name: string; contract: AnyContract }[] {
  return (Object.entries(events) as [string, unknown][])
    .filter((entry): entry is [string, AnyContract] => isContract(entry[1]))
    .map(([name, contract]) => ({ name, contract }))
    .sort((a, b) => a.contract.type.localeCompare(b.contract.type) || a.contract.version - b.contract.version);
}

/** Domains whose events a service of another name publishes: identity lives in the gateway. */
const PUBLISHED_BY: Record<string, string> = { identity: 'gateway' };

/**
 * The service that publishes an event (the envelope's `source`): the first segment of its type
 * (`curriculum.cohort.scheduled`), or the service that domain lives in.
 */
export const producerOf = (contract: Pick<AnyContract, 'type'>): string => {
  const domain = contract.type.split('.')[0];
  return PUBLISHED_BY[domain] ?? domain;
};

/** The payload field the message key is taken from, found by calling `keyOf` on a recording stand-in. */
export function keyFieldOf(contract: AnyContract): string | undefined {
  let read: string | undefined;
  const probe = new Proxy({}, { get: (_, property) => (typeof property === 'string' ? (read ??= property) : undefined) });
  try {
    contract.keyOf(probe);
  } catch {
    // A key built from more than a plain field read; the document then names no field.
  }
  return read;
}

const TIME = '^([01]\\d|2[0-3]):[0-5]\\d$';
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const WON = '^-?\\d{1,19}$';

/** The JSON Schema of one field of the contract schema language (schema.ts). */
export function fieldSchema(spec: FieldSpec): JsonSchema {
  switch (spec.kind) {
    case 'uuid':
      return { type: 'string', format: 'uuid' };
    case 'string':
      return { type: 'string', minLength: 1 };
    case 'date':
      return { type: 'string', format: 'date', pattern: DATE, description: 'Business date (Asia/Seoul)' };
    case 'time':
      return { type: 'string', pattern: TIME, description: 'Time of day HH:MM (Asia/Seoul)' };
    case 'instant':
      return { type: 'string', format: 'date-time', description: 'ISO 8601 instant, UTC' };
    case 'int':
      return {
        type: 'integer',
        ...(spec.min !== undefined && { minimum: spec.min }),
        ...(spec.max !== undefined && { maximum: spec.max }),
      };
    case 'boolean':
      return { type: 'boolean' };
    case 'won':
      return {
        type: 'string',
        pattern: WON,
        description: `Integer won as a decimal string${spec.min !== undefined ? ` (at least ${spec.min})` : ''}`,
      };
    case 'enum':
      return { type: 'string', enum: [...(spec.values ?? [])] };
    case 'list':
      return { type: 'array', ...(spec.min !== undefined && { minItems: spec.min }), items: objectSchema(spec.items ?? {}) };
    case 'strings':
      return { type: 'array', items: { type: 'string', minLength: 1 } };
  }
}

/** An object of the given fields; optional ones are left out of `required`. Unknown fields are allowed. */
export function objectSchema(fields: Record<string, FieldSpec>): JsonSchema {
  const required = Object.entries(fields)
    .filter(([, spec]) => !spec.optional)
    .map(([name]) => name);
  return {
    type: 'object',
    properties: Object.fromEntries(Object.entries(fields).map(([name, spec]) => [name, fieldSchema(spec)])),
    ...(required.length > 0 && { required }),
  };
}

/** The envelope (envelope.ts) around a payload; `type` and `version` fixed to the event's. */
export function envelopeSchema(contract: AnyContract, payload: JsonSchema): JsonSchema {
  return {
    type: 'object',
    required: ['id', 'type', 'version', 'occurredAt', 'tenantId', 'source', 'correlationId', 'causationId', 'payload'],
    properties: {
      id: { type: 'string', format: 'uuid', description: 'Unique event id; consumers deduplicate on it' },
      type: { type: 'string', const: contract.type },
      version: { type: 'integer', const: contract.version },
      occurredAt: { type: 'string', format: 'date-time' },
      tenantId: { type: 'string', format: 'uuid' },
      source: { type: 'string', const: producerOf(contract), description: 'Service that emitted it' },
      correlationId: { type: 'string', minLength: 1, description: 'Shared by everything one user action caused' },
      causationId: { type: ['string', 'null'], description: 'The event or request that directly caused this one' },
      traceparent: {
        type: 'string',
        pattern: '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$',
        description: 'W3C trace context of the span that published it (only when tracing is on)',
      },
      payload,
    },
  };
}

/** An example message value: the envelope around an example payload. */
function exampleEnvelope(contract: AnyContract, payload: unknown): Record<string, unknown> {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    type: contract.type,
    version: contract.version,
    occurredAt: '2027-01-04T00:00:00.000Z',
    tenantId: '00000000-0000-4000-8000-0000000000aa',
    source: producerOf(contract),
    correlationId: '00000000-0000-4000-8000-000000000002',
    causationId: null,
    payload,
  };
}

const messageId = (contract: Pick<AnyContract, 'type' | 'version'>): string => `${contract.type}.v${contract.version}`;
const channelId = (topic: string): string => topic;

export interface AsyncApiOptions {
  /** Version of the document's `info`; defaults to 1.0.0. */
  version?: string;
  /** Kafka bootstrap host shown as the document's server; defaults to `kafka:9092`. */
  kafkaHost?: string;
}

/** The AsyncAPI 3.0 document of every event contract, as plain JSON-ready data. */
export function asyncApiDocument(options: AsyncApiOptions = {}): Record<string, unknown> {
  const contracts = allEventContracts();
  const channels: Record<string, { address: string; description: string; messages: Record<string, { $ref: string }> }> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const schemas: Record<string, JsonSchema> = {};

  for (const { name, contract } of contracts) {
    const id = messageId(contract);
    const channel = (channels[channelId(contract.topic)] ??= {
      address: contract.topic,
      description: `Kafka topic \`${contract.topic}\` (one aggregate stream; partition counts in deploy/kafka/topics.txt)`,
      messages: {},
    });
    channel.messages[id] = { $ref: `#/components/messages/${id}` };
    schemas[`${name}Payload`] = objectSchema(contract.fields as Record<string, FieldSpec>);
    const keyField = keyFieldOf(contract);
    const sample = EVENT_EXAMPLES.find((x) => x.type === contract.type && x.version === contract.version);
    messages[id] = {
      name: id,
      title: `${contract.type} v${contract.version}`,
      summary: name,
      contentType: 'application/json',
      payload: envelopeSchema(contract, { $ref: `#/components/schemas/${name}Payload` }),
      bindings: {
        kafka: {
          key: { type: 'string', ...(keyField && { description: `payload.${keyField}` }) },
          bindingVersion: '0.5.0',
        },
      },
      ...(keyField && { 'x-key-field': keyField }),
      ...(sample && {
        examples: [{ name: 'example', summary: `What ${producerOf(contract)} sends`, payload: exampleEnvelope(contract, sample.payload) }],
      }),
    };
    const service = producerOf(contract);
    operations[`${service}.send.${id}`] = {
      action: 'send',
      title: `${service} publishes ${contract.type} v${contract.version}`,
      channel: { $ref: `#/channels/${channelId(contract.topic)}` },
      messages: [{ $ref: `#/channels/${channelId(contract.topic)}/messages/${id}` }],
      tags: [{ name: service }],
    };
  }

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Baeum integration events — 배움 통합 이벤트',
      version: options.version ?? '1.0.0',
      description:
        'Generated from libs/contracts. Every message is a JSON envelope (id, type, version, occurredAt, tenantId, source, ' +
        'correlationId, causationId, optional traceparent, payload) keyed by the aggregate the topic streams. Consumers ignore fields they do not know.',
    },
    defaultContentType: 'application/json',
    servers: {
      kafka: {
        host: options.kafkaHost ?? 'kafka:9092',
        protocol: 'kafka',
        description: 'The Kafka cluster (address from the environment)',
      },
    },
    channels,
    operations,
    components: { messages, schemas },
  };
}
