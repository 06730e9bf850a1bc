import { CohortCompletionDecidedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser, conflict, notFound } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Application } from '../../../applications/application.entity';
import { accessibleApplication } from '../../../applications/application-access';
import { seoulToday, trainingDays } from '@baeum/calendar';
import { isAlwaysOpen } from '../../../cohorts/cohort-rules';
import { COHORT_NOT_FOUND } from '../../../cohorts/cohort-rules';
import { holidaysOf } from '../../../institute-calendar/institute-calendar.queries';
import { SeatBook } from '../../../seats/seat-book';
import { applicationById, markNotCompleted, marksByApplication, recordProgress, undecidedConfirmed } from '../../completion.queries';
import { attendancePercent, Completions, meetsRule } from '../../completions';

export interface CompletionResult {
  applicationId: string;
  traineeName: string;
  percent: number;
  completed: boolean;
  certificateNo: string | null;
}

/**
 * 수료 처리: once training has ended, every confirmed trainee is measured against the course's
 * rule (attendance, or e-learning progress, and a required assessment). Who meets it completes,
 * once; who does not may be measured again after corrections. Each run is announced
 * (`enrollment.cohort_completion.decided`), and curriculum follows by ending the cohort (교육 종료),
 * so this one action completes the cohort everywhere.
 */
@Injectable()
export class CompleteCohortUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly seats: SeatBook,
    private readonly completions: Completions,
    private readonly publisher: EventPublisher,
  ) {}

  execute(user: AuthUser, cohortId: string): Promise<CompletionResult[]> {
    return this.dataSource.transaction(async (tx) => {
      const cohort = await this.seats.lock(tx, cohortId);
      if (!cohort || cohort.tenantId !== user.tenantId) throw notFound('ENROLLMENT_COHORT.NOT_FOUND', { message: COHORT_NOT_FOUND });
      if (cohort.status === 'cancelled')
        throw conflict('COMPLETION.COHORT_CANCELLED', { message: '폐강된 기수입니다 / The cohort was cancelled' });
      if (cohort.status !== 'completed' && seoulToday() < cohort.endDate) {
        throw conflict('COMPLETION.TRAINING_NOT_ENDED', {
          params: { endDate: cohort.endDate },
          message: `교육 종료일(${cohort.endDate})부터 수료 처리할 수 있습니다 / Completion is decided from the last day of training (${cohort.endDate})`,
        });
      }
      const apps = await undecidedConfirmed(tx, cohortId);
      const days = trainingDays(cohort.startDate, cohort.endDate, await holidaysOf(tx, cohort.tenantId));
      const marks = await marksByApplication(tx, cohortId, new Set(days));
      const results: CompletionResult[] = [];
      for (const app of apps) {
        const percent = isAlwaysOpen(cohort) ? (app.progressPercent ?? 0) : attendancePercent(marks.get(app.id) ?? [], days.length);
        const completed = meetsRule(cohort, app, percent);
        if (completed) await this.completions.complete(tx, cohort, app, percent, cohort.endDate);
        else await markNotCompleted(tx, app.id, percent);
        results.push({ applicationId: app.id, traineeName: app.traineeName, percent, completed, certificateNo: app.certificateNo });
      }
      // Announced while the cohort is not yet completed in the replica: once curriculum's cohort.completed
      // comes back, a later run (after corrections) has nothing for curriculum to do.
      if (cohort.status !== 'completed')
        await this.publisher.publish(tx, CohortCompletionDecidedV1, cohort.tenantId, {
          cohortId,
          endDate: cohort.endDate,
          completed: results.filter((r) => r.completed).length,
          notCompleted: results.filter((r) => !r.completed).length,
        });
      return results;
    });
  }

  /** E-learning progress from the LMS; the day it reaches the course's threshold is the completion date. */
  recordProgress(user: AuthUser, applicationId: string, percent: number): Promise<Application> {
    return this.dataSource.transaction(async (tx) => {
      const { cohortId } = await accessibleApplication(tx, user, applicationId);
      const cohort = (await this.seats.lock(tx, cohortId))!;
      const app = (await applicationById(tx, applicationId))!;
      if (!isAlwaysOpen(cohort))
        throw conflict('APPLICATION.PROGRESS_E_LEARNING_ONLY', {
          message: '진도율은 e-러닝 과정에만 있습니다 / Progress applies to e-learning only',
        });
      if (app.status !== 'confirmed')
        throw conflict('APPLICATION.NOT_CONFIRMED', {
          params: { status: app.status },
          message: '수강이 확정된 신청이 아닙니다 / The application holds no confirmed seat',
        });
      await recordProgress(tx, app.id, percent);
      app.progressPercent = percent;
      if (app.completionStatus !== 'completed' && meetsRule(cohort, app, percent))
        await this.completions.complete(tx, cohort, app, percent, seoulToday());
      return app;
    });
  }
}
