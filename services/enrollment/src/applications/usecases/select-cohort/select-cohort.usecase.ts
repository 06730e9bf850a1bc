import { seoulToday } from '@baeum/calendar';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { COHORT_CLOSED, cohortNotFound } from '../../../cohorts/cohort-rules';
import { Cohort } from '../../../cohorts/cohort.entity';
import { SeatBook } from '../../../seats/seat-book';
import { RunSelectionUseCase } from '../../../seats/usecases/run-selection/run-selection.usecase';

/** The course manager asks for the selection of their institute's cohort now. */
export interface SelectCohortCommand {
  actor: AuthUser;
  cohortId: string;
}

/**
 * 선발 now, before applications close: the cohort (the caller's institute's, still scheduled) is
 * locked and its approved applications are seated by agency rank, then time (RunSelectionUseCase).
 */
@Injectable()
export class SelectCohortUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly seats: SeatBook,
    private readonly selection: RunSelectionUseCase,
  ) {}

  execute({ actor, cohortId }: SelectCohortCommand): Promise<Cohort> {
    return this.dataSource.transaction(async (tx) => {
      const locked = await this.seats.lock(tx, cohortId);
      if (!locked || locked.tenantId !== actor.tenantId) throw cohortNotFound();
      if (locked.status !== 'scheduled')
        throw conflict('ENROLLMENT_COHORT.NOT_SCHEDULED', { params: { status: locked.status }, message: COHORT_CLOSED });
      await this.selection.execute(tx, locked, seoulToday());
      return locked;
    });
  }
}
