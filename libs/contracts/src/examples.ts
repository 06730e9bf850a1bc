import * as e from './events';
import { EventContract } from './schema';

/*
 * One example payload per event, as its producer sends it. Typed by the payload's TypeScript type (the
 * compiler checks it against what the producer's code may build) and checked against the contract's
 * field schema by examples.spec.ts, so the type and the schema cannot drift apart unnoticed. The
 * AsyncAPI document shows them as the messages' examples.
 */
export interface EventExample {
  type: string;
  version: number;
  payload: unknown;
}

const example = <P>(contract: EventContract<P>, payload: P): EventExample => ({ type: contract.type, version: contract.version, payload });

const COHORT = '3f1c9a52-6a0e-4d8e-9b1d-2c7f0e5a9b11';
const COURSE = '5b2d8c41-1f3e-4a7b-8c9d-0e1f2a3b4c5d';
const APPLICATION = '7c4e2a10-9b8d-4c6e-a1f2-3b4c5d6e7f80';
const TRAINEE = '9d5f3b21-0c9e-4d7f-b2a3-4c5d6e7f8091';
const EXAM = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5e';
const POSITION = 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6f';
const INSTRUCTOR = 'c3d4e5f6-a7b8-4c9d-8e1f-2a3b4c5d6e70';

const snapshot: e.CohortSnapshot = {
  cohortId: COHORT,
  courseId: COURSE,
  courseCode: 'NEWCOMER',
  courseNameKo: '신규임용자 과정',
  startDate: '2027-03-02',
  endDate: '2027-03-06',
  capacity: 30,
  estimatedCost: '12000000',
  budgetLineCode: 'NEWCOMER',
  courseNameEn: 'Newly appointed officials',
  cohortNo: 1,
  educationType: 'general',
  fieldCode: 'BASIC',
  subfieldCode: 'NEWCOMER',
  deliveryMode: 'face_to_face',
  dailyStartTime: '09:00',
  dailyEndTime: '18:00',
  applicationOpens: '2027-02-01',
  applicationCloses: '2027-02-20',
  cancellationCloses: '2027-02-25',
  minimumFill: 10,
  minimumFillCutoff: '2027-02-21',
  approval: 'agency',
  agencyQuotas: [{ agencyCode: '6110000', seats: 5 }],
  openToOtherProvinces: false,
  completionMinAttendancePercent: 80,
  completionRequiresAssessment: false,
  hours: 35,
  roomName: '대강당',
  instructors: [{ instructorId: INSTRUCTOR, name: '김강사' }],
};

export const EVENT_EXAMPLES: readonly EventExample[] = [
  example(e.CohortScheduledV1, snapshot),
  example(e.CohortChangedV1, { ...snapshot, capacity: 35, changedFields: ['capacity'], reason: '수요 증가' }),
  example(e.CohortCancelledV1, {
    cohortId: COHORT,
    courseId: COURSE,
    courseCode: 'NEWCOMER',
    startDate: '2027-03-02',
    budgetLineCode: 'NEWCOMER',
    reason: '최소 인원 미달',
  }),
  example(e.CohortCompletedV1, { cohortId: COHORT, courseId: COURSE, courseCode: 'NEWCOMER', endDate: '2027-03-06' }),
  example(e.CoursePublishedV1, {
    courseId: COURSE,
    fiscalYear: 2027,
    code: 'NEWCOMER',
    nameKo: '신규임용자 과정',
    nameEn: 'Newly appointed officials',
    educationType: 'general',
    fieldCode: 'BASIC',
    deliveryMode: 'face_to_face',
    hours: 35,
    status: 'continued',
    openToOtherProvinces: false,
    completionMinAttendancePercent: 80,
    completionRequiresAssessment: false,
  }),
  example(e.InstituteSettingsChangedV1, {
    tenantId: '00000000-0000-4000-8000-0000000000aa',
    nameKo: '서울특별시 인재개발원',
    nameEn: 'Seoul Metropolitan Human Resource Development Center',
    code: 'SEOUL-HRD',
    distancingEnabled: false,
    holidays: [{ date: '2027-05-20', name: '개원기념일' }],
    changedAt: '2027-01-04T09:30:00.000Z',
  }),
  example(e.PlanApprovedV1, {
    planVersionId: 'd4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f71',
    fiscalYear: 2027,
    kind: 'original',
    versionNo: 1,
    courses: 120,
    sessions: 300,
    trainees: 9000,
    byEducationType: [{ educationType: 'general', courses: 100, sessions: 280, trainees: 7000 }],
  }),
  example(e.SeatConfirmedV1, {
    applicationId: APPLICATION,
    cohortId: COHORT,
    traineeId: TRAINEE,
    agencyCode: '6110000',
    via: 'application',
    confirmedAt: '2027-02-10T01:00:00Z',
  }),
  example(e.SeatWaitlistedV1, { applicationId: APPLICATION, cohortId: COHORT, traineeId: TRAINEE, agencyCode: '6110000', position: 1 }),
  example(e.SeatReleasedV1, {
    applicationId: APPLICATION,
    cohortId: COHORT,
    traineeId: TRAINEE,
    agencyCode: '6110000',
    reason: 'withdrawn',
    releasedAt: '2027-02-12T05:30:00Z',
  }),
  example(e.FillChangedV1, { cohortId: COHORT, capacity: 30, confirmed: 12, waitlisted: 0, underFilled: false }),
  example(e.UnderFillDecidedV1, {
    cohortId: COHORT,
    decision: 'extend',
    reason: '최소 인원 미달 / below the minimum fill',
    applicationCloses: '2027-02-27',
    minimumFillCutoff: '2027-02-27',
  }),
  example(e.TraineeCompletedV1, {
    applicationId: APPLICATION,
    cohortId: COHORT,
    courseId: COURSE,
    traineeId: TRAINEE,
    agencyCode: '6110000',
    completedOn: '2027-03-06',
    attendancePercent: 100,
    certificateNo: '2027-NEWCOMER-001',
  }),
  example(e.CohortCompletionDecidedV1, { cohortId: COHORT, endDate: '2027-03-06', completed: 28, notCompleted: 2 }),
  example(e.CertificateRevokedV1, {
    applicationId: APPLICATION,
    cohortId: COHORT,
    traineeId: TRAINEE,
    agencyCode: '6110000',
    certificateNo: '2027-NEWCOMER-001',
    revokedAt: '2027-04-01T01:00:00Z',
    reason: '출석 기록 정정으로 수료 요건 미충족 / attendance corrected: the rule is not met',
  }),
  example(e.TraineeLinkedV1, {
    traineeId: TRAINEE,
    userId: 'a0000000-0000-4000-8000-000000000006',
    agencyCode: '6110000',
    linkedAt: '2027-03-02T00:40:00.000Z',
  }),
  example(e.AgencyChangedV1, { code: '6110000', nameKo: '마포구청', active: false, changedAt: '2027-03-02T00:30:00.000Z' }),
  example(e.SurveySubmittedV1, {
    responseId: 'e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a82',
    cohortId: COHORT,
    courseId: COURSE,
    itemScores: [{ itemCode: 'Q1', score: 5 }],
    instructorScores: [{ instructorId: INSTRUCTOR, score: 4 }],
  }),
  example(e.ApplicationSubmittedV1, {
    applicationId: APPLICATION,
    examId: EXAM,
    positionId: POSITION,
    jobSeries: '행정',
    grade: 7,
    feeAmount: '7000',
    submittedAt: '2027-04-01T00:00:00Z',
  }),
  example(e.ApplicationCancelledV1, {
    applicationId: APPLICATION,
    examId: EXAM,
    positionId: POSITION,
    reason: 'by_applicant',
    cancelledAt: '2027-04-02T00:00:00Z',
  }),
  example(e.FeePaidV1, { applicationId: APPLICATION, examId: EXAM, amount: '7000', paidOn: '2027-04-01', paymentRef: 'PAY-0001' }),
  example(e.FeeRefundedV1, {
    applicationId: APPLICATION,
    examId: EXAM,
    amount: '7000',
    refundedOn: '2027-04-02',
    paymentRef: 'PAY-0001',
    reason: '접수 취소',
  }),
  example(e.SittingHeldV1, {
    sittingId: 'f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f7a8b93',
    examId: EXAM,
    stage: 'written',
    heldOn: '2027-05-15',
    venues: 3,
    candidates: 1200,
    cost: '15000000',
    budgetLineCode: 'EXAM-OPS',
  }),
  example(e.ResultsPublishedV1, { examId: EXAM, stage: 'written', publishedAt: '2027-06-01T01:00:00Z', positions: 10, passed: 30 }),
  example(e.AssessmentCompletedV1, {
    roundId: '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
    targetGrade: 5,
    completedOn: '2027-07-01',
    candidates: 40,
    passed: 32,
  }),
  example(e.CommitmentRecordedV1, {
    commitmentId: '1b2c3d4e-5f6a-4b7c-9d8e-9f0a1b2c3d4e',
    budgetLineCode: 'NEWCOMER',
    fiscalYear: 2027,
    amount: '12000000',
  }),
  example(e.CommitmentReleasedV1, {
    commitmentId: '1b2c3d4e-5f6a-4b7c-9d8e-9f0a1b2c3d4e',
    budgetLineCode: 'NEWCOMER',
    fiscalYear: 2027,
    amount: '12000000',
    reason: '폐강',
  }),
  example(e.LineThresholdCrossedV1, {
    budgetLineId: '2c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
    budgetLineCode: 'NEWCOMER',
    fiscalYear: 2027,
    thresholdPercent: 80,
    currentBudget: '100000000',
    executed: '80000000',
  }),
  example(e.SignUpVerificationRequestedV1, {
    userId: '3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f60',
    email: 'hong@example.com',
    name: '홍길동',
    tenantSlug: 'seoul-hrd',
    tenantName: '서울특별시 인재개발원',
    verifyPath: '/signup/verify?token=q2Vb8yW1nX4kR7tP0sL3eJ6hF9dA5cMz',
    expiresAt: '2027-03-02T01:30:00Z',
    locale: 'ko',
  }),
  example(e.SignUpRepeatedV1, {
    userId: '3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f60',
    email: 'hong@example.com',
    name: '홍길동',
    tenantSlug: 'seoul-hrd',
    tenantName: '서울특별시 인재개발원',
    signInPath: '/signin',
    resetPath: '/password-reset',
    locale: 'ko',
  }),
  example(e.PasswordResetRequestedV1, {
    userId: '3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f60',
    email: 'hong@example.com',
    name: '홍길동',
    tenantSlug: 'seoul-hrd',
    tenantName: '서울특별시 인재개발원',
    resetPath: '/password-reset/confirm?token=Zr4Kq9Lm2Np7Tx0Wc5Vb8Hd3Jf6Gs1Ay',
    expiresAt: '2027-03-01T02:00:00Z',
    locale: 'ko',
  }),
  example(e.UserChangedV1, {
    userId: '3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f60',
    email: 'hong@example.com',
    name: '홍길동',
    roles: ['trainee'],
    agencyCode: 'MAPO-GU',
    active: true,
  }),
  example(e.BudgetLinePublishedV1, {
    budgetLineId: '2c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f',
    fiscalYear: 2027,
    code: 'NEWCOMER',
    nameKo: '신임자과정 운영',
    nameEn: 'Newcomer (new appointee) course operation',
    chargeable: true,
  }),
];
