import { PermanentEventError } from '@baeum/messaging';
import type { EntityManager } from 'typeorm';
import type { BudgetLine } from '../budget-book/entities/budget-line.entity';
import type { Commitment } from '../ledger/entities/commitment.entity';
import type { Ledger, Posting } from '../ledger/ledger';
import { Settlement, Target } from './settlement';

const TENANT = '5e0a0000-0000-4000-8000-000000000001';
const line = (id: string, code: string, amount: bigint, control: BudgetLine['control'] = 'warn'): BudgetLine =>
  ({ id, tenantId: TENANT, fiscalYear: 2027, code, kind: 'expenditure', amount, committed: 0n, control }) as BudgetLine;
const commitment = (id: string, lineId: string, committed: bigint, extra: Partial<Commitment> = {}): Commitment =>
  ({ id, tenantId: TENANT, budgetLineId: lineId, amount: committed, committed, paid: 0n, status: 'booked', ...extra }) as Commitment;

/** A fake of the ledger that records what settlement asks of it, and of the one read it makes itself. */
function fakes(lines: BudgetLine[], existing: Commitment[]) {
  const calls: string[] = [];
  const ledger = {
    lockLine: async (_tx: unknown, _tenant: string, _year: number, code: string) => lines.find((l) => l.code === code) ?? null,
    lockLines: async (_tx: unknown, _tenant: string, ids: string[]) =>
      new Map(lines.filter((l) => ids.includes(l.id)).map((l) => [l.id, l])),
    release: async (_tx: unknown, l: BudgetLine, c: Commitment, amount: bigint) =>
      void calls.push(`release ${c.id} ${amount} on ${l.code}`),
    adjust: async (_tx: unknown, l: BudgetLine, c: Commitment, amount: bigint) => {
      if (l.control === 'stop' && l.committed + amount > l.amount) return false;
      calls.push(`adjust ${c.id} +${amount} on ${l.code}`);
      return true;
    },
    commit: async (_tx: unknown, l: BudgetLine, input: { amount: bigint }) =>
      void calls.push(
        `commit ${input.amount} on ${l.code}${l.control === 'stop' && l.committed + input.amount > l.amount ? ' (held)' : ''}`,
      ),
    withdraw: async (_tx: unknown, held: Commitment[]) => held.length > 0 && void calls.push(`withdraw ${held.map((c) => c.id).join(',')}`),
  } as unknown as Ledger;
  const tx = { find: async () => existing } as unknown as EntityManager;
  return { settlement: new Settlement(ledger), tx, calls };
}

const posting: Posting = { bookedOn: '2027-03-02', actor: { userId: null, name: 'curriculum' }, reason: 'test' };
const target = (lineCode: string | null, amount: bigint): Target => ({
  tenantId: TENANT,
  cause: 'cohort',
  causeId: 'c',
  fiscalYear: 2027,
  lineCode,
  amount,
  posting,
});

describe('Settlement', () => {
  const newcomer = line('l1', 'NEWCOMER', 100_000_000n);
  const coreValues = line('l2', 'CORE-VALUES', 50_000_000n);

  it('books a new cause, and raises an existing commitment by what is missing', async () => {
    const first = fakes([newcomer], []);
    await first.settlement.settle(first.tx, target('NEWCOMER', 12_000_000n));
    expect(first.calls).toEqual(['commit 12000000 on NEWCOMER']);
    const raise = fakes([newcomer], [commitment('a', 'l1', 12_000_000n)]);
    await raise.settlement.settle(raise.tx, target('NEWCOMER', 15_000_000n));
    expect(raise.calls).toEqual(['adjust a +3000000 on NEWCOMER']);
  });

  it('moves a cause to another line: everything back from the old one, all of it on the new one', async () => {
    const { settlement, tx, calls } = fakes([newcomer, coreValues], [commitment('a', 'l1', 15_000_000n)]);
    await settlement.settle(tx, target('CORE-VALUES', 15_000_000n));
    expect(calls).toEqual(['release a 15000000 on NEWCOMER', 'commit 15000000 on CORE-VALUES']);
  });

  it('gives back the newest commitment first, and never below what is paid', async () => {
    const { settlement, tx, calls } = fakes(
      [newcomer],
      [commitment('old', 'l1', 10_000_000n), commitment('new', 'l1', 5_000_000n, { paid: 4_000_000n })],
    );
    await settlement.settle(tx, target('NEWCOMER', 8_000_000n));
    expect(calls).toEqual(['release new 1000000 on NEWCOMER', 'release old 6000000 on NEWCOMER']);
  });

  it('releases everything when nothing is wanted any more, and withdraws what was held', async () => {
    const { settlement, tx, calls } = fakes(
      [newcomer],
      [commitment('a', 'l1', 12_000_000n), commitment('h', 'l1', 0n, { status: 'held', amount: 3_000_000n })],
    );
    await settlement.settle(tx, target(null, 0n));
    expect(calls).toEqual(['release a 12000000 on NEWCOMER', 'withdraw h']);
  });

  it('holds on a stop line without room, and leaves a hold that still asks for exactly what is missing', async () => {
    const full = { ...line('l3', 'HRD-CAPACITY', 10_000_000n, 'stop'), committed: 9_000_000n };
    const asked = fakes([full], [commitment('a', 'l3', 9_000_000n)]);
    await asked.settlement.settle(asked.tx, target('HRD-CAPACITY', 12_000_000n));
    expect(asked.calls).toEqual(['commit 3000000 on HRD-CAPACITY (held)']);
    const waiting = fakes([full], [commitment('a', 'l3', 9_000_000n), commitment('h', 'l3', 0n, { status: 'held', amount: 3_000_000n })]);
    await waiting.settlement.settle(waiting.tx, target('HRD-CAPACITY', 12_000_000n));
    expect(waiting.calls).toEqual([]);
  });

  it('refuses a line the year does not have: the event is dead-lettered until the book is fixed', async () => {
    const { settlement, tx } = fakes([newcomer], []);
    await expect(settlement.settle(tx, target('NO-SUCH-LINE', 1n))).rejects.toThrow(PermanentEventError);
    await expect(settlement.settle(tx, { ...target('NO-SUCH-LINE', 1n), fiscalYear: 2031 })).rejects.toThrow(
      'does not exist for fiscal year 2031',
    );
  });
});
