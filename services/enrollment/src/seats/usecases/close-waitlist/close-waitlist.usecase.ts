import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SeatBook } from '../../seat-book';
import { dueForWaitlistClose, holdersInOrder } from '../../seats.queries';

/**
 * When a cohort's training begins, nobody on its waiting list can still get a seat: each waiting
 * application ends (대기 종료) and its trainee is told, so nobody waits for a cohort that has begun.
 * Run by the cut-off watcher; each cohort in its own transaction under its seat lock, so replicas
 * running it at once end each application once.
 */
@Injectable()
export class CloseWaitlistUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly seats: SeatBook,
  ) {}

  /** Closes the waiting lists of every cohort that has begun by `today`; answers how many applications ended. */
  async execute(today: string): Promise<number> {
    let ended = 0;
    for (const cohortId of await dueForWaitlistClose(this.dataSource.manager, today)) {
      ended += await this.dataSource.transaction(async (tx) => {
        const cohort = await this.seats.lock(tx, cohortId);
        if (!cohort || cohort.status === 'cancelled' || cohort.startDate > today || cohort.waitlisted === 0) return 0;
        const session = await this.seats.open(tx, cohort, today);
        const waiting = await holdersInOrder(tx, cohortId, ['waitlisted']);
        for (const app of waiting) {
          // Announced by the seat book (enrollment.application.ended), which tells the trainee.
          await this.seats.end(tx, session, app, 'waitlist_closed');
        }
        await this.seats.save(tx, session);
        return waiting.length;
      });
    }
    return ended;
  }
}
