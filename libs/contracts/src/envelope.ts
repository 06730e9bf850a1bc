/**
 * The envelope every integration event travels in, whatever the transport.
 * Field names follow docs/architecture.md, rule 4 (close to CloudEvents attributes).
 */
export interface EventEnvelope<P = unknown> {
  /** Unique event id (UUID); consumers deduplicate on it. */
  id: string;
  /** Event type, e.g. `curriculum.cohort.scheduled`. */
  type: string;
  /** Schema version of the payload; a breaking change is a new version. */
  version: number;
  /** UTC instant, ISO 8601. */
  occurredAt: string;
  tenantId: string;
  /** Service that emitted it. */
  source: string;
  /** Id shared by everything one user action caused. */
  correlationId: string;
  /** Id of the event or request that directly caused this one. */
  causationId: string | null;
  /** W3C trace context of the span that published it, when tracing is on (consumers' spans hang from it). */
  traceparent?: string;
  payload: P;
}

const TRACEPARENT = /^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type EnvelopeParse = { ok: true; envelope: EventEnvelope } | { ok: false; error: string };

/** Checks the envelope's own fields; the payload is checked against its contract separately. */
export function parseEnvelope(raw: unknown): EnvelopeParse {
  let value: unknown = raw;
  if (typeof raw === 'string' || raw instanceof Uint8Array) {
    try {
      value = JSON.parse(typeof raw === 'string' ? raw : Buffer.from(raw).toString('utf8'));
    } catch (e) {
      return { ok: false, error: `envelope is not JSON: ${(e as Error).message}` };
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: 'envelope must be a JSON object' };
  }
  const v = value as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof v.id !== 'string' || !UUID.test(v.id)) problems.push('id must be a UUID');
  if (typeof v.type !== 'string' || v.type.length === 0) problems.push('type must be a non-empty string');
  if (!Number.isInteger(v.version) || (v.version as number) < 1) problems.push('version must be a positive integer');
  if (typeof v.occurredAt !== 'string' || Number.isNaN(Date.parse(v.occurredAt))) problems.push('occurredAt must be an ISO instant');
  if (typeof v.tenantId !== 'string' || !UUID.test(v.tenantId)) problems.push('tenantId must be a UUID');
  if (typeof v.source !== 'string' || v.source.length === 0) problems.push('source must be a non-empty string');
  if (typeof v.correlationId !== 'string' || v.correlationId.length === 0) problems.push('correlationId must be a non-empty string');
  if (v.causationId !== null && v.causationId !== undefined && typeof v.causationId !== 'string')
    problems.push('causationId must be a string or null');
  if (!v.payload || typeof v.payload !== 'object' || Array.isArray(v.payload)) problems.push('payload must be an object');
  if (problems.length > 0) return { ok: false, error: `invalid envelope: ${problems.join('; ')}` };
  const envelope = { ...(v as unknown as EventEnvelope), causationId: (v.causationId as string | undefined) ?? null };
  // A trace context that is not one is the tracer's loss, not the event's: it is dropped, the event kept.
  if (envelope.traceparent !== undefined && !(typeof envelope.traceparent === 'string' && TRACEPARENT.test(envelope.traceparent)))
    delete envelope.traceparent;
  return { ok: true, envelope };
}
