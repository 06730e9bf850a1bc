import { addDays, seoulToday } from '@baeum/calendar';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser } from '@baeum/service-kit';
import { specDatabase as sharedSpecDatabase } from '@baeum/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Application } from '../applications/application.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { Trainee } from '../trainees/trainee.entity';
import { enrollmentDatabase } from './settings';

/*
 * For specs of queries and use cases: a fresh database of this run's own (enrollment's migrations
 * applied) on the PostgreSQL the tests use, dropped at the end; and rows to start from, each with
 * ids of its own, so specs share nothing.
 */

export interface SpecDatabase {
  dataSource: DataSource;
  /** Writes go to the outbox as in the service (without the embedded mode's writer lock). */
  publisher: EventPublisher;
  drop(): Promise<void>;
}

/** The spec file's own migrated database (the shared helper of libs/testing) with the service's publisher. */
export async function specDatabase(): Promise<SpecDatabase> {
  // The helper replaces the address with the spec's own database.
  const db = await sharedSpecDatabase(
    enrollmentDatabase({ DATABASE_URL: '', DB_POOL_SIZE: 4 } as Parameters<typeof enrollmentDatabase>[0]),
  );
  return { ...db, publisher: new EventPublisher({ service: 'enrollment', schema: 'enrollment', serialiseWriters: false }) };
}

/** A signed-in user of a tenant of their own. */
export const userOf = (role: AuthUser['role'], overrides: Partial<AuthUser> = {}): AuthUser => ({
  userId: randomUUID(),
  tenantId: randomUUID(),
  role,
  agencyCode: null,
  name: '시험 사용자',
  ...overrides,
});

/** A scheduled general cohort of the tenant taking applications, training from in ten days, 10 seats. */
export async function givenCohort(ds: DataSource, tenantId: string, overrides: Partial<Cohort> = {}): Promise<Cohort> {
  const today = seoulToday();
  const cohort: Cohort = {
    cohortId: randomUUID(),
    tenantId,
    courseId: randomUUID(),
    courseCode: 'C-SPEC',
    courseNameKo: '시험 과정',
    courseNameEn: 'Spec course',
    cohortNo: 1,
    educationType: 'general',
    fieldCode: null,
    subfieldCode: null,
    deliveryMode: 'face_to_face',
    startDate: addDays(today, 10),
    endDate: addDays(today, 12),
    dailyStartTime: '09:00',
    dailyEndTime: '18:00',
    roomName: '제1강의실',
    applicationOpens: null,
    applicationCloses: addDays(today, 9),
    cancellationCloses: addDays(today, 9),
    minimumFill: 0,
    minimumFillCutoff: null,
    approval: 'none',
    openToOtherProvinces: false,
    completionMinAttendancePercent: 80,
    completionRequiresAssessment: false,
    instructors: [],
    hours: 21,
    status: 'scheduled',
    capacity: 10,
    confirmed: 0,
    waitlisted: 0,
    reservedSeats: 0,
    unreservedConfirmed: 0,
    selectionDone: false,
    underFilled: false,
    underFillCheckedOn: null,
    underFillDecision: null,
    fillVersion: 1,
    fillPublishedVersion: 0,
    updatedAt: new Date(),
    ...overrides,
  };
  await ds.manager.insert(Cohort, cohort);
  return cohort;
}

export async function givenAgency(ds: DataSource, tenantId: string, code = 'AG-SPEC'): Promise<Agency> {
  const agency: Agency = { tenantId, code, nameKo: '시험 기관', nameEn: 'Spec agency', kind: 'bureau', active: true, defaultQuota: 0 };
  await ds.manager.insert(Agency, agency);
  return agency;
}

export async function givenTrainee(
  ds: DataSource,
  tenantId: string,
  agencyCode: string,
  overrides: Partial<Trainee> = {},
): Promise<Trainee> {
  const trainee: Trainee = {
    id: randomUUID(),
    tenantId,
    userId: null,
    agencyCode,
    employeeNo: `E-${randomBytes(3).toString('hex')}`,
    name: '김교육',
    grade: null,
    position: null,
    jobSeries: null,
    createdAt: new Date(),
    updatedAt: new Date(),
    ...overrides,
  };
  await ds.manager.insert(Trainee, trainee);
  return trainee;
}

/** An application of the trainee for the cohort, as stored; confirmed unless told. */
export async function givenApplication(
  ds: DataSource,
  cohort: Cohort,
  trainee: Trainee,
  overrides: Partial<Application> = {},
): Promise<Application> {
  const app: Application = {
    id: randomUUID(),
    tenantId: cohort.tenantId,
    cohortId: cohort.cohortId,
    traineeId: trainee.id,
    traineeTenantId: trainee.tenantId,
    agencyCode: trainee.agencyCode,
    traineeName: trainee.name,
    employeeNo: trainee.employeeNo,
    grade: null,
    position: null,
    jobSeries: null,
    via: 'application',
    rank: null,
    nominatedBy: null,
    approvalRequired: cohort.approval,
    awaiting: null,
    agencyApprovedBy: null,
    agencyApprovedAt: null,
    instituteApprovedBy: null,
    instituteApprovedAt: null,
    status: 'confirmed',
    appliedAt: new Date(),
    confirmedAt: new Date(),
    waitlistedAt: null,
    endedAt: null,
    endReason: null,
    endNote: null,
    assessmentPassed: null,
    progressPercent: null,
    completionStatus: null,
    attendancePercent: null,
    completedOn: null,
    certificateNo: null,
    verificationCode: null,
    certificateRevokedAt: null,
    certificateRevokedBy: null,
    certificateRevokeReason: null,
    ...overrides,
  };
  await ds.manager.insert(Application, app);
  return app;
}

/** What a refused call answered: its status and code, and for field errors each field with its code. */
export async function refusal(
  call: Promise<unknown>,
): Promise<{ status: number; code: string; errors: { field: string; code: string }[] }> {
  try {
    await call;
  } catch (error) {
    const e = error as { getStatus?: () => number; getResponse?: () => unknown };
    if (!e.getStatus || !e.getResponse) throw error;
    const body = e.getResponse() as { code: string; errors?: { field: string; code: string }[] };
    return { status: e.getStatus(), code: body.code, errors: (body.errors ?? []).map(({ field, code }) => ({ field, code })) };
  }
  throw new Error('expected a refusal, and the call succeeded');
}
