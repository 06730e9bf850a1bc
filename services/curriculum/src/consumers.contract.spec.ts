import { describeConsumerContracts } from '@baeum/testing';
import { CURRICULUM_CONSUMERS } from './app.module';

// This service's side of the event contracts (see libs/testing/src/consumer-contracts.ts).
const handlers = describeConsumerContracts('curriculum', __dirname);

// Each feature module names its consumers; the wiring hands all of them, and only them, to MessagingModule.
it('runs every consumer of the consumers/ folders', () => {
  expect(new Set(CURRICULUM_CONSUMERS)).toEqual(new Set(handlers));
  expect(CURRICULUM_CONSUMERS).toHaveLength(handlers.length);
});
