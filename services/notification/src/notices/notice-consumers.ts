import { ApplicationEndedConsumer } from './consumers/application-ended.consumer';
import { ApplicationSubmittedConsumer } from './consumers/application-submitted.consumer';
import { CohortRescheduledConsumer } from './consumers/cohort-rescheduled.consumer';
import { ExamResultAnnouncedConsumer } from './consumers/exam-result-announced.consumer';
import { ExamSeatAssignedConsumer } from './consumers/exam-seat-assigned.consumer';
import { CohortUnderFilledConsumer } from './consumers/cohort-under-filled.consumer';
import { CommitmentHeldConsumer } from './consumers/commitment-held.consumer';
import { FeePaidConsumer } from './consumers/fee-paid.consumer';
import { InterviewScheduledConsumer } from './consumers/interview-scheduled.consumer';
import { SeatConfirmedConsumer } from './consumers/seat-confirmed.consumer';
import { SeatWaitlistedConsumer } from './consumers/seat-waitlisted.consumer';
import { ThresholdCrossedConsumer } from './consumers/threshold-crossed.consumer';
import { TraineeCompletedConsumer } from './consumers/trainee-completed.consumer';

/**
 * What the domain events tell people: each consumer finds whom an event concerns among the contacts
 * and records their messages in the delivery pipeline (or holds the event for them): tell-people.ts.
 */
export const NOTICE_CONSUMERS = [
  ThresholdCrossedConsumer,
  CommitmentHeldConsumer,
  ApplicationSubmittedConsumer,
  FeePaidConsumer,
  ExamSeatAssignedConsumer,
  ExamResultAnnouncedConsumer,
  InterviewScheduledConsumer,
  SeatConfirmedConsumer,
  SeatWaitlistedConsumer,
  ApplicationEndedConsumer,
  CohortUnderFilledConsumer,
  TraineeCompletedConsumer,
  CohortRescheduledConsumer,
];
