import { seoulHrd2022, SeoulBudgetLineCodes, SeoulProgrammeCourseCodes } from '@baeum/source-data';
import type { GroupLevel } from '../budget-book/entities/budget-group.entity';
import type { GroupShape, LineShape } from '../budget-book/budget-tree';

/**
 * The Seoul center's budget book as its 2022 work report gives it (tables in thousand won,
 * here in won): the expenditure tree with the current amounts of 2021 and 2022, the revenue
 * budget, every program's quarterly execution plan, and what was executed by 2022-01-31.
 */
const THOUSAND = 1000n;
const MILLION = 1_000_000n;
const budget = seoulHrd2022.work_report.budget_2022;

interface SourceNode {
  id: string;
  level: string;
  label_ko: string;
  name_en: string;
  amount_2021: number;
  amount_2022: number;
  executed: number;
  children?: SourceNode[];
}

/** Codes of the tree's nodes above the unit lines (the unit lines' codes are SeoulBudgetLineCodes). */
const GROUP_CODES: Record<string, string> = {
  program_budget_subtotal: 'PROGRAM-BUDGET',
  program_talent_development_exam_mgmt: 'TALENT-AND-EXAMS',
  administrative_costs_subtotal: 'ADMINISTRATIVE-COSTS',
  basic_expenses: 'BASE-COSTS',
};

export interface SeedLine extends LineShape {
  /** Current budget amounts (예산현액) of 2021 and 2022; revenue lines have 2022 only. */
  amount2021: bigint | null;
  amount2022: bigint;
  /** Executed (commitment basis) by 2022-01-31, as the expenditure table prints it. */
  executedBy20220131: bigint;
}

export interface SeedPlanRow {
  lineCode: string;
  labelKo: string;
  labelEn: string;
  quarters: [bigint, bigint, bigint, bigint];
  /** The courses of the row's programme, when the source plans it apart from the line's others. */
  courseCodes: string[];
}

const lineCode = (sourceId: string): string => {
  const code = SeoulBudgetLineCodes[sourceId as keyof typeof SeoulBudgetLineCodes];
  if (!code) throw new Error(`no budget line code for ${sourceId}`);
  return code;
};

function expenditure(): { groups: GroupShape[]; lines: SeedLine[] } {
  const groups: GroupShape[] = [];
  const lines: SeedLine[] = [];
  const walk = (nodes: SourceNode[], parentCode: string | null) =>
    nodes.forEach((node, position) => {
      if (node.level === 'unit') {
        lines.push({
          code: lineCode(node.id),
          kind: 'expenditure',
          nameKo: node.label_ko,
          nameEn: node.name_en,
          noteKo: null,
          noteEn: null,
          groupCode: parentCode,
          position,
          amount2021: BigInt(node.amount_2021) * THOUSAND,
          amount2022: BigInt(node.amount_2022) * THOUSAND,
          executedBy20220131: BigInt(node.executed) * THOUSAND,
        });
        return;
      }
      const code = GROUP_CODES[node.id];
      groups.push({ code, parentCode, level: node.level as GroupLevel, nameKo: node.label_ko, nameEn: node.name_en, position });
      walk(node.children ?? [], code);
    });
  walk(budget.expenditure.tree.children as SourceNode[], null);
  return { groups, lines };
}

const REVENUE_CODES = ['REVENUE-RECURRING', 'REVENUE-TEMPORARY'];

function revenue(): SeedLine[] {
  return budget.revenue.items.map((item, position) => ({
    code: REVENUE_CODES[position],
    kind: 'revenue' as const,
    nameKo: item.label_ko,
    nameEn: item.name_en,
    noteKo: item.components?.map((c) => c.label_ko).join('·') ?? null,
    noteEn: item.components?.map((c) => c.en).join(', ') ?? null,
    groupCode: null,
    position,
    amount2021: null,
    amount2022: BigInt(item.amount_million_krw) * MILLION,
    executedBy20220131: 0n,
  }));
}

interface PlanTable {
  rows: { metric: string; component?: string; block_ko?: string; q1: unknown; q2: unknown; q3: unknown; q4: unknown }[];
}
interface Component {
  id?: string;
  label_ko: string;
  name_en?: string;
}

const programmeCourses = SeoulProgrammeCourseCodes as Record<string, string>;
const quarter = (value: unknown) => BigInt(typeof value === 'number' ? value : 0) * THOUSAND;
const quartersOf = (row: PlanTable['rows'][number]): SeedPlanRow['quarters'] => [
  quarter(row.q1),
  quarter(row.q2),
  quarter(row.q3),
  quarter(row.q4),
];

/**
 * One plan row per program (a line funding two programs gets two); the budget rows of a program
 * are matched to its budget lines in order (3-1 has one for e-learning and one for its content).
 * A program whose components have budget rows and courses of their own (2-6) gets a row per
 * component instead of its total, each naming its course: the rows still add up to the total.
 */
function plans(): SeedPlanRow[] {
  const rows: SeedPlanRow[] = [];
  const add = (labelKo: string, labelEn: string, table: PlanTable, refs: string | string[] | null, components: Component[]) => {
    if (!refs) return; // 2-7 is funded outside the institute's budget
    const own = table.rows.filter((r) => r.metric === 'budget_thousand_krw' && r.component && programmeCourses[r.component]);
    if (own.length > 0 && !Array.isArray(refs)) {
      for (const row of own) {
        const component = components.find((c) => c.id === row.component)!;
        rows.push({
          lineCode: lineCode(refs),
          labelKo: `${labelKo} — ${component.label_ko}`,
          labelEn: `${labelEn}: ${component.name_en}`,
          quarters: quartersOf(row),
          courseCodes: [programmeCourses[row.component!]],
        });
      }
      return;
    }
    const budgetRows = table.rows.filter((r) => r.metric === 'budget_thousand_krw' && (!r.component || r.component === 'all'));
    [refs].flat().forEach((ref, i) => {
      const row = budgetRows[i];
      rows.push({
        lineCode: lineCode(ref),
        labelKo: row.block_ko ? `${labelKo} — ${row.block_ko}` : labelKo,
        labelEn,
        quarters: quartersOf(row),
        courseCodes: [],
      });
    });
  };
  for (const program of seoulHrd2022.work_report.programs as unknown as Record<string, never>[]) {
    const p = program as unknown as {
      id: string;
      label_ko: string;
      name_en: string;
      quarterly_plan?: PlanTable;
      budget_line_ref?: string | string[] | null;
      scale?: { components?: Component[] };
    };
    if (p.quarterly_plan) add(`${p.id} ${p.label_ko}`, p.name_en, p.quarterly_plan, p.budget_line_ref ?? null, p.scale?.components ?? []);
    for (const [part, nameEn] of [
      ['assessment', 'Competency assessment'],
      ['preparatory_course', 'Competency assessment preparatory course'],
    ] as const) {
      const sub = (
        program as unknown as Record<string, { label_ko: string; quarterly_plan: PlanTable; budget_line_ref: string } | undefined>
      )[part];
      if (sub) add(`${p.id} ${sub.label_ko}`, `${p.name_en}: ${nameEn}`, sub.quarterly_plan, sub.budget_line_ref, []);
    }
  }
  return rows;
}

/** A programme planned per quarter apart from its line's rows (see `finance.programme_plan`). */
export interface SeedProgrammePlan {
  programme: string;
  labelKo: string;
  labelEn: string;
  /** The line that funds it; null when a fund outside the book pays. */
  lineCode: string | null;
  fundKo: string | null;
  fundEn: string | null;
  counts: { labelKo: string; labelEn: string; quarters: number[] } | null;
  /** Its own budget per quarter, only when no line of the book plans it. */
  budget: [bigint, bigint, bigint, bigint] | null;
}

/**
 * The programmes whose quarterly table holds what the lines' plans cannot: 3-3's facility projects
 * per quarter (사업수; its budget is its line's plan), and 2-7's international training, paid from
 * the External Cooperation Fund, so its budget per quarter is kept here, on no line.
 */
function programmePlans(): SeedProgrammePlan[] {
  const programs = seoulHrd2022.work_report.programs as unknown as {
    id: string;
    label_ko: string;
    name_en: string;
    quarterly_plan?: PlanTable;
    budget_line_ref?: string | null;
    funding?: { fund_ko?: string; fund_en?: string };
  }[];
  const section = (id: string) => programs.find((p) => p.id === id)!;
  const row = (id: string, metric: string) => section(id).quarterly_plan!.rows.find((r) => r.metric === metric)!;
  const facilities = section('3-3');
  const international = section('2-7');
  const projects = row('3-3', 'projects');
  return [
    {
      programme: '2-7',
      labelKo: international.label_ko,
      labelEn: international.name_en,
      lineCode: null,
      fundKo: international.funding?.fund_ko ?? null,
      fundEn: international.funding?.fund_en ?? null,
      counts: null,
      budget: quartersOf(row('2-7', 'budget_thousand_krw')),
    },
    {
      programme: '3-3',
      labelKo: facilities.label_ko,
      labelEn: facilities.name_en,
      lineCode: lineCode(facilities.budget_line_ref!),
      fundKo: null,
      fundEn: null,
      counts: {
        labelKo: (projects as { label_ko?: string }).label_ko ?? '사업수',
        labelEn: 'Projects',
        quarters: [projects.q1, projects.q2, projects.q3, projects.q4].map(Number),
      },
      budget: null,
    },
  ];
}

export const seoul2022 = { ...expenditure(), revenue: revenue(), plans: plans(), programmePlans: programmePlans() };
