import { ApplicationSubmittedV1, EVENT_EXAMPLES, EventEnvelope } from '@baeum/contracts';
import { randomUUID } from 'node:crypto';
import { HandlerIndex } from './handler-index';
import type { EventHandler } from './types';

describe('HandlerIndex', () => {
  const handler: EventHandler = { contract: ApplicationSubmittedV1, handle: () => Promise.resolve() } as EventHandler;
  const index = new HandlerIndex([handler]);
  // The contract's own example, as examination sends it.
  const { payload } = EVENT_EXAMPLES.find((x) => x.type === ApplicationSubmittedV1.type && x.version === 1)! as { payload: object };
  const envelope = (type: string, version: number, body: unknown): EventEnvelope =>
    ({
      id: randomUUID(),
      type,
      version,
      occurredAt: '2027-03-02T01:00:00Z',
      tenantId: randomUUID(),
      source: 'spec',
      payload: body,
    }) as EventEnvelope;

  it('finds the handler of a type and version whose payload keeps the contract', () => {
    expect(index.find(envelope(ApplicationSubmittedV1.type, 1, payload))).toEqual({ kind: 'handler', handler });
  });

  it('passes by a type no handler takes', () => {
    expect(index.find(envelope('curriculum.course.published', 1, {}))).toEqual({ kind: 'ignored' });
  });

  it('refuses a known type in a version no handler takes, naming it', () => {
    expect(index.find(envelope(ApplicationSubmittedV1.type, 2, payload))).toEqual({
      kind: 'refused',
      error: 'no handler for examination.application.submitted version 2',
    });
  });

  it('refuses a payload the contract does not take, naming the field', () => {
    const found = index.find(envelope(ApplicationSubmittedV1.type, 1, { ...payload, examId: 'not-a-uuid' }));
    expect(found.kind).toBe('refused');
    expect(found.kind === 'refused' && found.error).toMatch(/^payload of examination\.application\.submitted v1 is invalid: .*examId/);
  });

  it('lists its handlers', () => {
    expect(index.handlers).toEqual([handler]);
  });
});
