import { TraineeCompletedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Application } from '../applications/application.entity';
import { attendancePercent } from '../attendance/attendance.entity';
import { yearOf } from '@baeum/calendar';
import { labelOf } from '../cohorts/cohort-rules';
import { Cohort } from '../cohorts/cohort.entity';
import { applicationById, completeOnce, nextCertificateSeq } from './completion.queries';

/** Crockford's base32 without I, L, O, U: a code read aloud or typed from paper stays unambiguous. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function verificationCode(): string {
  const chars = [...randomBytes(12)].map((b) => CODE_ALPHABET[b % 32]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

const pickCertificate = (a: Application): Partial<Application> => ({
  completionStatus: a.completionStatus,
  attendancePercent: a.attendancePercent,
  completedOn: a.completedOn,
  certificateNo: a.certificateNo,
  verificationCode: a.verificationCode,
});

/** Attendance's own rule, which the completion rule reads. */
export { attendancePercent };

/** Whether a trainee meets the course's completion rule (수료 기준). */
export const meetsRule = (cohort: Cohort, app: Application, percent: number): boolean =>
  percent >= cohort.completionMinAttendancePercent && (!cohort.completionRequiresAssessment || app.assessmentPassed === true);

/** 수료: a certificate number and verification code, the event, and a notice to the trainee. */
@Injectable()
export class Completions {
  constructor(private readonly publisher: EventPublisher) {}

  /**
   * Completes the application once, however many requests race (the update applies only while it is
   * not completed, under the row's lock; certificate numbers and codes are unique): false when it
   * had completed already, the application then holding the certificate issued first.
   */
  async complete(tx: EntityManager, cohort: Cohort, app: Application, percent: number, completedOn: string): Promise<boolean> {
    if (!cohort.courseId) throw conflict('COMPLETION.NO_COURSE', { message: '과정 정보가 없는 기수입니다 / The cohort has no course yet' });
    const seq = await nextCertificateSeq(tx);
    const changes = {
      completionStatus: 'completed' as const,
      attendancePercent: percent,
      completedOn,
      certificateNo: `${yearOf(completedOn)}-${seq.padStart(6, '0')}`,
      verificationCode: verificationCode(),
    };
    if (!(await completeOnce(tx, app.id, changes))) {
      // Another request completed it first: its certificate stands, and is the one this caller gets.
      const issued = await applicationById(tx, app.id);
      if (issued) Object.assign(app, pickCertificate(issued));
      return false;
    }
    Object.assign(app, changes);
    await this.publisher.publish(tx, TraineeCompletedV1, app.tenantId, {
      applicationId: app.id,
      cohortId: app.cohortId,
      courseId: cohort.courseId,
      traineeId: app.traineeId,
      agencyCode: app.agencyCode,
      completedOn,
      attendancePercent: percent,
      certificateNo: changes.certificateNo,
      ...labelOf(cohort),
    });
    return true;
  }
}
