import { consumerContractProblems, EventContract, Reliance } from '@baeum/contracts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/*
 * A service's side of the event contracts: every handler in its consumers/ folders declares what
 * it reads of its event (`static reliesOn`), and that reliance must hold against libs/contracts as it
 * is now. A contract change that removes, renames, retypes or loosens a field a consumer reads fails here.
 */
export type ConsumerHandlerClass = {
  name: string;
  reliesOn?: Reliance;
  prototype: { handle?: unknown };
  new (...args: unknown[]): { contract: EventContract<unknown> };
};

/** Every event handler class exported by a file in a `consumers/` folder below `srcDir` (specs left out). */
export function consumerHandlersIn(srcDir: string): ConsumerHandlerClass[] {
  const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => /(^|\/)consumers\/[^/]+\.ts$/.test(f) && !f.endsWith('.spec.ts'),
  );
  const exported = files.flatMap((f) => Object.values(require(join(srcDir, f)) as Record<string, unknown>));
  return [
    ...new Set(
      exported.filter(
        (x): x is ConsumerHandlerClass => typeof x === 'function' && typeof (x as ConsumerHandlerClass).prototype?.handle === 'function',
      ),
    ),
  ];
}

/**
 * The consumer contract checks of one service, as a Jest `describe` block (call it from a spec):
 * its handlers are found, each relies only on what the contracts still give, and each declares its
 * reliance on the event it handles. Returns the handlers for checks of the service's own.
 */
export function describeConsumerContracts(service: string, srcDir: string): ConsumerHandlerClass[] {
  const handlers = consumerHandlersIn(srcDir);
  describe(`${service} consumers`, () => {
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
  });
  return handlers;
}
