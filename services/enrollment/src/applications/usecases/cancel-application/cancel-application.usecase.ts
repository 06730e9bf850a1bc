import type { ErrorCode, ErrorParams } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { seoulToday } from '@baeum/calendar';
import { isAlwaysOpen, seatsMayChange } from '../../../cohorts/cohort-rules';
import { SeatBook } from '../../../seats/seat-book';
import { Cohort } from '../../../cohorts/cohort.entity';
import { ACTIVE_STATUSES, Application } from '../../application.entity';
import { accessibleApplication } from '../../application-access';
import { applicationById } from '../../applications.queries';

/** Why something is refused: a code, its parameters and today's sentence. */
export interface Refusal {
  code: ErrorCode;
  params?: ErrorParams;
  message: string;
}

/** Why an application can no longer be cancelled by this caller today, or null when it can. */
export function cancellationRefusal(app: Application, cohort: Cohort, byTrainee: boolean, today: string): Refusal | null {
  if (!ACTIVE_STATUSES.includes(app.status))
    return {
      code: 'APPLICATION.ALREADY_ENDED',
      params: { status: app.status },
      message: '이미 취소되었거나 종료된 신청입니다 / The application is already cancelled or closed',
    };
  if (!seatsMayChange(cohort, today)) {
    return isAlwaysOpen(cohort)
      ? {
          code: 'APPLICATION.LEARNING_PERIOD_OVER',
          params: { endDate: cohort.endDate },
          message: '학습 기간이 끝났습니다 / The learning period is over',
        }
      : {
          code: 'APPLICATION.TRAINING_STARTED',
          params: { startDate: cohort.startDate },
          message: '교육이 시작된 뒤에는 취소할 수 없습니다 / Training has started: it can no longer be cancelled',
        };
  }
  if (byTrainee && app.status === 'confirmed' && today > cohort.cancellationCloses) {
    return {
      code: 'APPLICATION.CANCELLATION_CLOSED',
      params: { cancellationCloses: cohort.cancellationCloses },
      message:
        `본인 취소 기한(${cohort.cancellationCloses})이 지났습니다. 소속 기관 교육 담당자에게 문의하세요 ` +
        `/ The cancellation cut-off (${cohort.cancellationCloses}) has passed; ask your agency's training officer`,
    };
  }
  return null;
}

/**
 * 신청 취소. A trainee cancels their own application, a confirmed seat only until the cohort's
 * cancellation cut-off; after that their agency or the institute may still withdraw it until
 * training starts. A released seat goes to the next on the waitlist in the same transaction.
 */
@Injectable()
export class CancelApplicationUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly seats: SeatBook,
  ) {}

  execute(user: AuthUser, applicationId: string, note?: string): Promise<Application> {
    return this.dataSource.transaction(async (tx) => {
      const { cohortId } = await accessibleApplication(tx, user, applicationId);
      const cohort = (await this.seats.lock(tx, cohortId))!;
      const app = (await applicationById(tx, applicationId))!;
      const today = seoulToday();
      const byTrainee = user.role === 'trainee';
      const refusal = cancellationRefusal(app, cohort, byTrainee, today);
      if (refusal) throw conflict(refusal.code, { params: refusal.params, message: refusal.message });
      const seats = await this.seats.open(tx, cohort, today);
      await this.seats.end(tx, seats, app, byTrainee ? 'cancelled' : 'withdrawn', note ?? null);
      await this.seats.afterRelease(tx, seats, today);
      await this.seats.save(tx, seats);
      return app;
    });
  }
}
