import { DEFAULT_CATEGORIES } from '../categories/default-categories';
import { parsePlanSheet, planSheetHeader, planTemplateRows } from './plan-sheet';

const context = {
  fiscalYear: 2023,
  categories: DEFAULT_CATEGORIES,
  existing: new Map(),
  earlier: new Map([['OLD-COURSE', { id: 'c0a00000-0000-4000-8000-00000000aaaa', fiscalYear: 2022 }]]),
};
const header = planSheetHeader();
const row = (overrides: Record<number, string> = {}) => {
  const cells = planTemplateRows()[1].map((c) => String(c ?? ''));
  for (const [i, v] of Object.entries(overrides)) cells[Number(i)] = v;
  return cells;
};

describe('parsePlanSheet', () => {
  it('reads the template, by Korean names or codes, e-learning sessions as 상시', () => {
    const parsed = parsePlanSheet(
      planTemplateRows().map((r) => r.map((c) => String(c ?? ''))),
      context,
    );
    expect(parsed).toEqual({
      rows: [
        expect.objectContaining({ line: 2, sessions: [1, 2, 1, 0], trainees: [25, 50, 25, 0] }),
        expect.objectContaining({ line: 3, sessions: [0, 0, 0, 0], trainees: [500, 500, 500, 500] }),
      ],
    });
    if ('rows' in parsed)
      expect(parsed.rows[0].course).toMatchObject({
        code: 'IT-AI-DOCS',
        educationType: 'general',
        fieldCode: 'job_competency',
        subfieldCode: 'it',
        deliveryMode: 'face_to_face',
        yearStatus: 'new',
      });
  });

  it('names every bad row by its line and reason, and returns no rows at all then', () => {
    const parsed = parsePlanSheet(
      [
        header,
        row(),
        [],
        row({ 0: 'IT-AI-DOCS' }),
        row({ 0: 'OTHER', 4: '없는 분야', 11: '1.5', 12: '-3' }),
        row({ 0: 'MERGED', 9: '통합·대체', 10: 'OLD-COURSE' }),
        row({ 0: 'MERGED-2', 9: '통합·대체' }),
      ],
      context,
    );
    expect('errors' in parsed && parsed.errors.map((e) => e.line)).toEqual([4, 5, 7]);
    if ('errors' in parsed) {
      expect(parsed.errors[0].messages[0]).toContain('2행과 중복');
      expect(parsed.errors[0].problems).toEqual([
        { line: 4, field: 'code', code: 'PLAN_IMPORT.DUPLICATE_CODE', params: { code: 'IT-AI-DOCS', firstLine: 2 } },
      ]);
      expect(parsed.errors[1].messages).toHaveLength(3);
      // Each reason has its code, and the column it concerns.
      expect(parsed.errors[1].problems.map((p) => [p.field, p.code])).toEqual([
        ['field', 'COURSE.FIELD_UNKNOWN'],
        ['q1Sessions', 'VALIDATION.INTEGER'],
        ['q1Trainees', 'VALIDATION.INTEGER'],
      ]);
      expect(parsed.errors[2].messages[0]).toContain('replaces');
      expect(parsed.errors[2].problems).toEqual([{ line: 7, field: 'replacesCode', code: 'COURSE.REPLACED_COURSE_REQUIRED' }]);
    }
  });

  it('reports a budget line finance does not have on the row that names it, by its column and code (finding 9)', () => {
    const budgetLines = { fiscalYear: 2023, codes: new Set(['ICT', 'ELEARNING']) };
    const parsed = parsePlanSheet([header, row(), row({ 0: 'NO-LINE', 8: 'no-such-line' })], { ...context, budgetLines });
    expect('errors' in parsed && parsed.errors).toEqual([
      {
        line: 3,
        messages: [expect.stringContaining('NO-SUCH-LINE')],
        problems: [
          {
            line: 3,
            field: 'budgetLineCode',
            code: 'PLAN_IMPORT.BUDGET_LINE_UNKNOWN',
            params: { budgetLineCode: 'NO-SUCH-LINE', fiscalYear: 2023 },
          },
        ],
      },
    ]);
    // Among the row's other reasons, not instead of them; and an empty code names no line.
    const both = parsePlanSheet([header, row({ 4: '없는 분야', 8: 'NO-SUCH-LINE' }), row({ 0: 'NO-LINE', 8: '' })], {
      ...context,
      budgetLines,
    });
    expect('errors' in both && both.errors.map((e) => [e.line, e.problems.map((p) => p.code)])).toEqual([
      [2, ['COURSE.FIELD_UNKNOWN', 'PLAN_IMPORT.BUDGET_LINE_UNKNOWN']],
    ]);
  });

  it('refuses a file without the needed columns', () => {
    expect(parsePlanSheet([['과정코드', '과정명']], context)).toEqual({
      errors: [
        {
          line: 1,
          messages: [expect.stringContaining('필수 열')],
          problems: [{ line: 1, code: 'PLAN_IMPORT.MISSING_COLUMNS', params: { columns: expect.arrayContaining(['교육구분', '분야']) } }],
        },
      ],
    });
  });

  it('reports a NUL, bytes that were not UTF-8 and a number like 1e999 on their row and column, and reads the other rows on', () => {
    const parsed = parsePlanSheet(
      [header, row({ 0: 'A-1', 1: '이름\u0000' }), row({ 0: 'A-2', 2: 'bad \uFFFD text' }), row({ 0: 'A-3', 12: '1e999' })],
      context,
    );
    expect('errors' in parsed && parsed.errors.map((e) => [e.line, e.problems.map((p) => [p.field, p.code])])).toEqual([
      [2, [['nameKo', 'VALIDATION.CONTROL_CHARACTER']]],
      [3, [['nameEn', 'VALIDATION.ENCODING']]],
      [4, [['q1Trainees', 'VALIDATION.INTEGER']]],
    ]);
  });
});
