import { allEventContracts } from './asyncapi';
import { EventContract, FieldKind, FieldSpec } from './schema';

/*
 * Consumer-driven contract checks written in the project (in place of message pacts): each consumer
 * states what it relies on in the event it handles — the type, the version, and the payload fields
 * it reads with their kinds — and `relianceProblems` compares that with the contract as it is now.
 * A field removed or renamed, of another kind, made optional while the consumer needs it, or an enum
 * grown past the values the consumer handles, is reported with the consumer's name.
 */

/** A field the consumer reads: its kind, with `?` when the consumer copes with its absence (`'date?'`). */
export type FieldNeed =
  | FieldKind
  | `${FieldKind}?`
  | { kind: 'list'; optional?: boolean; items: Record<string, FieldNeed> }
  /** The values the consumer handles; a contract that allows more breaks it. */
  | { kind: 'enum'; optional?: boolean; values: readonly string[] };

export type RelianceFields<P> = { [K in keyof P & string]?: FieldNeed };

export interface Reliance {
  type: string;
  version: number;
  fields: Record<string, FieldNeed>;
}

/** Declares what a consumer reads of `contract`'s payload; field names are checked by the compiler too. */
export function reliesOn<P>(contract: EventContract<P>, fields: RelianceFields<P>): Reliance {
  return { type: contract.type, version: contract.version, fields: fields as Record<string, FieldNeed> };
}

type ContractShape = Pick<EventContract<unknown>, 'type' | 'version'> & { fields: Record<string, FieldSpec> };

function normalise(need: FieldNeed): { kind: FieldKind; optional: boolean; items?: Record<string, FieldNeed>; values?: readonly string[] } {
  if (typeof need === 'string')
    return need.endsWith('?') ? { kind: need.slice(0, -1) as FieldKind, optional: true } : { kind: need as FieldKind, optional: false };
  return { ...need, optional: need.optional ?? false };
}

function fieldProblems(needs: Record<string, FieldNeed>, fields: Record<string, FieldSpec>, prefix: string): string[] {
  const problems: string[] = [];
  for (const [name, raw] of Object.entries(needs)) {
    const need = normalise(raw);
    const path = `${prefix}${name}`;
    const spec = fields[name];
    if (!spec) {
      problems.push(`reads ${path}, which the contract no longer has (removed or renamed)`);
      continue;
    }
    if (spec.kind !== need.kind) {
      problems.push(`reads ${path} as ${need.kind}, the contract now says ${spec.kind}`);
      continue;
    }
    if (spec.optional && !need.optional) problems.push(`needs ${path}, which the contract now makes optional`);
    if (need.kind === 'enum' && need.values) {
      const unknown = (spec.values ?? []).filter((v) => !need.values?.includes(v));
      if (unknown.length > 0)
        problems.push(`handles ${path} values ${need.values.join(', ')}; the contract now also allows ${unknown.join(', ')}`);
    }
    if (need.kind === 'list' && need.items) problems.push(...fieldProblems(need.items, spec.items ?? {}, `${path}[].`));
  }
  return problems;
}

/** What in the contracts breaks this reliance; empty when the consumer still gets everything it reads. */
export function relianceProblems(reliance: Reliance, contracts: readonly ContractShape[] = currentContracts()): string[] {
  const contract = contracts.find((c) => c.type === reliance.type && c.version === reliance.version);
  if (!contract) return [`relies on ${reliance.type} v${reliance.version}, which no contract defines any more`];
  return fieldProblems(reliance.fields, contract.fields, '');
}

/** A consumer as the checks see it: a handler class with its `static reliesOn` declaration. */
export interface DeclaringConsumer {
  name: string;
  reliesOn?: Reliance;
}

/** One line per broken reliance, each naming its consumer; also reports consumers that declare none. */
export function consumerContractProblems(
  consumers: readonly DeclaringConsumer[],
  contracts: readonly ContractShape[] = currentContracts(),
): string[] {
  return consumers.flatMap((consumer) => {
    if (!consumer.reliesOn) return [`${consumer.name} declares no reliesOn`];
    const { type, version } = consumer.reliesOn;
    return relianceProblems(consumer.reliesOn, contracts).map((problem) => `${consumer.name} (${type} v${version}) ${problem}`);
  });
}

function currentContracts(): ContractShape[] {
  return allEventContracts().map(({ contract }) => ({ ...contract, fields: contract.fields as Record<string, FieldSpec> }));
}
