import type { GroupLevel } from './entities/budget-group.entity';
import type { LineKind } from './entities/budget-line.entity';

/** A line as a book's tree and its reports know it: what it is called and where it sits. */
export interface LineShape {
  code: string;
  kind: LineKind;
  nameKo: string;
  nameEn: string;
  noteKo: string | null;
  noteEn: string | null;
  groupCode: string | null;
  position: number;
}

/** A node above the unit lines (a subtotal or a program), by code. */
export interface GroupShape {
  code: string;
  parentCode: string | null;
  level: GroupLevel;
  nameKo: string;
  nameEn: string;
  position: number;
}

export interface TreeGroup {
  id: string;
  code: string;
  parentId: string | null;
  level: GroupLevel;
  nameKo: string;
  nameEn: string;
  position: number;
}

export interface TreeLine<V> {
  code: string;
  nameKo: string;
  nameEn: string;
  groupId: string | null;
  position: number;
  values: V;
}

export type RowLevel = 'total' | 'subtotal' | 'program' | 'unit';

export interface TreeRow<V> {
  level: RowLevel;
  code: string;
  nameKo: string;
  nameEn: string;
  /** 0 for the total, 1 for what is directly under it, … */
  depth: number;
  values: V;
}

export type Amounts = Record<string, bigint>;

export const TOTAL = { code: 'TOTAL', nameKo: '합계', nameEn: 'Total' } as const;

const add = <V extends Amounts>(into: V, from: V) => {
  for (const key of Object.keys(from)) (into as Amounts)[key] = (into[key] ?? 0n) + from[key];
};

/**
 * The expenditure tree as the source prints it: the total first, then each subtotal, program and
 * unit line in order, every node carrying the sums of what lies below it.
 */
export function budgetTree<V extends Amounts>(groups: TreeGroup[], lines: TreeLine<V>[], zero: () => V): TreeRow<V>[] {
  const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;
  const childGroups = (parentId: string | null) => groups.filter((g) => g.parentId === parentId).sort(byPosition);
  const childLines = (groupId: string | null) => lines.filter((l) => l.groupId === groupId).sort(byPosition);

  const rowsUnder = (parentId: string | null, depth: number, sums: V): TreeRow<V>[] => {
    const rows: TreeRow<V>[] = [];
    for (const group of childGroups(parentId)) {
      const own = zero();
      const below = rowsUnder(group.id, depth + 1, own);
      rows.push({ level: group.level, code: group.code, nameKo: group.nameKo, nameEn: group.nameEn, depth, values: own }, ...below);
      add(sums, own);
    }
    for (const line of childLines(parentId)) {
      rows.push({ level: 'unit', code: line.code, nameKo: line.nameKo, nameEn: line.nameEn, depth, values: line.values });
      add(sums, line.values);
    }
    return rows;
  };
  const total = zero();
  const rows = rowsUnder(null, 1, total);
  return [{ level: 'total', ...TOTAL, depth: 0, values: total }, ...rows];
}
