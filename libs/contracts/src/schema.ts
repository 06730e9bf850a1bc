/**
 * A deliberately small schema language so that contracts stay plain data with no framework code.
 * Consumers ignore fields they do not know; only declared fields are checked.
 */
export type FieldKind =
  | 'uuid'
  | 'string'
  | 'date' // business date YYYY-MM-DD (Asia/Seoul)
  | 'time' // wall-clock time of day HH:MM (Asia/Seoul), e.g. a cohort's daily hours
  | 'instant' // ISO 8601 UTC
  | 'int'
  | 'boolean'
  | 'won' // integer won as a decimal string (money is bigint, JSON has no bigint)
  | 'enum' // one of `values`
  | 'list' // an array of records, each checked against `items`
  | 'strings'; // an array of non-empty strings

export interface FieldSpec {
  kind: FieldKind;
  optional?: boolean;
  /** Least value of an int or won; least length of a list. */
  min?: number;
  /** Greatest value of an int. */
  max?: number;
  /** The allowed values of an enum. */
  values?: readonly string[];
  /** The fields of each element of a list. */
  items?: Record<string, FieldSpec>;
}

export interface EventContract<P> {
  type: string;
  version: number;
  /** Topic of the aggregate stream; the message key is `keyOf(payload)`. */
  topic: string;
  fields: Record<keyof P & string, FieldSpec>;
  keyOf(payload: P): string;
  /** Phantom member so that `EventContract<P>` carries P for type inference. */
  readonly __payload?: P;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WON = /^-?\d{1,19}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function checkList(name: string, spec: FieldSpec, value: unknown): string | null {
  if (!Array.isArray(value)) return `${name} must be a list`;
  if (spec.min !== undefined && value.length < spec.min) return `${name} must have at least ${spec.min} element(s)`;
  for (const [index, element] of value.entries()) {
    const problems = checkRecord(spec.items ?? {}, element, `${name}[${index}].`);
    if (problems.length > 0) return problems.join('; ');
  }
  return null;
}

function checkRecord(fields: Record<string, FieldSpec>, value: unknown, prefix = ''): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [`${prefix ? prefix.slice(0, -1) : 'payload'} must be an object`];
  const record = value as Record<string, unknown>;
  const errors: string[] = [];
  for (const [name, spec] of Object.entries(fields)) {
    const problem = checkField(`${prefix}${name}`, spec, record[name]);
    if (problem) errors.push(problem);
  }
  return errors;
}

function checkField(name: string, spec: FieldSpec, value: unknown): string | null {
  if (value === undefined || value === null) return spec.optional ? null : `${name} is required`;
  switch (spec.kind) {
    case 'time':
      return typeof value === 'string' && TIME.test(value) ? null : `${name} must be a time of day (HH:MM)`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `${name} must be true or false`;
    case 'enum':
      return typeof value === 'string' && (spec.values ?? []).includes(value)
        ? null
        : `${name} must be one of ${(spec.values ?? []).join(', ')}`;
    case 'list':
      return checkList(name, spec, value);
    case 'strings':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && v.length > 0)
        ? null
        : `${name} must be a list of non-empty strings`;
    case 'uuid':
      return typeof value === 'string' && UUID.test(value) ? null : `${name} must be a UUID`;
    case 'string':
      return typeof value === 'string' && value.length > 0 ? null : `${name} must be a non-empty string`;
    case 'date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
        ? null
        : `${name} must be a date (YYYY-MM-DD)`;
    case 'instant':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? null : `${name} must be an ISO instant`;
    case 'int':
      if (!Number.isSafeInteger(value)) return `${name} must be an integer`;
      if (spec.min !== undefined && (value as number) < spec.min) return `${name} must be at least ${spec.min}`;
      return spec.max !== undefined && (value as number) > spec.max ? `${name} must be at most ${spec.max}` : null;
    case 'won':
      if (typeof value !== 'string' || !WON.test(value)) return `${name} must be integer won as a string`;
      return spec.min !== undefined && BigInt(value) < BigInt(spec.min) ? `${name} must be at least ${spec.min}` : null;
  }
}

/** Returns one message per bad field; empty when the payload fits the contract. */
export function validatePayload<P>(contract: EventContract<P>, payload: unknown): string[] {
  return checkRecord(contract.fields as Record<string, FieldSpec>, payload);
}

export function defineEvent<P>(contract: Omit<EventContract<P>, '__payload'>): EventContract<P> {
  return contract;
}
