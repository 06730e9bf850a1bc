import { seoulHrd2022 } from '@baeum/source-data';
import { DEFAULT_CATEGORIES } from '../categories/default-categories';
import { deliveryModes, quartersByBudgetLine, ReportVersion, restructuring, summaryByField, yearOnYear } from '../plans/plan-reports';
import { loadSeoulPlans } from './seoul-plans';

const TENANT = '5e0a0000-0000-4000-8000-000000000001';
const report = seoulHrd2022.work_report;
const table = report.training_plan_summary_by_field;
const loaded = loadSeoulPlans(TENANT);
const categories = DEFAULT_CATEGORIES.map((c, i) => ({ ...c, sortOrder: i }));
const versions: ReportVersion[] = loaded.versions;
const [original2021, changed2021, plan2022] = versions;
const columns = ['plan_2021_original', 'plan_2021_changed', 'plan_2022'] as const;
const printedCell = (figures: { courses: number; sessions: number | null; trainees: number }, eLearning: boolean) => ({
  courses: figures.courses,
  sessions: eLearning ? null : figures.sessions,
  trainees: figures.trainees,
});

describe('the Seoul plans loader', () => {
  it('reproduces every figure of the summary table in all three column groups', () => {
    const summary = summaryByField(versions, loaded.courses, categories);
    expect(summary.versions.map((v) => v.labelKo)).toEqual(['2021년 계획 당초', '2021년 계획 변경', '2022년 계획(안)']);
    expect(summary.total).toEqual(columns.map((c) => table.total[c]));
    const printedSections = [table.general_education, table.e_learning];
    summary.sections.forEach((section, s) => {
      const printed = printedSections[s];
      const eLearning = section.educationType === 'e_learning';
      expect(section.subtotal).toEqual(columns.map((c) => printedCell(printed.subtotal[c], eLearning)));
      expect(section.groups.map((g) => g.code)).toEqual(printed.groups.map((g) => g.id));
      section.groups.forEach((group, g) => {
        const printedGroup = printed.groups[g];
        expect(group.nameKo).toBe(printedGroup.label_ko);
        // The group header prints the 2022 course count, e.g. 기본역량 (15).
        expect(group.cells[2].courses).toBe(printedGroup.header_course_count_2022);
        expect(group.rows.map((r) => r.code)).toEqual(printedGroup.rows.map((r) => r.id));
        group.rows.forEach((row, r) => {
          const printedRow = printedGroup.rows[r] as Record<
            (typeof columns)[number],
            { courses: number; sessions: number | null; trainees: number }
          > & { label_ko: string };
          expect(row.nameKo).toBe(printedRow.label_ko);
          expect(row.cells).toEqual(columns.map((c) => printedCell(printedRow[c], eLearning)));
        });
      });
      // "(126)" and "(264)" over the sections.
      expect(`(${section.subtotal[2].courses})`).toBe(printed.header_course_count_2022_printed);
    });
    const [u] = summary.sections[1].memoLines;
    expect(u.labelKo).toContain('u-지식여행');
    expect(u.values).toEqual(columns.map((c) => ({ sessions: null, trainees: table.u_knowledge_travel[c].trainees })));
    expect(summary.footnotes).toEqual([expect.objectContaining({ values: [null, null, { sessions: 10, trainees: 144 }] })]);
  });

  it('reproduces section 1-3: delivery modes, restructuring and the change against 2021', () => {
    const scale = report.training_scale_2022;
    const modes = deliveryModes([original2021, plan2022], loaded.courses);
    const [y2021, y2022] = modes.rows;
    expect([y2021.faceToFace.courses, y2021.nonFaceToFace.courses, y2021.eLearning.courses]).toEqual([83, 47, 191]);
    expect([y2022.faceToFace, y2022.nonFaceToFace.courses, y2022.nonFaceToFace.trainees]).toEqual([
      { courses: 66, trainees: 5089, share: 17 },
      60,
      18454,
    ]);
    expect([y2022.nonFaceToFace.blendedCohort, y2022.nonFaceToFace.blendedCourse]).toEqual([5, 24]);
    expect([y2022.nonFaceToFace.share, y2022.eLearning.share]).toEqual([15, 68]);
    expect([y2021.generalNonFaceToFaceShare, y2022.generalNonFaceToFaceShare]).toEqual([36, 48]);
    // D5: 83/321 is 25.86%; the source prints 25%. Flagged, not copied.
    expect(y2021.faceToFace.share).toBe(26);
    expect(modes.notes).toEqual([expect.objectContaining({ ref: 'D5', ko: expect.stringContaining('25%') })]);

    const [, r2022] = restructuring([original2021, plan2022], loaded.courses).rows;
    // The source's note on its own classification (1-3) goes with its plans only, and is English in English.
    const restructured = restructuring([original2021, plan2022], loaded.courses);
    expect(restructured.notes).toEqual([
      expect.objectContaining({ ko: expect.stringContaining('125개'), en: expect.stringContaining('125 of 126') }),
    ]);
    expect(restructured.notes[0].en).not.toMatch(/[가-힣]/);
    const ownPlan: ReportVersion = { ...plan2022, id: 'own', sourceFigures: null, memoLines: [] };
    expect(restructuring([ownPlan], loaded.courses).notes).toEqual([]);
    expect(
      summaryByField([ownPlan], loaded.courses, categories)
        .notes.map((n) => n.en)
        .join(' '),
    ).not.toMatch(/[가-힣]/);
    expect(r2022.general).toEqual({ new: 12, improved: 97, merged: 16, continued: 1, total: 126 });
    expect(r2022.eLearning).toEqual({ new: 74, improved: 22, merged: 1, continued: 167, total: 264 });
    expect([r2022.total.new, r2022.total.improved, r2022.total.merged]).toEqual([86, 119, 17]);

    const change = yearOnYear(plan2022, original2021, changed2021, loaded.courses);
    expect(change.rows.map((r) => r.change)).toEqual([
      { courses: scale.total.change_vs_prior_year_courses, trainees: scale.total.change_vs_prior_year_trainees },
      { courses: scale.general_education.change_courses, trainees: scale.general_education.change_trainees },
      { courses: scale.e_learning.change_courses, trainees: scale.e_learning.change_trainees },
    ]);
    expect(change.rows[0].changeAgainstOther).toEqual({ courses: 74, trainees: 100128 });
    expect(change.notes.map((n) => n.ref)).toEqual([null, 'D7']);
    // Against the changed plan the source's figures do not come out, and the report says which basis it used.
    expect(yearOnYear(plan2022, changed2021, null, loaded.courses).notes[0].ko).toContain('당초');
  });

  it('reproduces the 2022 quarterly plans of the programs and flags the e-learning quarters (D1)', () => {
    const quarters = quartersByBudgetLine(plan2022, loaded.courses);
    const line = (code: string) => quarters.rows.find((r) => r.budgetLineCode === code)!;
    expect(line('NEWCOMER')).toMatchObject({ courses: 1, sessions: [4, 5, 2, 8], trainees: [1542, 1722, 654, 3282] });
    expect(line('CORE-VALUES')).toMatchObject({ sessions: [0, 8, 10, 7], trainees: [0, 400, 500, 350] });
    expect(line('FUTURE-TALENT-6')).toMatchObject({ sessions: [1, 0, 1, 0], trainees: [75, 0, 75, 0] });
    expect(line('ICT')).toMatchObject({ courses: 56, sessions: [15, 53, 32, 44], trainees: [222, 826, 507, 694] });
    expect(line('RETIREMENT-PLANNING')).toMatchObject({ courses: 2, sessions: [2, 3, 4, 1], trainees: [165, 316, 405, 100] });
    expect(line('ASSESSMENT-PREP')).toMatchObject({ courses: 2, sessions: [7, 0, 7, 0], trainees: [350, 0, 350, 0] });
    // 재직자 교육과정 운영 = 2-3 + 2-5.
    expect(line('INCUMBENT')).toMatchObject({ courses: 63, sessions: [35, 64, 53, 44], trainees: [2223, 3540, 3000, 2245] });
    expect(line('ELEARNING').trainees.reduce((a, b) => a + b)).toBe(360230);
    expect(quarters.notes).toEqual([expect.objectContaining({ ref: 'D1' })]);
  });

  it("breaks 2-6's line down into its two programmes, each with the source's own cells, against the cohorts held", () => {
    type Cell = { sessions: number; trainees: number };
    const rows = report.programs.find((p) => p.id === '2-6')!.quarterly_plan!.rows as {
      component: string;
      q1: Cell;
      q2: Cell;
      q3: Cell;
      q4: Cell;
    }[];
    const cells = (component: string) => {
      const row = rows.find((r) => r.component === component)!;
      const quarters = [row.q1, row.q2, row.q3, row.q4];
      return { sessions: quarters.map((q) => q.sessions), trainees: quarters.map((q) => q.trainees) };
    };
    const byCode = (code: string) => loaded.courses.find((c) => c.fiscalYear === 2022 && c.code === code)!;
    const held = [
      { courseId: byCode('RETIRE-FUTURE').id, quarter: 1, cohorts: 2, confirmed: 250, estimatedCost: 227_535_000 },
      { courseId: byCode('RETIRE-SECOND').id, quarter: 2, cohorts: 1, confirmed: 38, estimatedCost: 8_546_000 },
    ];
    const line = quartersByBudgetLine(plan2022, loaded.courses, held).rows.find((r) => r.budgetLineCode === 'RETIREMENT-PLANNING')!;
    expect(line.programmes.map((p) => [p.code, p.nameKo, { sessions: p.sessions, trainees: p.trainees }])).toEqual([
      ['RETIRE-FUTURE', '행복한 미래설계 과정', cells('happy_future_design')],
      ['RETIRE-SECOND', '인생이모작 준비 과정', cells('second_career_prep')],
    ]);
    expect(line.programmes.map((p) => p.held)).toEqual([
      { cohorts: [0, 2, 0, 0], trainees: [0, 250, 0, 0], estimatedCost: [0, 227_535_000, 0, 0] },
      { cohorts: [0, 0, 1, 0], trainees: [0, 0, 38, 0], estimatedCost: [0, 0, 8_546_000, 0] },
    ]);
    // The line adds its programmes up, their estimated cost (the booked budget) included.
    expect(line.held).toEqual({ cohorts: [0, 2, 1, 0], trainees: [0, 250, 38, 0], estimatedCost: [0, 227_535_000, 8_546_000, 0] });
    // Lines with generated courses stay whole; 4-3's preparatory course is planned per grade as well.
    const all = quartersByBudgetLine(plan2022, loaded.courses).rows;
    expect(all.filter((r) => r.programmes.length > 0).map((r) => r.budgetLineCode)).toEqual(['ASSESSMENT-PREP', 'RETIREMENT-PLANNING']);
    expect(all.every((r) => r.held.cohorts.every((n) => n === 0))).toBe(true);
  });

  it("keeps 2-7's international courses per quarter beside the lines, out of the totals as printed", () => {
    type Row = { metric: string; total: number; q1: number; q2: number; q3: number; q4: number };
    const rows = (report.programs.find((p) => p.id === '2-7') as unknown as { quarterly_plan: { rows: Row[] } }).quarterly_plan.rows;
    const printed = (metric: string) => rows.find((r) => r.metric === metric)!;
    const quarters = quartersByBudgetLine(plan2022, loaded.courses);
    expect(quarters.apart).toEqual([
      {
        labelKo: '외국공무원 대상 국제연수 운영 (별도 통계, 합계 제외)',
        labelEn: 'International training for foreign officials (counted separately, not in the totals)',
        sessions: ['q1', 'q2', 'q3', 'q4'].map((q) => printed('sessions')[q as 'q1']),
        trainees: ['q1', 'q2', 'q3', 'q4'].map((q) => printed('trainees')[q as 'q1']),
        // 예산집행 계획 is printed in thousands of won.
        budget: ['q1', 'q2', 'q3', 'q4'].map((q) => printed('budget_thousand_krw')[q as 'q1'] * 1000),
        categoryCode: 'international_training',
        booked: null,
      },
    ]);
    // What the courses under that category held, beside the plan, once there are any.
    const held = { cohorts: [0, 1, 0, 2], trainees: [0, 12, 0, 30], estimatedCost: [0, 40_000_000, 0, 61_500_000] };
    expect(quartersByBudgetLine(plan2022, loaded.courses, [], new Map([['international_training', held]])).apart[0].booked).toEqual(held);
    expect(quarters.apart[0].sessions.reduce((a, b) => a + b, 0)).toBe(printed('sessions').total); // 10회
    expect(quarters.apart[0].trainees.reduce((a, b) => a + b, 0)).toBe(printed('trainees').total); // 144명
    expect(quarters.apart[0].budget!.reduce((a, b) => a + b, 0)).toBe(264_467_000); // 264,467천원
    // The 2021 plans have no such table.
    expect(
      quartersByBudgetLine(
        loaded.versions.find((v) => v.fiscalYear === 2021)!,
        loaded.courses,
      ).apart,
    ).toEqual([]);
  });

  it('marks generated courses, keeps the demo ids and codes, and links merged courses to the ones they replace', () => {
    const byCode = (year: number, code: string) => loaded.courses.find((c) => c.fiscalYear === year && c.code === code)!;
    expect(byCode(2022, 'NEWCOMER').id).toBe('c0a00000-0000-4000-8000-000000000201');
    expect(byCode(2022, 'FUTURE-TALENT-6').id).toBe('c0a00000-0000-4000-8000-000000000202');
    expect(byCode(2022, 'LEADERSHIP')).toMatchObject({
      id: 'c0a00000-0000-4000-8000-000000000203',
      budgetLineCode: 'INCUMBENT',
      generated: false,
    });
    expect(byCode(2022, 'CORE-VALUES').id).toBe('c0a00000-0000-4000-8000-000000000204');
    expect(byCode(2022, 'ICT').id).toBe('c0a00000-0000-4000-8000-000000000302');
    expect(loaded.courses.filter((c) => c.fiscalYear === 2022)).toHaveLength(390);
    expect(loaded.courses.filter((c) => c.fiscalYear === 2021)).toHaveLength(321);
    const generated2022 = loaded.courses.filter((c) => c.fiscalYear === 2022 && c.generated);
    expect(generated2022.every((c) => c.sourceNote?.includes('생성'))).toBe(true);
    expect(generated2022.length).toBeGreaterThan(300);
    const merged = loaded.courses.filter((c) => c.yearStatus === 'merged');
    const ids2021 = new Set(loaded.courses.filter((c) => c.fiscalYear === 2021).map((c) => c.id));
    expect(merged.every((c) => c.replacesCourseId && ids2021.has(c.replacesCourseId))).toBe(true);
    expect(new Set(merged.map((c) => c.replacesCourseId)).size).toBe(merged.length);
    expect(new Set(loaded.courses.map((c) => c.id)).size).toBe(loaded.courses.length);
    expect(loaded.courses.filter((c) => c.fiscalYear === 2022 && c.openToOtherProvinces)).toHaveLength(
      report.programs.find((p) => p.id === '2-5')!.open_to_other_local_governments!.courses_after,
    );
    // Same data on every run.
    expect(loadSeoulPlans(TENANT)).toEqual(loaded);
  });
});
