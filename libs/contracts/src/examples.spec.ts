import { allEventContracts } from './asyncapi';
import { EVENT_EXAMPLES } from './examples';
import { validatePayload } from './schema';

describe("the producers' example payloads", () => {
  const contracts = allEventContracts();
  const exampleOf = (type: string, version: number) => EVENT_EXAMPLES.filter((x) => x.type === type && x.version === version);

  it.each(contracts.map(({ contract }) => [`${contract.type} v${contract.version}`, contract] as const))(
    '%s has one example, which its contract accepts',
    (_, contract) => {
      const examples = exampleOf(contract.type, contract.version);
      expect(examples).toHaveLength(1);
      expect(validatePayload(contract, examples[0].payload)).toEqual([]);
      expect(contract.keyOf(examples[0].payload)).toEqual(expect.any(String));
    },
  );

  it('are each for a contract that exists', () => {
    for (const example of EVENT_EXAMPLES)
      expect(contracts.some(({ contract }) => contract.type === example.type && contract.version === example.version)).toBe(true);
  });

  it('would fail if a producer sent a payload the schema refuses', () => {
    const { contract } = contracts.find((c) => c.contract.type === 'enrollment.seat.confirmed')!;
    const { payload } = exampleOf(contract.type, contract.version)[0];
    const { cohortId: _dropped, ...withoutCohort } = payload as Record<string, unknown>;
    expect(validatePayload(contract, withoutCohort)).toEqual(['cohortId is required']);
    expect(validatePayload(contract, { ...(payload as object), via: 'transfer' })).toEqual([
      'via must be one of application, nomination, waitlist',
    ]);
  });
});
