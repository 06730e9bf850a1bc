import { allEventContracts, consumerContractProblems, FieldSpec } from '@baeum/contracts';
import { describeConsumerContracts } from '@baeum/testing';

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
