import type { Schemas } from '../../api/client';
import { thousandWon } from './shared';

export type Programme = Schemas['ProgrammePlanView'];

/** One row of the table: a programme's budget, or what it counts (3-3's projects). */
export interface ProgrammeRow {
  key: string;
  programme: Programme;
  measure: 'budget' | 'counts';
  planned: string[];
  booked: string[] | null;
  plannedTotal: string;
  bookedTotal: string | null;
}

/** The programmes' rows: each one's budget, then its count where it counts something. */
export function programmeRows(programmes: Programme[]): ProgrammeRow[] {
  return programmes.flatMap((p): ProgrammeRow[] => [
    {
      key: `${p.programme}-budget`,
      programme: p,
      measure: 'budget',
      planned: p.budget.planned.map((won) => String(thousandWon(won))),
      booked: p.budget.booked && p.budget.booked.map((won) => String(thousandWon(won))),
      plannedTotal: String(thousandWon(p.budget.plannedTotal)),
      bookedTotal: p.budget.bookedTotal === null ? null : String(thousandWon(p.budget.bookedTotal)),
    },
    ...(p.counts
      ? [
          {
            key: `${p.programme}-counts`,
            programme: p,
            measure: 'counts' as const,
            planned: p.counts.planned.map(String),
            booked: p.counts.booked && p.counts.booked.map(String),
            plannedTotal: String(p.counts.plannedTotal),
            bookedTotal: p.counts.bookedTotal === null ? null : String(p.counts.bookedTotal),
          },
        ]
      : []),
  ]);
}
