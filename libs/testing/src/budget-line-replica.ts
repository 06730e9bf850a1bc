import { eventually } from './wait';

/** Runs one SQL statement in a service's schema and gives its rows. */
export type ServiceQuery = (service: 'finance' | 'curriculum', sql: string) => Promise<{ n: number }[]>;

/**
 * Waits until curriculum's replica holds every budget line finance has. Finance's lines (the demo
 * seed's too) reach curriculum through events, a little after the services report ready, and
 * curriculum refuses a cohort on a line it has not heard of: tests wait for this before they
 * schedule cohorts on the seeded lines. Lines are never removed, so equal counts mean all are there.
 */
export function budgetLinesReplicated(query: ServiceQuery): Promise<true> {
  return eventually(
    async () => {
      const [finance] = await query('finance', 'SELECT count(*)::int AS n FROM finance.budget_line');
      const [replica] = await query('curriculum', 'SELECT count(*)::int AS n FROM curriculum.budget_line');
      return replica.n >= finance.n ? true : undefined;
    },
    { timeoutMs: 180_000, intervalMs: 250, what: "finance's budget lines in curriculum's replica" },
  );
}
