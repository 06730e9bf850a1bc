import { drawPanels, finalPassList, interviewGrade, PanelShortage } from './interview-rules';

describe('drawPanels', () => {
  const pool = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];

  it('never seats a member twice in one slot and spreads the work evenly', () => {
    const slots = drawPanels(pool, [2, 2, 1, 2], 3, 'exam-1');
    for (const slot of slots) expect(new Set(slot.flat()).size).toBe(slot.flat().length);
    const served = new Map<string, number>();
    slots.flat(2).forEach((id) => served.set(id, (served.get(id) ?? 0) + 1));
    const counts = [...served.values()];
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(counts.reduce((a, b) => a + b)).toBe(21);
  });

  it('keeps an interviewer off the panel of a candidate they declared a conflict with, and says when nobody is left', () => {
    const free = drawPanels(pool, [2, 1], 3, 'exam-1');
    const barredMember = free[0][1][0];
    const drawn = drawPanels(pool, [2, 1], 3, 'exam-1', (slot, session) =>
      slot === 0 && session === 1 ? new Set([barredMember]) : new Set(),
    );
    expect(drawn[0][1]).not.toContain(barredMember);
    expect(drawn[0].flat()).toHaveLength(new Set(drawn[0].flat()).size);
    expect(() => drawPanels(pool, [1], 3, 'exam-1', () => new Set(pool.slice(0, 5)))).toThrow(PanelShortage);
  });

  it('draws the same panels for the same exam, and other ones for another', () => {
    expect(drawPanels(pool, [2, 1], 3, 'exam-1')).toEqual(drawPanels(pool, [2, 1], 3, 'exam-1'));
    expect(drawPanels(pool, [2, 1], 3, 'exam-1')).not.toEqual(drawPanels(pool, [2, 1], 3, 'exam-2'));
  });
});

describe('interviewGrade', () => {
  const steps = ['job_task_report', 'group_discussion', 'individual_interview'];
  const marks = (list: [string, 'high' | 'mid' | 'low'][]) => list.map(([step, mark]) => ({ step, mark }));

  it('is excellent when a majority marks every step high, poor when a majority marks any step low', () => {
    const allHigh = steps.flatMap((s) =>
      marks([
        [s, 'high'],
        [s, 'high'],
        [s, 'mid'],
      ]),
    );
    expect(interviewGrade(allHigh, 3, steps)).toBe('excellent');
    const oneStepLow = [
      ...allHigh.filter((m) => m.step !== 'group_discussion'),
      ...marks([
        ['group_discussion', 'low'],
        ['group_discussion', 'low'],
        ['group_discussion', 'high'],
      ]),
    ];
    expect(interviewGrade(oneStepLow, 3, steps)).toBe('poor');
    const mixed = [
      ...allHigh.filter((m) => m.step !== 'individual_interview'),
      ...marks([
        ['individual_interview', 'high'],
        ['individual_interview', 'mid'],
        ['individual_interview', 'low'],
      ]),
    ];
    expect(interviewGrade(mixed, 3, steps)).toBe('average');
  });
});

describe('finalPassList', () => {
  const c = (id: string, grade: 'excellent' | 'average' | 'poor' | null, writtenTotal: number | null, examNumber = id) => ({
    id,
    grade,
    writtenTotal,
    highMarks: 0,
    examNumber,
  });

  it('takes the excellent first, then the average by written score, and never the poor or absent', () => {
    const passed = finalPassList(
      [c('a', 'average', 9000), c('b', 'excellent', 7000), c('c', 'poor', 9900), c('d', null, 9800), c('e', 'average', 8000)],
      2,
    );
    expect([...passed].sort()).toEqual(['a', 'b']);
  });

  it('passes everyone tied with the last place', () => {
    const passed = finalPassList([c('a', 'average', 8000), c('b', 'average', 8000), c('c', 'average', 7000)], 1);
    expect([...passed].sort()).toEqual(['a', 'b']);
  });
});
