import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { seatsMayChange } from '../../../cohorts/cohort-rules';
import { Cohort } from '../../../cohorts/cohort.entity';
import { SeatBook } from '../../seat-book';
import { markSelectionDone } from '../../seats.queries';

/**
 * 선발: seats a cohort's approved applications in order — each agency's first-ranked nominee
 * first, then by application time — within capacity and quotas, waitlists the rest, and gives
 * seats left in quotas nobody used to the waitlist. Runs when applications close, or earlier when
 * the course manager asks. The cohort must be locked.
 */
@Injectable()
export class RunSelectionUseCase {
  constructor(private readonly seats: SeatBook) {}

  async execute(tx: EntityManager, cohort: Cohort, today: string): Promise<void> {
    const seats = await this.seats.open(tx, cohort, today);
    if (seatsMayChange(cohort, today)) await this.seats.fillFreeSeats(tx, seats, { includeApproved: true });
    await markSelectionDone(tx, cohort.cohortId);
    cohort.selectionDone = true;
    await this.seats.save(tx, seats);
  }
}
