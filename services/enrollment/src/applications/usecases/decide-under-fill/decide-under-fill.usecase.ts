import type { UnderFillDecision, UnderFillDecisionResultView } from '@baeum/api';
import { isCalendarDate } from '@baeum/calendar';
import { UnderFillDecidedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser, conflict, FieldError, fieldError, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { cohortNotFound, isUnderFilled } from '../../../cohorts/cohort-rules';
import { Cohort } from '../../../cohorts/cohort.entity';
import { SeatBook } from '../../../seats/seat-book';
import { recordUnderFillDecision } from '../../../seats/seats.queries';
import { MergeCohortUseCase } from '../merge-cohort/merge-cohort.usecase';

/** The reason curriculum records when the course manager gives none. */
export const UNDER_FILLED_REASON = '최소 인원 미달 / below its minimum fill';

/** The course manager's choice for their institute's under-filled cohort, as the page sends it. */
export interface DecideUnderFillCommand {
  actor: AuthUser;
  cohortId: string;
  decision: UnderFillDecision;
  /** extend: the new last day of applications. */
  applicationCloses?: string;
  /** extend: the new minimum-fill cut-off (default: the new last day). */
  minimumFillCutoff?: string;
  /** merge: the cohort of the same course the trainees go to. */
  targetCohortId?: string;
  note?: string;
}

/**
 * The under-fill decision; enrollment owns it. Checked here as a whole (an extension's dates as
 * curriculum checks a cohort's, a merge's target), enrollment's own part done (a merge moves the
 * trainees), the decision recorded on the cohort (so it no longer awaits one and a second decision
 * is refused) and announced in the same transaction. Curriculum follows the event: extending
 * changes the cohort's windows, whose new cut-off clears the decision here when it comes back;
 * merging and cancelling cancel the cohort, which then releases its seats here.
 */
@Injectable()
export class DecideUnderFillUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly seats: SeatBook,
    private readonly merge: MergeCohortUseCase,
    private readonly publisher: EventPublisher,
  ) {}

  execute(command: DecideUnderFillCommand): Promise<UnderFillDecisionResultView> {
    const { actor, cohortId, decision } = command;
    const reason = command.note?.trim() || UNDER_FILLED_REASON;
    return this.dataSource.transaction(async (tx) => {
      const cohort = await this.seats.lock(tx, cohortId);
      if (!cohort || cohort.tenantId !== actor.tenantId) throw cohortNotFound();
      if (!isUnderFilled(cohort))
        throw conflict('UNDER_FILL.NOT_AWAITING', {
          message: '최소 인원 미달로 결정을 기다리는 기수가 아닙니다 / The cohort is not awaiting an under-fill decision',
        });
      let payload: UnderFillDecidedV1;
      if (decision === 'extend') {
        const applicationCloses = command.applicationCloses!;
        const minimumFillCutoff = command.minimumFillCutoff ?? applicationCloses;
        checkExtension(cohort, applicationCloses, minimumFillCutoff);
        payload = { cohortId, decision, reason, applicationCloses, minimumFillCutoff };
      } else if (decision === 'merge') {
        const { moved } = await this.merge.execute(tx, cohort, command.targetCohortId!);
        payload = { cohortId, decision, reason, targetCohortId: command.targetCohortId!, moved };
      } else {
        payload = { cohortId, decision, reason };
      }
      await recordUnderFillDecision(tx, cohortId, decision);
      await this.publisher.publish(tx, UnderFillDecidedV1, cohort.tenantId, payload);
      return { cohortId, decision, moved: payload.moved ?? 0 };
    });
  }
}

/**
 * An extension's dates under curriculum's rules for a cohort's windows (its `termsProblems`), so
 * that curriculum, following the event, does not refuse it; and a cut-off that moves, since only a
 * new cut-off clears the recorded decision when curriculum's change comes back.
 */
function checkExtension(cohort: Cohort, applicationCloses: string, minimumFillCutoff: string): void {
  const errors: FieldError[] = [];
  const dates = { applicationCloses, minimumFillCutoff };
  for (const [field, value] of Object.entries(dates))
    if (!isCalendarDate(value))
      errors.push(fieldError(field, 'VALIDATION.DATE', { value }, `${field}: 없는 날짜입니다 / ${field} is not a calendar date`));
  if (errors.length > 0) throw invalidInput(errors);
  const { applicationOpens, startDate } = cohort;
  if (applicationOpens !== null && applicationCloses < applicationOpens)
    errors.push(
      fieldError(
        'applicationCloses',
        'COHORT.APPLICATION_CLOSES_BEFORE_OPENS',
        { applicationOpens, applicationCloses },
        '신청 마감일이 신청 시작일보다 빠릅니다 / applicationCloses must not be before applicationOpens',
      ),
    );
  if (applicationCloses > startDate)
    errors.push(
      fieldError(
        'applicationCloses',
        'COHORT.APPLICATION_CLOSES_AFTER_START',
        { applicationCloses, startDate },
        '신청은 교육 시작일까지 마감해야 합니다 / applications must close by the start date',
      ),
    );
  if (minimumFillCutoff > startDate)
    errors.push(
      fieldError(
        'minimumFillCutoff',
        'COHORT.MINIMUM_FILL_CUTOFF_AFTER_START',
        { minimumFillCutoff, startDate },
        '최소 인원 판단일은 교육 시작일 이전이어야 합니다 / the minimum-fill cut-off must be by the start date',
      ),
    );
  if (errors.length > 0) throw invalidInput(errors);
  if (minimumFillCutoff === cohort.minimumFillCutoff)
    throw conflict('UNDER_FILL.CUTOFF_UNCHANGED', {
      field: 'minimumFillCutoff',
      params: { minimumFillCutoff },
      message: '모집을 연장하려면 최소 인원 판단일을 바꾸세요 / An extension must move the minimum-fill cut-off',
    });
}
