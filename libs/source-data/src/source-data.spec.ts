import { seoulHrd2022, SeoulBudgetLineCodes } from './index';

type Node = { id: string; level: string; children?: Node[] };
const unitIds = (node: Node): string[] => (node.level === 'unit' ? [node.id] : (node.children ?? []).flatMap(unitIds));

describe('Seoul budget line codes', () => {
  it('name every unit line of the source expenditure tree, each with its own code', () => {
    const units = unitIds(seoulHrd2022.work_report.budget_2022.expenditure.tree as Node);
    expect(units.sort()).toEqual(Object.keys(SeoulBudgetLineCodes).sort());
    const codes = Object.values(SeoulBudgetLineCodes);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z0-9-]{1,40}$/);
  });
});
