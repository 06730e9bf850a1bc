import { DemoTenants, SejongBudgetLineCodes } from '@baeum/source-data';
import { EventPublisher } from '@baeum/messaging';
import { CodedException } from '@baeum/service-kit';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { BudgetAmendment } from '../budget-book/entities/budget-amendment.entity';
import { BudgetGroup } from '../budget-book/entities/budget-group.entity';
import { BudgetLine } from '../budget-book/entities/budget-line.entity';
import { FiscalYear } from '../budget-book/entities/fiscal-year.entity';
import { ProgrammePlan } from '../budget-book/entities/programme-plan.entity';
import { QuarterlyPlan } from '../budget-book/entities/quarterly-plan.entity';
import { addBudgetLine } from '../budget-book/usecases/add-budget-line/add-budget-line.usecase';
import { openFiscalYear } from '../budget-book/usecases/open-fiscal-year/open-fiscal-year.usecase';
import { publishBudgetLines } from '../budget-book/line-publication';
import { currentFiscalYear } from '@baeum/calendar';
import { Ledger } from '../ledger/ledger';
import { Actor } from '../shared/actor';
import { SeedLine, seoul2022 } from './seoul-2022';

const SEED: Actor = { userId: null, name: '데모 데이터 / demo data' };
/** The demo and its tests schedule cohorts in 2027, so the books run at least that far. */
const DEMO_SCHEDULING_YEAR = 2027;
/**
 * Not in the source: the meal cost of one trainee for one training day, a demo value the finance
 * officer changes in the book's rules.
 */
const DEMO_MEAL_COST_PER_DAY = 8_000n;
/** The Sejong article (March 2026) is where that institute's demo begins. */
const SEJONG_FIRST_YEAR = 2026;

/**
 * The demo books: Seoul's 2021 and 2022 books from its work report, Sejong's from its article,
 * then each following year carried forward from the one before, up to next year. Idempotent, and
 * safe when several replicas start at once.
 */
export async function seedFinance(
  dataSource: DataSource,
  ledger: Ledger,
  publisher: EventPublisher,
  options: { execution: boolean },
): Promise<void> {
  const lastYear = Math.max(currentFiscalYear() + 1, DEMO_SCHEDULING_YEAR);
  await dataSource.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('finance:demo-seed'))`);
    const seoul = DemoTenants.seoul.id;
    if (!(await tx.exists(FiscalYear, { where: { tenantId: seoul, fiscalYear: 2021 } }))) {
      await seedSeoulBook(tx, publisher, 2021);
      await seedSeoulBook(tx, publisher, 2022);
      if (options.execution) await bookJanuary2022(tx, ledger);
    }
    const sejong = DemoTenants.sejong.id;
    if (!(await tx.exists(FiscalYear, { where: { tenantId: sejong, fiscalYear: SEJONG_FIRST_YEAR } }))) {
      await openFiscalYear(tx, publisher, sejong, SEED, { fiscalYear: SEJONG_FIRST_YEAR });
      await addBudgetLine(tx, publisher, sejong, SEED, SEJONG_FIRST_YEAR, {
        kind: 'expenditure',
        code: SejongBudgetLineCodes.ai_childcare_training,
        nameKo: '육아 친화형 AI 연수',
        nameEn: 'Childcare-friendly AI training',
        amount: 30_000_000,
        reason: '육아 친화형 AI 연수 과정 예산 (데모) / demo budget of the childcare-friendly AI course',
      });
    }
    for (const tenantId of [seoul, sejong]) {
      const books = await tx.find(FiscalYear, { where: { tenantId }, order: { fiscalYear: 'DESC' }, take: 1 });
      for (let year = books[0].fiscalYear + 1; year <= lastYear; year++) {
        await openFiscalYear(tx, publisher, tenantId, SEED, { fiscalYear: year }).catch((e) => {
          if (!(e instanceof CodedException && e.code === 'BUDGET_BOOK.ALREADY_OPEN')) throw e;
        });
      }
    }
  });
}

async function seedSeoulBook(tx: EntityManager, publisher: EventPublisher, fiscalYear: 2021 | 2022): Promise<void> {
  const tenantId = DemoTenants.seoul.id;
  const reason = `서울특별시 인재개발원 2022년 업무보고의 ${fiscalYear}년 예산현액 / current budget amount of ${fiscalYear} in the 2022 work report`;
  const now = new Date();
  await tx.insert(FiscalYear, {
    tenantId,
    fiscalYear,
    carriedFrom: null,
    mealLineCode: 'TRAINEE-MEALS',
    mealCostPerDay: DEMO_MEAL_COST_PER_DAY,
    feeRevenueLineCode: fiscalYear === 2022 ? 'REVENUE-RECURRING' : null,
    openedAt: now,
    openedByName: SEED.name,
  });
  const groupId = new Map(seoul2022.groups.map((g) => [g.code, randomUUID()]));
  await tx.insert(
    BudgetGroup,
    seoul2022.groups.map((g) => ({
      id: groupId.get(g.code)!,
      tenantId,
      fiscalYear,
      code: g.code,
      parentId: g.parentCode ? groupId.get(g.parentCode)! : null,
      level: g.level,
      nameKo: g.nameKo,
      nameEn: g.nameEn,
      position: g.position,
    })),
  );
  const amountOf = (l: SeedLine) => (fiscalYear === 2021 ? l.amount2021 : l.amount2022);
  const lines = [...seoul2022.lines, ...seoul2022.revenue]
    .filter((l) => amountOf(l) !== null)
    .map((l): BudgetLine => ({
      id: randomUUID(),
      tenantId,
      fiscalYear,
      code: l.code,
      nameKo: l.nameKo,
      nameEn: l.nameEn,
      amount: amountOf(l)!,
      kind: l.kind,
      groupId: l.groupCode ? groupId.get(l.groupCode)! : null,
      position: l.position,
      control: 'warn',
      officerUserId: null,
      noteKo: l.noteKo,
      noteEn: l.noteEn,
      committed: 0n,
      paid: 0n,
      collected: 0n,
    }));
  await tx.insert(BudgetLine, lines);
  // The seeded lines reach curriculum's replica like any other, so a fresh demo can schedule cohorts.
  await publishBudgetLines(tx, publisher, lines);
  await tx.insert(
    BudgetAmendment,
    lines.map((l) => ({
      id: randomUUID(),
      tenantId,
      budgetLineId: l.id,
      kind: 'original' as const,
      amount: l.amount,
      amountAfter: l.amount,
      effectiveOn: `${fiscalYear}-01-01`,
      reason,
      recordedBy: null,
      recordedByName: SEED.name,
      recordedAt: now,
    })),
  );
  if (fiscalYear !== 2022) return;
  const lineId = new Map(lines.map((l) => [l.code, l.id]));
  const positions = new Map<string, number>();
  await tx.insert(
    QuarterlyPlan,
    seoul2022.plans.map((p) => {
      const position = positions.get(p.lineCode) ?? 0;
      positions.set(p.lineCode, position + 1);
      const [q1, q2, q3, q4] = p.quarters;
      return {
        id: randomUUID(),
        tenantId,
        budgetLineId: lineId.get(p.lineCode)!,
        position,
        labelKo: p.labelKo,
        labelEn: p.labelEn,
        q1,
        q2,
        q3,
        q4,
        courseCodes: p.courseCodes,
        revisedAt: now,
        revisedBy: null,
        revisedByName: SEED.name,
        reason: '2022년 업무보고의 추진일정 및 예산집행 계획 / the work report’s quarterly plan',
      };
    }),
  );
  await tx.insert(
    ProgrammePlan,
    seoul2022.programmePlans.map((p): ProgrammePlan => ({
      id: randomUUID(),
      tenantId,
      fiscalYear,
      programme: p.programme,
      labelKo: p.labelKo,
      labelEn: p.labelEn,
      budgetLineId: p.lineCode ? lineId.get(p.lineCode)! : null,
      fundKo: p.fundKo,
      fundEn: p.fundEn,
      countLabelKo: p.counts?.labelKo ?? null,
      countLabelEn: p.counts?.labelEn ?? null,
      counts: p.counts?.quarters ?? null,
      budgetQ1: p.budget?.[0] ?? null,
      budgetQ2: p.budget?.[1] ?? null,
      budgetQ3: p.budget?.[2] ?? null,
      budgetQ4: p.budget?.[3] ?? null,
    })),
  );
}

/** The commitments behind the work report's execution figures (집행액, 2022. 1. 31. 기준). */
async function bookJanuary2022(tx: EntityManager, ledger: Ledger): Promise<void> {
  for (const source of seoul2022.lines.filter((l) => l.executedBy20220131 > 0n)) {
    const line = (await ledger.lockLine(tx, DemoTenants.seoul.id, 2022, source.code))!;
    await ledger.commit(
      tx,
      line,
      {
        amount: source.executedBy20220131,
        bookedOn: '2022-01-28',
        actor: SEED,
        reason: '2022년 1월 원인행위 (업무보고 1월 31일 기준 집행액) / January 2022 commitments as the work report gives them',
        cause: 'manual',
        causeId: null,
      },
      'refuse',
    );
  }
}
