import { DataSource } from 'typeorm';
import type { LineKind } from '../budget-book/entities/budget-line.entity';
import type { GroupLevel } from '../budget-book/entities/budget-group.entity';
import { LineShape } from '../budget-book/budget-tree';
import { ReportData, ReportLine, ReportProgramme } from './execution-report';
import type { ProgrammePlanData } from './programme-plans';

interface LineRow {
  id: string;
  fiscal_year: number;
  code: string;
  kind: LineKind;
  name_ko: string;
  name_en: string;
  note_ko: string | null;
  note_en: string | null;
  group_code: string | null;
  position: number;
  amount: string;
}

/**
 * Reads what the execution report of `fiscalYear` as of `asOf` needs: the year's tree, each line's
 * amount on that date for this year and the year before (matched by code), its entries per month
 * up to that date (entries booked after the year's end count in December), and its plan.
 */
export async function loadReportData(db: DataSource, tenantId: string, fiscalYear: number, asOf: string): Promise<ReportData | null> {
  const lines: LineRow[] = await db.query(
    `SELECT l.id, l.fiscal_year, l.code, l.kind, l.name_ko, l.name_en, l.note_ko, l.note_en, g.code AS group_code, l.position,
            (l.amount - coalesce((SELECT sum(a.amount) FROM finance.budget_amendment a
                                   WHERE a.budget_line_id = l.id AND a.effective_on > $3), 0))::text AS amount
       FROM finance.budget_line l LEFT JOIN finance.budget_group g ON g.id = l.group_id
      WHERE l.tenant_id = $1 AND l.fiscal_year IN ($2, $2 - 1)`,
    [tenantId, fiscalYear, asOf],
  );
  const current = lines.filter((l) => l.fiscal_year === fiscalYear);
  if (current.length === 0) return null;
  const groups: { code: string; parent_code: string | null; level: GroupLevel; name_ko: string; name_en: string; position: number }[] =
    await db.query(
      `SELECT g.code, p.code AS parent_code, g.level, g.name_ko, g.name_en, g.position
       FROM finance.budget_group g LEFT JOIN finance.budget_group p ON p.id = g.parent_id
      WHERE g.tenant_id = $1 AND g.fiscal_year = $2`,
      [tenantId, fiscalYear],
    );
  const monthly: { budget_line_id: string; month: number; amount: string }[] = await db.query(
    `SELECT e.budget_line_id, least(12, (extract(year FROM e.booked_on)::int - $2) * 12 + extract(month FROM e.booked_on)::int) AS month,
            sum(e.amount)::text AS amount
       FROM finance.entry e JOIN finance.budget_line l ON l.id = e.budget_line_id
      WHERE e.tenant_id = $1 AND l.fiscal_year = $2 AND e.booked_on <= $3 AND e.measure IN ('committed', 'collected')
      GROUP BY 1, 2`,
    [tenantId, fiscalYear, asOf],
  );
  const plans: { budget_line_id: string; q1: string; q2: string; q3: string; q4: string }[] = await db.query(
    `SELECT p.budget_line_id, sum(p.q1)::text AS q1, sum(p.q2)::text AS q2, sum(p.q3)::text AS q3, sum(p.q4)::text AS q4
       FROM finance.quarterly_plan p JOIN finance.budget_line l ON l.id = p.budget_line_id
      WHERE p.tenant_id = $1 AND l.fiscal_year = $2 GROUP BY 1`,
    [tenantId, fiscalYear],
  );
  // Programmes planned apart on a line (2-6's two): their rows, and what their courses' cohorts booked on the line.
  const programmes: {
    budget_line_id: string;
    label_ko: string;
    label_en: string;
    course_codes: string[];
    q1: string;
    q2: string;
    q3: string;
    q4: string;
  }[] = await db.query(
    `SELECT p.budget_line_id, p.label_ko, p.label_en, p.course_codes, p.q1::text, p.q2::text, p.q3::text, p.q4::text
       FROM finance.quarterly_plan p JOIN finance.budget_line l ON l.id = p.budget_line_id
      WHERE p.tenant_id = $1 AND l.fiscal_year = $2 AND cardinality(p.course_codes) > 0
      ORDER BY p.budget_line_id, p.position`,
    [tenantId, fiscalYear],
  );
  const byCourse: { budget_line_id: string; course_code: string; month: number; amount: string }[] =
    programmes.length === 0
      ? []
      : await db.query(
          `SELECT e.budget_line_id, r.course_code,
                  least(12, (extract(year FROM e.booked_on)::int - $2) * 12 + extract(month FROM e.booked_on)::int) AS month,
                  sum(e.amount)::text AS amount
             FROM finance.entry e JOIN finance.budget_line l ON l.id = e.budget_line_id
             JOIN finance.commitment c ON c.id = e.commitment_id
             JOIN finance.cohort_replica r ON r.cohort_id = c.cohort_id
            WHERE e.tenant_id = $1 AND l.fiscal_year = $2 AND e.booked_on <= $3 AND e.measure = 'committed'
            GROUP BY 1, 2, 3`,
          [tenantId, fiscalYear, asOf],
        );
  const programmesOf = new Map<string, ReportProgramme[]>();
  for (const p of programmes) {
    const monthly = Array<bigint>(12).fill(0n);
    for (const b of byCourse.filter((x) => x.budget_line_id === p.budget_line_id && p.course_codes.includes(x.course_code))) {
      monthly[Math.max(1, b.month) - 1] += BigInt(b.amount);
    }
    const list = programmesOf.get(p.budget_line_id) ?? [];
    list.push({
      labelKo: p.label_ko,
      labelEn: p.label_en,
      courseCodes: p.course_codes,
      plan: [p.q1, p.q2, p.q3, p.q4].map(BigInt),
      monthly,
    });
    programmesOf.set(p.budget_line_id, list);
  }

  const previousAmount = new Map(
    lines.filter((l) => l.fiscal_year === fiscalYear - 1).map((l) => [`${l.kind}:${l.code}`, BigInt(l.amount)]),
  );
  const planOf = new Map(plans.map((p) => [p.budget_line_id, [p.q1, p.q2, p.q3, p.q4].map(BigInt)]));
  const months = new Map<string, bigint[]>();
  for (const m of monthly) {
    const list = months.get(m.budget_line_id) ?? Array<bigint>(12).fill(0n);
    list[Math.max(1, m.month) - 1] += BigInt(m.amount);
    months.set(m.budget_line_id, list);
  }
  // A line of last year only shows under its group of this year, if there is one, with nothing this year.
  const groupCodes = new Set(groups.map((g) => g.code));
  const previousOnly = lines.filter(
    (l) => l.fiscal_year === fiscalYear - 1 && !current.some((c) => c.kind === l.kind && c.code === l.code),
  );
  const reportLines: ReportLine[] = [
    ...current.map((l) => ({
      ...shape(l),
      amount: BigInt(l.amount),
      previousAmount: previousAmount.get(`${l.kind}:${l.code}`) ?? 0n,
      monthly: months.get(l.id) ?? Array(12).fill(0n),
      plan: planOf.get(l.id) ?? null,
      programmes: programmesOf.get(l.id) ?? [],
    })),
    ...previousOnly.map((l) => ({
      ...shape(l),
      groupCode: l.group_code && groupCodes.has(l.group_code) ? l.group_code : null,
      amount: 0n,
      previousAmount: BigInt(l.amount),
      monthly: Array(12).fill(0n),
      plan: null,
      programmes: [],
    })),
  ];
  return {
    fiscalYear,
    asOf,
    groups: groups.map((g) => ({
      code: g.code,
      parentCode: g.parent_code,
      level: g.level,
      nameKo: g.name_ko,
      nameEn: g.name_en,
      position: g.position,
    })),
    lines: reportLines,
  };
}

const shape = (l: LineRow): LineShape => ({
  code: l.code,
  kind: l.kind,
  nameKo: l.name_ko,
  nameEn: l.name_en,
  noteKo: l.note_ko,
  noteEn: l.note_en,
  groupCode: l.group_code,
  position: l.position,
});

/**
 * The programmes planned apart from their lines' rows in `fiscalYear` (see `finance.programme_plan`):
 * each one's budget per quarter (its own, or its line's quarterly plan), and on its line by `asOf`
 * the commitments booked per quarter of their first entry and the amounts committed per quarter
 * (entries booked after the year's end count in the fourth).
 */
export async function loadProgrammePlans(db: DataSource, tenantId: string, fiscalYear: number, asOf: string): Promise<ProgrammePlanData[]> {
  const rows: {
    programme: string;
    label_ko: string;
    label_en: string;
    budget_line_id: string | null;
    code: string | null;
    fund_ko: string | null;
    fund_en: string | null;
    count_label_ko: string | null;
    count_label_en: string | null;
    counts: number[] | null;
    budget: (string | null)[];
    line_plan: (string | null)[];
  }[] = await db.query(
    `SELECT p.programme, p.label_ko, p.label_en, p.budget_line_id, l.code, p.fund_ko, p.fund_en,
            p.count_label_ko, p.count_label_en, p.counts,
            ARRAY[p.budget_q1::text, p.budget_q2::text, p.budget_q3::text, p.budget_q4::text] AS budget,
            ARRAY[(SELECT sum(q.q1)::text FROM finance.quarterly_plan q WHERE q.budget_line_id = p.budget_line_id),
                  (SELECT sum(q.q2)::text FROM finance.quarterly_plan q WHERE q.budget_line_id = p.budget_line_id),
                  (SELECT sum(q.q3)::text FROM finance.quarterly_plan q WHERE q.budget_line_id = p.budget_line_id),
                  (SELECT sum(q.q4)::text FROM finance.quarterly_plan q WHERE q.budget_line_id = p.budget_line_id)] AS line_plan
       FROM finance.programme_plan p LEFT JOIN finance.budget_line l ON l.id = p.budget_line_id
      WHERE p.tenant_id = $1 AND p.fiscal_year = $2`,
    [tenantId, fiscalYear],
  );
  const lineIds = rows.map((r) => r.budget_line_id).filter((id): id is string => id !== null);
  const quarterOf = `least(4, greatest(1, (extract(year FROM e.booked_on)::int - $2) * 4 + extract(quarter FROM e.booked_on)::int))`;
  const amounts: { budget_line_id: string; quarter: number; amount: string }[] =
    lineIds.length === 0
      ? []
      : await db.query(
          `SELECT e.budget_line_id, ${quarterOf} AS quarter, sum(e.amount)::text AS amount
             FROM finance.entry e
            WHERE e.tenant_id = $1 AND e.budget_line_id = ANY($4::uuid[]) AND e.booked_on <= $3 AND e.measure = 'committed'
            GROUP BY 1, 2`,
          [tenantId, fiscalYear, asOf, lineIds],
        );
  const commitments: { budget_line_id: string; quarter: number; n: number }[] =
    lineIds.length === 0
      ? []
      : await db.query(
          `SELECT f.budget_line_id, f.quarter, count(*)::int AS n
             FROM (SELECT c.budget_line_id, (SELECT ${quarterOf} FROM finance.entry e
                                               WHERE e.commitment_id = c.id AND e.measure = 'committed' AND e.booked_on <= $3
                                               ORDER BY e.booked_on, e.recorded_at LIMIT 1) AS quarter
                     FROM finance.commitment c
                    WHERE c.tenant_id = $1 AND c.budget_line_id = ANY($4::uuid[]) AND c.status = 'booked') f
            WHERE f.quarter IS NOT NULL
            GROUP BY 1, 2`,
          [tenantId, fiscalYear, asOf, lineIds],
        );
  return rows.map((r) => {
    const booked = r.budget_line_id !== null;
    const commitmentsBooked = [0, 0, 0, 0];
    const committed = [0n, 0n, 0n, 0n];
    for (const c of commitments.filter((x) => x.budget_line_id === r.budget_line_id)) commitmentsBooked[c.quarter - 1] += c.n;
    for (const a of amounts.filter((x) => x.budget_line_id === r.budget_line_id)) committed[a.quarter - 1] += BigInt(a.amount);
    const own = r.budget.every((b) => b !== null);
    return {
      programme: r.programme,
      labelKo: r.label_ko,
      labelEn: r.label_en,
      budgetLineCode: r.code,
      fundKo: r.fund_ko,
      fundEn: r.fund_en,
      counts: r.counts && { labelKo: r.count_label_ko ?? '', labelEn: r.count_label_en ?? '', planned: r.counts },
      plannedBudget: (own ? r.budget : r.line_plan).map((b) => BigInt(b ?? 0)),
      bookedCommitments: booked ? commitmentsBooked : null,
      bookedBudget: booked ? committed : null,
    };
  });
}
