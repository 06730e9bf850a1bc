import { describeConsumerContracts } from '@baeum/testing';

// This service's side of the event contracts (see libs/testing/src/consumer-contracts.ts).
describeConsumerContracts('notification', __dirname);
