import { allEventContracts, consumerContractProblems, EventContract, FieldSpec, Reliance } from '@baeum/contracts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/*
 * This service's side of the event contracts: every handler in its consumers/ folders declares what
 * it reads of its event (`static reliesOn`), and that reliance must hold against libs/contracts as it
 * is now. A contract change that removes, renames, retypes or loosens a field a consumer reads fails here.
 */
type HandlerClass = {
  name: string;
  reliesOn?: Reliance;
  prototype: { handle?: unknown };
  new (...args: unknown[]): { contract: EventContract<unknown> };
};

const files = readdirSync(__dirname, { recursive: true, encoding: 'utf8' }).filter(
  (f) => /(^|\/)consumers\/[^/]+\.ts$/.test(f) && !f.endsWith('.spec.ts'),
);
const exported = files.flatMap((f) => Object.values(require(join(__dirname, f)) as Record<string, unknown>));
const handlers = [
  ...new Set(
    exported.filter((x): x is HandlerClass => typeof x === 'function' && typeof (x as HandlerClass).prototype?.handle === 'function'),
  ),
];

describe('finance consumers', () => {
  it('are found', () => {
    expect(handlers.length).toBeGreaterThan(0);
  });

  it('each rely only on what the contracts still give', () => {
    expect(consumerContractProblems(handlers)).toEqual([]);
  });

  it.each(handlers.map((h) => [h.name, h] as const))('%s declares its reliance on the event it handles', (_, handler) => {
    // Constructed without its dependencies, only to read which contract it handles.
    const { contract } = new handler();
    expect(handler.reliesOn).toMatchObject({ type: contract.type, version: contract.version });
  });

  it('would fail if curriculum dropped the estimated cost from its cohort snapshot, naming the consumers that read it', () => {
    const contracts = allEventContracts().map(({ contract }) => {
      const fields = { ...(contract.fields as Record<string, FieldSpec>) };
      if (contract.type.startsWith('curriculum.cohort.')) delete fields.estimatedCost;
      return { type: contract.type, version: contract.version, fields };
    });
    expect(consumerContractProblems(handlers, contracts).sort()).toEqual([
      'CohortChangedConsumer (curriculum.cohort.changed v1) reads estimatedCost, which the contract no longer has (removed or renamed)',
      'CohortScheduledConsumer (curriculum.cohort.scheduled v1) reads estimatedCost, which the contract no longer has (removed or renamed)',
    ]);
  });
});
