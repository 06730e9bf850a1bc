// Every event contract (and the types its payload uses). The AsyncAPI document is built from this list.
export * from './curriculum/cohort-snapshot';
export * from './curriculum/cohort-scheduled.v1';
export * from './curriculum/cohort-changed.v1';
export * from './curriculum/cohort-cancelled.v1';
export * from './curriculum/cohort-completed.v1';
export * from './curriculum/course-published.v1';
export * from './curriculum/plan-approved.v1';
export * from './curriculum/institute-settings-changed.v1';

export * from './enrollment/seat-confirmed.v1';
export * from './enrollment/seat-waitlisted.v1';
export * from './enrollment/seat-released.v1';
export * from './enrollment/application-ended.v1';
export * from './enrollment/cohort-label';
export * from './enrollment/fill-changed.v1';
export * from './enrollment/cohort-under-filled.v1';
export * from './enrollment/under-fill-decided.v1';
export * from './enrollment/trainee-completed.v1';
export * from './enrollment/cohort-completion-decided.v1';
export * from './enrollment/certificate-revoked.v1';
export * from './enrollment/survey-submitted.v1';
export * from './enrollment/agency-changed.v1';
export * from './enrollment/trainee-linked.v1';
export * from './enrollment/cohort-rescheduled.v1';

export * from './examination/application-submitted.v1';
export * from './examination/application-cancelled.v1';
export * from './examination/fee-paid.v1';
export * from './examination/fee-refunded.v1';
export * from './examination/sitting-held.v1';
export * from './examination/results-published.v1';
export * from './examination/assessment-completed.v1';
export * from './examination/seat-assigned.v1';
export * from './examination/result-announced.v1';
export * from './examination/interview-scheduled.v1';

export * from './finance/commitment-recorded.v1';
export * from './finance/commitment-released.v1';
export * from './finance/line-threshold-crossed.v1';
export * from './finance/commitment-held.v1';
export * from './finance/budget-line-published.v1';

export * from './identity/sign-up-verification-requested.v1';
export * from './identity/sign-up-repeated.v1';
export * from './identity/password-reset-requested.v1';
export * from './identity/user-changed.v1';
