import { allEventContracts, consumerContractProblems, FieldSpec } from '@baeum/contracts';
import { describeConsumerContracts } from '@baeum/testing';
import { FINANCE_CONSUMERS } from './app.module';

// This service's side of the event contracts (see libs/testing/src/consumer-contracts.ts).
const handlers = describeConsumerContracts('finance', __dirname);

describe('finance consumers', () => {
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

// Each feature module names its consumers; the wiring hands all of them, and only them, to MessagingModule.
it('runs every consumer of the consumers/ folders', () => {
  expect(new Set(FINANCE_CONSUMERS)).toEqual(new Set(handlers));
  expect(FINANCE_CONSUMERS).toHaveLength(handlers.length);
});
