import type { CourseStatus, DeliveryMode, PlanVersionKind } from '@baeum/contracts';
import { seoulHrd2022, SeoulBudgetLineCodes, SeoulProgrammeCourseCodes } from '@baeum/source-data';
import { DEFAULT_CATEGORIES } from '../categories/default-categories';
import type { Course, EducationType } from '../courses/course.entity';
import type { ReportVersion } from '../plans/plan-reports';
import type { MemoLine, PlanVersionStatus, SourceFigures } from '../plans/plan-version.entity';
import { apportion, apportionAbove, fitMatrix, pickSubset, seededRandom } from '../shared/apportion';
import { stableId } from '../shared/stable-id';

/**
 * The Seoul center's 2021 original, 2021 changed and 2022 plans, built from the report. The
 * report gives totals per category (교육훈련계획 분야별 총괄표) and names only some courses with
 * their figures (sections 2-1 to 4-3); the rest are generated, marked `generated`, and sized so
 * that every printed figure comes out exactly: each row of the summary table, the 2022 quarterly
 * plans of the programs, the delivery-mode split and the restructuring counts of section 1-3.
 */

export type LoadedCourse = Omit<Course, 'createdAt' | 'updatedAt'>;
export interface LoadedLine {
  courseId: string;
  sessions: number[];
  trainees: number[];
}
export type LoadedVersion = ReportVersion;
export interface LoadedPlans {
  courses: LoadedCourse[];
  versions: LoadedVersion[];
}

type Column = 'plan_2021_original' | 'plan_2021_changed' | 'plan_2022';
interface Figures {
  courses: number;
  sessions: number | null;
  trainees: number;
}
interface SourceRow {
  educationType: EducationType;
  fieldCode: string;
  subfieldCode: string;
  figures: Record<Column, Figures>;
}

const report = seoulHrd2022.work_report;
const table = report.training_plan_summary_by_field;

/** The rows of the summary table, in printed order. */
export function summaryTableRows(): SourceRow[] {
  const sections = [
    ['general', table.general_education],
    ['e_learning', table.e_learning],
  ] as const;
  return sections.flatMap(([educationType, section]) =>
    (section.groups as { id: string; rows: (Record<Column, Figures> & { id: string })[] }[]).flatMap((group) =>
      group.rows.map((row) => ({
        educationType,
        fieldCode: group.id,
        subfieldCode: row.id,
        figures: { plan_2021_original: row.plan_2021_original, plan_2021_changed: row.plan_2021_changed, plan_2022: row.plan_2022 },
      })),
    ),
  );
}

/** A course being built: its 2022 figures per quarter, or none for the 2021-only ones. */
interface Draft {
  code: string;
  nameKo: string;
  nameEn: string;
  educationType: EducationType;
  subfieldCode: string;
  hours: number;
  generated: boolean;
  sourceNote: string | null;
  budgetLineCode: string;
  targetGrades: number[];
  targetPositions: string[];
  openToOtherProvinces: boolean;
  completionRequiresAssessment?: boolean;
  fixedId?: string;
  status?: CourseStatus;
  /** The status is printed or implied for this course; the assignment keeps it. */
  statusFixed?: boolean;
  mode?: DeliveryMode;
  replacesCode?: string;
  sessions: number[];
  trainees: number[];
}

type Named = Partial<Draft> & Pick<Draft, 'code' | 'nameKo' | 'nameEn'>;

const L = SeoulBudgetLineCodes;
const fieldOf = new Map(DEFAULT_CATEGORIES.filter((c) => c.kind === 'subfield').map((c) => [c.code, c.parentCode!]));
const QUARTERS = [0, 1, 2, 3];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Generated course names say what they are: "직무전문 교육과정 07", "e-IT 과정 12". */
const GENERATED_NAMES: Record<string, [string, string, string]> = {
  core_values: ['CV', '핵심가치', 'Core values'],
  humanities: ['HUM', '인문소양', 'Humanities'],
  new_appointment: ['NEW', '신규임용', 'New appointees'],
  position: ['POS', '직위별 리더십', 'Leadership by position'],
  grade: ['GRD', '직급별 리더십', 'Leadership by grade'],
  common: ['COM', '직무공통', 'Common job skills'],
  specialized: ['SPC', '직무전문', 'Specialist'],
  it: ['IT', 'IT', 'IT'],
  practical_officers: ['PRO', '실무관', 'Field staff'],
  certification: ['CERT', '자격증', 'Certificate'],
  foreign_language: ['LANG', '외국어', 'Language'],
};

const GENERATED_NOTE =
  '원문에 과정명이 없어 분야별 합계에 맞추어 생성한 과정 / generated to match the category totals; the source does not name it';

class Generator {
  private readonly counters = new Map<string, number>();
  constructor(readonly random: () => number) {}

  weight(): number {
    return 0.5 + this.random();
  }

  draft(educationType: EducationType, subfieldCode: string, budgetLineCode: string, note = GENERATED_NOTE): Draft {
    const key = `${educationType}/${subfieldCode}`;
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    const [prefix, ko, en] = GENERATED_NAMES[subfieldCode];
    const nn = String(n).padStart(3, '0');
    const elearning = educationType === 'e_learning';
    return {
      code: `${elearning ? 'EL-' : ''}${prefix}-${nn}`,
      nameKo: elearning ? `e-${ko} 과정 ${nn}` : `${ko} 교육과정 ${nn}`,
      nameEn: elearning ? `E-learning: ${en} course ${nn}` : `${en} course ${nn}`,
      educationType,
      subfieldCode,
      hours: elearning ? 2 + Math.floor(this.random() * 19) : 7 * (1 + Math.floor(this.random() * 5)),
      generated: true,
      sourceNote: note,
      budgetLineCode,
      targetGrades: [],
      targetPositions: [],
      openToOtherProvinces: false,
      sessions: [0, 0, 0, 0],
      trainees: [0, 0, 0, 0],
    };
  }
}

function namedDraft(educationType: EducationType, subfieldCode: string, budgetLineCode: string, named: Named, note: string): Draft {
  return {
    educationType,
    subfieldCode,
    budgetLineCode,
    hours: 21,
    generated: false,
    sourceNote: note,
    targetGrades: [],
    targetPositions: [],
    openToOtherProvinces: false,
    sessions: [0, 0, 0, 0],
    trainees: [0, 0, 0, 0],
    ...named,
  };
}

interface ProgramRow {
  subfieldCode: string;
  sessions: number;
  trainees: number;
  count: number;
  named: Named[];
}

/**
 * A program of several courses (2-3, 2-5, 3-2): its quarterly totals and its share of each
 * summary-table row are printed; the courses' own figures are split from them so that both the
 * rows and the quarters add up.
 */
function programCourses(
  gen: Generator,
  program: { note: string; budgetLineCode: string; sessions: number[]; trainees: number[] },
  rows: ProgramRow[],
): Draft[] {
  const ordered = [...rows].sort((a, b) => a.sessions - b.sessions);
  const sessions = fitMatrix(
    ordered.map((r) => r.sessions),
    program.sessions,
  );
  // At least one trainee per session; the rest where the row runs sessions.
  const extra = fitMatrix(
    ordered.map((r) => r.trainees - r.sessions),
    program.trainees.map((t, q) => t - sum(sessions.map((row) => row[q]))),
    (r, q) => sessions[r][q] > 0,
  );
  return ordered.flatMap((row, r) => {
    const drafts = [
      ...row.named.map((named) => namedDraft('general', row.subfieldCode, program.budgetLineCode, named, program.note)),
      ...Array.from({ length: row.count - row.named.length }, () =>
        gen.draft('general', row.subfieldCode, program.budgetLineCode, `${GENERATED_NOTE} — ${program.note}`),
      ),
    ];
    const weights = drafts.map(() => gen.weight());
    const totals = apportionAbove(
      row.sessions,
      weights,
      drafts.map(() => 1),
    );
    // Each course takes the next of the row's sessions in quarter order: a course runs in a stretch of the year.
    const queue = QUARTERS.flatMap((q) => Array<number>(sessions[r][q]).fill(q));
    drafts.forEach((draft, i) => queue.splice(0, totals[i]).forEach((q) => draft.sessions[q]++));
    for (const q of QUARTERS) {
      const running = drafts.filter((d) => d.sessions[q] > 0);
      const split = apportionAbove(
        sessions[r][q] + extra[r][q],
        running.map((d) => d.sessions[q] * weights[drafts.indexOf(d)]),
        running.map((d) => d.sessions[q]),
      );
      running.forEach((d, i) => (d.trainees[q] = split[i]));
    }
    return drafts;
  });
}

const programById = new Map((report.programs as { id: string }[]).map((p) => [p.id, p as unknown as Record<string, unknown>]));

interface QuarterRow {
  metric: string;
  component?: string;
  q1: number | { sessions: number; trainees: number } | null;
  q2: number | { sessions: number; trainees: number } | null;
  q3: number | { sessions: number; trainees: number } | null;
  q4: number | { sessions: number; trainees: number } | null;
}
/** A program's quarterly table; `4-3-prep` is the preparatory course inside 4-3. */
const quarterRows = (id: string): QuarterRow[] => {
  const program = id === '4-3-prep' ? (programById.get('4-3')!.preparatory_course as Record<string, unknown>) : programById.get(id)!;
  return (program.quarterly_plan as { rows: QuarterRow[] }).rows;
};
const quarterly = (id: string, metric: 'sessions' | 'trainees'): number[] => {
  const row = quarterRows(id).find((r) => r.metric === metric)!;
  return [row.q1, row.q2, row.q3, row.q4].map((x) => (typeof x === 'number' ? x : 0));
};
const componentQuarters = (id: string, component: string | number, metric: 'sessions' | 'trainees'): number[] => {
  const row = quarterRows(id).find(
    (r) => r.metric === 'sessions_and_trainees' && (r.component === component || (r as { grade?: number }).grade === component),
  )!;
  return [row.q1, row.q2, row.q3, row.q4].map((x) => (x && typeof x === 'object' ? x[metric] : 0));
};

/** The 126 general courses of 2022, program by program. */
function general2022(gen: Generator): Draft[] {
  const single = (
    subfieldCode: string,
    budgetLineCode: string,
    named: Named,
    programId: string,
    note: string,
    component?: string | number,
  ) =>
    namedDraft(
      'general',
      subfieldCode,
      budgetLineCode,
      {
        ...named,
        sessions: component === undefined ? quarterly(programId, 'sessions') : componentQuarters(programId, component, 'sessions'),
        trainees: component === undefined ? quarterly(programId, 'trainees') : componentQuarters(programId, component, 'trainees'),
      },
      note,
    );
  const leadershipNote =
    '2-3 직위·직급별 리더십 교육 (7개 과정 39회 1,963명) — 과정별 횟수·인원은 합계와 분기 계획을 나누어 생성 / 2-3; per-course figures split from its totals and quarters';
  return [
    single(
      'new_appointment',
      L.newcomer_course,
      {
        code: 'NEWCOMER',
        fixedId: 'c0a00000-0000-4000-8000-000000000201',
        nameKo: '신임자 교육과정',
        nameEn: 'Newcomer training course',
        mode: 'blended_course',
        hours: 105,
        status: 'improved',
        statusFixed: true,
      },
      '2-1',
      '2-1 신임자 교육과정 운영: 19회 7,200명 (심화 3주 10회, 기본 1주 9회); 시간은 하루 7시간으로 환산 / 2-1; hours at 7 a day',
    ),
    single(
      'position',
      L.grade6_future_talent_course,
      {
        code: 'FUTURE-TALENT-6',
        fixedId: 'c0a00000-0000-4000-8000-000000000202',
        nameKo: '6급 미래인재 양성과정',
        nameEn: 'Grade-6 future talent development course',
        targetGrades: [6],
        hours: 840,
        status: 'improved',
        statusFixed: true,
        completionRequiresAssessment: true,
      },
      '2-2',
      '2-2 6급 미래인재 양성과정 (6개월, 2기 150명); 분기는 기수 시작일로 추정(1기 1분기, 2기 3분기) / quarters inferred from the cohort start dates',
    ),
    ...programCourses(
      gen,
      {
        note: leadershipNote,
        budgetLineCode: L.incumbent_training_courses,
        sessions: quarterly('2-3', 'sessions'),
        trainees: quarterly('2-3', 'trainees'),
      },
      [
        {
          subfieldCode: 'position',
          sessions: 29,
          trainees: 1130,
          count: 4,
          named: [
            {
              code: 'LEADERSHIP',
              fixedId: 'c0a00000-0000-4000-8000-000000000203',
              nameKo: '직위별 리더십: 과장',
              nameEn: 'Leadership by position: division heads',
              targetPositions: ['과장'],
              status: 'improved',
              statusFixed: true,
            },
            {
              code: 'LEAD-TEAM',
              nameKo: '직위별 리더십: 팀장',
              nameEn: 'Leadership by position: team leaders',
              targetPositions: ['팀장'],
              status: 'improved',
              statusFixed: true,
            },
            {
              code: 'LEAD-PERF-6',
              nameKo: '성과 리더십 (6급)',
              nameEn: 'Performance leadership (grade 6)',
              targetGrades: [6],
              status: 'improved',
              statusFixed: true,
            },
            {
              code: 'LEAD-PRACTICAL',
              nameKo: '실무 리더십 (7급 이하)',
              nameEn: 'Practical leadership (grade 7 and below)',
              targetGrades: [7, 8, 9],
              status: 'improved',
              statusFixed: true,
            },
          ],
        },
        {
          subfieldCode: 'grade',
          sessions: 10,
          trainees: 833,
          count: 3,
          named: [4, 5, 6].map((g) => ({
            code: `PROMOTEE-${g}`,
            nameKo: `${g}급 승진자 과정`,
            nameEn: `Grade-${g} promotee course`,
            targetGrades: [g],
            status: 'improved' as const,
            statusFixed: true,
          })),
        },
      ],
    ),
    single(
      'core_values',
      L.city_philosophy_special_training,
      {
        code: 'CORE-VALUES',
        fixedId: 'c0a00000-0000-4000-8000-000000000204',
        nameKo: '핵심가치 교육과정',
        nameEn: 'Core values course',
        hours: 7,
        mode: 'face_to_face',
      },
      '2-4',
      '2-4 핵심가치 교육과정: 25회 1,250명 (회당 50명), 1일 7시간 / 2-4: 25 sessions of 50, one 7-hour day',
    ),
    ...programCourses(
      gen,
      {
        note:
          '2-5 시정성과 창출을 위한 직무전문교육 (55개 과정 157회 9,045명); 총괄표와 맞추면 신규임용 나머지 3개 과정(5회 130명)을 더해 56개 과정이 ' +
          '되어 원문보다 1개 많음 / with the 3 remaining new-appointee courses the table needs, 56 courses: ' +
          'one more than 2-5 prints',
        budgetLineCode: L.incumbent_training_courses,
        sessions: quarterly('2-5', 'sessions'),
        trainees: quarterly('2-5', 'trainees'),
      },
      [
        {
          subfieldCode: 'core_values',
          sessions: 25,
          trainees: 1730,
          count: 6,
          named: [
            { code: 'INTEGRITY', nameKo: '청렴', nameEn: 'Integrity' },
            { code: 'CITIZEN-PARTICIPATION', nameKo: '시민참여정책의 행정적용', nameEn: 'Applying citizen-participation policy' },
            {
              code: 'INTEGRITY-FUNDED',
              nameKo: '투자출연기관청렴',
              nameEn: 'Integrity in city-funded institutions',
              status: 'new',
              statusFixed: true,
            },
          ],
        },
        {
          subfieldCode: 'humanities',
          sessions: 10,
          trainees: 780,
          count: 2,
          named: [
            {
              code: 'HUMANITIES-TECH',
              nameKo: '인문기술융합적사고력향상',
              nameEn: 'Thinking across humanities and technology',
              status: 'new',
              statusFixed: true,
            },
          ],
        },
        { subfieldCode: 'new_appointment', sessions: 5, trainees: 130, count: 3, named: [] },
        {
          subfieldCode: 'practical_officers',
          sessions: 12,
          trainees: 2000,
          count: 3,
          named: [
            { code: 'FIELD-SAFETY', nameKo: '실무관 산업안전 및 보건교육', nameEn: 'Occupational safety and health for field staff' },
          ],
        },
        {
          subfieldCode: 'common',
          sessions: 31,
          trainees: 895,
          count: 9,
          named: [
            { code: 'REPORT-WRITING', nameKo: '유형별 보고서작성방법', nameEn: 'Writing reports by type' },
            { code: 'CONFLICT-MEDIATION', nameKo: '갈등관리 조정', nameEn: 'Conflict management and mediation' },
            { code: 'PR-PRACTICE', nameKo: '소통·홍보실무', nameEn: 'Communication and public relations' },
            {
              code: 'CITIZEN-CONFLICT',
              nameKo: '시민참여형갈등조정관리이해',
              nameEn: 'Citizen-participatory conflict mediation',
              status: 'new',
              statusFixed: true,
            },
          ],
        },
        {
          subfieldCode: 'specialized',
          sessions: 74,
          trainees: 3510,
          count: 33,
          named: [
            ['URBAN-PLANNING', '균형발전을 위한 서울 도시계획정책', 'Seoul urban planning for balanced development'],
            ['HOUSING-POLICY', '주거사다리 복원을 위한 서울주택정책', 'Seoul housing policy for the housing ladder'],
            ['ECONOMY-PLANNING', '혁신성장을 위한 서울경제 기획', 'Planning the Seoul economy for innovative growth'],
            ['WELFARE-PLANNING', '안심복지를 위한 서울복지정책 기획', 'Planning Seoul welfare policy for secure welfare'],
            [
              'CLIMATE-TRANSPORT',
              '스마트에코도시를 위한 기후변화․서울교통정책 기획',
              'Climate change and Seoul transport policy for a smart eco-city',
            ],
          ].map(([code, nameKo, nameEn]) => ({ code, nameKo, nameEn, openToOtherProvinces: true })),
        },
      ],
    ),
    single(
      'humanities',
      L.post_retirement_life_planning,
      {
        code: SeoulProgrammeCourseCodes.happy_future_design,
        nameKo: '행복한 미래설계 과정',
        nameEn: 'Happy Future Design course',
        hours: 70,
        status: 'improved',
        statusFixed: true,
      },
      '2-6',
      '2-6 퇴직 예정 공무원 제2인생 설계: 행복한 미래설계 6회 826명 (2주) / 2-6',
      'happy_future_design',
    ),
    single(
      'humanities',
      L.post_retirement_life_planning,
      {
        code: SeoulProgrammeCourseCodes.second_career_prep,
        nameKo: '인생이모작 준비 과정',
        nameEn: 'Second-career preparation course',
        hours: 28,
        status: 'improved',
        statusFixed: true,
      },
      '2-6',
      '2-6 퇴직 예정 공무원 제2인생 설계: 인생이모작 준비 4회 160명 (4일) / 2-6',
      'second_career_prep',
    ),
    ...programCourses(
      gen,
      {
        note: '3-2 미래역량 강화를 위한 정보통신 집합교육 (56개 과정 144회 2,249명)',
        budgetLineCode: L.it_specialist_training,
        sessions: quarterly('3-2', 'sessions'),
        trainees: quarterly('3-2', 'trainees'),
      },
      [
        {
          subfieldCode: 'it',
          sessions: 144,
          trainees: 2249,
          count: 56,
          named: [
            ['ICT', '메타버스를 활용한 가상오피스 구현', 'A virtual office in the metaverse', 'c0a00000-0000-4000-8000-000000000302'],
            ['IT-AI-BLOCKS', '블록코딩으로 쉽게 배우는 인공지능', 'AI made easy with block coding'],
            ['IT-IOT-BLOCKS', '블록코딩으로 쉽게 배우는 사물인터넷', 'The Internet of Things made easy with block coding'],
            ['IT-R-STATS', 'R통계분석', 'Statistics with R'],
            ['IT-CLOUD', '스마트워크를 위한 클라우드 활용', 'The cloud for smart work'],
            ['IT-SMART-DEVICES', '스마트기기의 활용', 'Using smart devices'],
            ['IT-SECURITY', 'PC와 스마트폰 정보지키기', 'Protecting data on PCs and smartphones'],
            ['IT-POWERPOINT', '파워포인트 활용', 'PowerPoint at work'],
            ['IT-EXCEL', '업무에 바로 쓰는 엑셀', 'Excel for everyday work'],
            ['IT-REPORT-DESIGN', '보고서 꾸미기 스킬', 'Designing reports'],
          ].map(([code, nameKo, nameEn, fixedId]) => ({ code, nameKo, nameEn, fixedId })),
        },
      ],
    ),
    single(
      'position',
      L.competency_assessment_prep_course,
      {
        code: 'ASSESS-PREP-4',
        nameKo: '역량평가 이해과정 (4급 승진대상자)',
        nameEn: 'Competency assessment preparation (grade-4 candidates)',
        targetGrades: [5],
        hours: 14,
      },
      '4-3-prep',
      '4-3 역량평가 이해과정: 4급 연 4회 100명 / 4-3',
      4,
    ),
    single(
      'position',
      L.competency_assessment_prep_course,
      {
        code: 'ASSESS-PREP-5',
        nameKo: '역량평가 이해과정 (5급 승진대상자)',
        nameEn: 'Competency assessment preparation (grade-5 candidates)',
        targetGrades: [6],
        hours: 14,
      },
      '4-3-prep',
      '4-3 역량평가 이해과정: 5급 연 10회 600명 / 4-3',
      5,
    ),
  ];
}

/** The 264 e-learning courses of 2022: trainees only, always open (상시). */
function eLearning2022(gen: Generator, rows: SourceRow[]): Draft[] {
  const named: Record<string, Named[]> = {
    humanities: [
      {
        code: 'EL-SECOND-CAREER',
        nameKo: '인생이모작 (자기계발)',
        nameEn: 'Second career (self-development)',
        status: 'new',
        statusFixed: true,
      },
    ],
    common: [
      {
        code: 'EL-MZ-PROJECT',
        nameKo: 'e-짬바 넘치는 MZ 일잘러 공무원 프로젝트',
        nameEn: 'e-Project: the MZ generation’s high performers',
        status: 'new',
        statusFixed: true,
      },
      { code: 'EL-DIGITAL-COMM', nameKo: 'e-디지털 커뮤니케이션', nameEn: 'e-Digital communication', status: 'new', statusFixed: true },
    ],
    specialized: [
      {
        code: 'EL-SAFETY-DIAGNOSIS',
        nameKo: '정밀안전진단 실무 실습',
        nameEn: 'Detailed safety inspection in practice',
        status: 'new',
        statusFixed: true,
      },
    ],
    foreign_language: [{ code: 'EL-LANGUAGES', nameKo: '외국어 과정 (영어 등 12개 언어)', nameEn: 'Languages (English and 11 more)' }],
  };
  const note = '3-1 e-러닝 교육을 통한 상시학습 활성화 (264개 과정 360,230명)';
  return rows.flatMap((row) => {
    const figures = row.figures.plan_2022;
    const drafts = [
      ...(named[row.subfieldCode] ?? []).map((n) =>
        namedDraft('e_learning', row.subfieldCode, L.e_learning_operation, { hours: 10, ...n }, note),
      ),
    ];
    while (drafts.length < figures.courses)
      drafts.push(gen.draft('e_learning', row.subfieldCode, L.e_learning_operation, `${GENERATED_NOTE} — ${note}`));
    const totals = apportionAbove(
      figures.trainees,
      drafts.map(() => gen.weight()),
      drafts.map(() => 100),
    );
    drafts.forEach((d, i) => (d.trainees = apportion(totals[i], [1, 1, 1, 1])));
    return drafts;
  });
}

interface StatusCounts {
  new: number;
  improved: number;
  merged: number;
}

/**
 * The year's status of each 2022 course so that section 1-3's counts hold (general: new 12,
 * improved 97, merged 16; e-learning: 74, 22, 1; the one and 167 others continue), a course
 * carries over only where its category had a course in 2021, and printed statuses stay.
 * Returns how many courses of each row carry over from 2021.
 */
function assignStatuses(drafts: Draft[], rows: SourceRow[], counts: StatusCounts): Map<string, number> {
  const carryTarget = drafts.length - counts.new - counts.merged;
  const bySubfield = new Map(rows.map((r) => [r.subfieldCode, drafts.filter((d) => d.subfieldCode === r.subfieldCode)]));
  const carry = new Map(
    rows.map((r) => {
      const own = bySubfield.get(r.subfieldCode)!;
      const fixedNew = own.filter((d) => d.statusFixed && d.status === 'new').length;
      return [r.subfieldCode, Math.min(r.figures.plan_2021_original.courses, own.length - fixedNew)];
    }),
  );
  const fixedCarry = (code: string) => bySubfield.get(code)!.filter((d) => d.statusFixed && d.status !== 'new').length;
  let excess = sum([...carry.values()]) - carryTarget;
  if (excess < 0) throw new Error('too few 2021 courses to carry over');
  while (excess > 0) {
    const [code] = [...carry.entries()].filter(([c, n]) => n > fixedCarry(c)).sort((a, b) => b[1] - a[1])[0];
    carry.set(code, carry.get(code)! - 1);
    excess--;
  }
  let continued = carryTarget - counts.improved;
  let merged = counts.merged;
  for (const row of rows) {
    const own = bySubfield.get(row.subfieldCode)!;
    const carried = [...own.filter((d) => d.statusFixed && d.status !== 'new'), ...own.filter((d) => !d.statusFixed)].slice(
      0,
      carry.get(row.subfieldCode),
    );
    for (const d of own) {
      if (carried.includes(d)) {
        if (!d.statusFixed) d.status = continued-- > 0 ? 'continued' : 'improved';
      } else if (!d.statusFixed) {
        d.status = merged-- > 0 ? 'merged' : 'new';
      }
    }
  }
  return carry;
}

/**
 * 2022's face-to-face courses: exactly 66 with 5,089 trainees (section 1-3), preferring the
 * programs the report describes as classroom training; then the 60 non-face-to-face ones, of
 * which 5 blended within a cohort and 24 within a course.
 */
function assignModes2022(general: Draft[]): void {
  const split = report.training_scale_2022.general_education;
  const preference = (d: Draft) =>
    ['CORE-VALUES', 'FUTURE-TALENT-6', 'ASSESS-PREP-4', 'ASSESS-PREP-5'].includes(d.code)
      ? 0
      : d.subfieldCode === 'it'
        ? 1
        : d.code.startsWith('RETIRE')
          ? 2
          : d.subfieldCode === 'position' || d.subfieldCode === 'grade'
            ? 4
            : d.code === 'NEWCOMER'
              ? 5
              : 3;
  const candidates = general.filter((d) => !d.mode || d.mode === 'face_to_face');
  const order = [...candidates].sort((a, b) => preference(a) - preference(b));
  const picked = pickSubset(
    order.map((d) => sum(d.trainees)),
    split.face_to_face.courses,
    split.face_to_face.trainees,
  );
  order.forEach((d, i) => (d.mode = picked[i] ? 'face_to_face' : undefined));
  const remote = general.filter((d) => d.mode !== 'face_to_face');
  let withinCourse = split.non_face_to_face.blended_within_course_courses - remote.filter((d) => d.mode === 'blended_course').length;
  let withinCohort = split.non_face_to_face.blended_within_cohort_courses;
  // IT runs classroom and blended courses side by side (3-2); leadership moves to live video (2-3).
  for (const d of remote.filter((x) => !x.mode).sort((a, b) => (a.subfieldCode === 'it' ? 0 : 1) - (b.subfieldCode === 'it' ? 0 : 1))) {
    if (withinCourse > 0) {
      d.mode = 'blended_course';
      withinCourse--;
    }
  }
  for (const d of remote
    .filter((x) => !x.mode)
    .sort(
      (a, b) =>
        (a.subfieldCode === 'position' || a.subfieldCode === 'grade' ? 0 : 1) -
        (b.subfieldCode === 'position' || b.subfieldCode === 'grade' ? 0 : 1),
    )) {
    if (withinCohort > 0) {
      d.mode = 'blended_cohort';
      withinCohort--;
    } else d.mode = 'remote';
  }
}

/**
 * The 2021 catalog: per row, first the courses that carry over into 2022 (same code and name),
 * then the ones that end in 2021 (the merged 2022 courses replace them).
 */
function catalog2021(gen: Generator, rows: SourceRow[], drafts2022: Draft[], carry: Map<string, number>): Draft[] {
  return rows.flatMap((row) => {
    const successors = drafts2022
      .filter((d) => d.subfieldCode === row.subfieldCode && d.status !== 'new' && d.status !== 'merged')
      .slice(0, carry.get(row.subfieldCode));
    const budgetLineCode =
      successors[0]?.budgetLineCode ??
      (row.educationType === 'e_learning'
        ? L.e_learning_operation
        : row.subfieldCode === 'it'
          ? L.it_specialist_training
          : L.incumbent_training_courses);
    const drafts: Draft[] = successors.map((s) => ({
      ...s,
      fixedId: undefined,
      status: 'continued',
      generated: true,
      sourceNote:
        '2021년 과정명은 원문에 없어 2022년 후속 과정의 이름으로 생성 / 2021 course named after its 2022 successor; the source names no 2021 courses',
      mode: undefined,
      sessions: [0, 0, 0, 0],
      trainees: [0, 0, 0, 0],
    }));
    while (drafts.length < row.figures.plan_2021_original.courses) {
      drafts.push({ ...gen.draft(row.educationType, row.subfieldCode, budgetLineCode), status: 'continued' });
    }
    return drafts;
  });
}

/** One version's lines for a year without program tables: figures split by course, quarters even. */
function splitRow(gen: Generator, drafts: Draft[], figures: Figures, weights: number[]): LoadedLine[] {
  const courses = drafts.slice(0, figures.courses);
  const w = weights.slice(0, figures.courses);
  if (figures.sessions === null) {
    const totals = apportionAbove(
      figures.trainees,
      w,
      courses.map(() => 100),
    );
    return courses.map((d, i) => ({ courseId: d.fixedId!, sessions: [0, 0, 0, 0], trainees: apportion(totals[i], [1, 1, 1, 1]) }));
  }
  const sessions = apportionAbove(
    figures.sessions,
    w,
    courses.map(() => 1),
  );
  const trainees = apportionAbove(
    figures.trainees,
    sessions.map((s, i) => s * w[i]),
    sessions,
  );
  return courses.map((d, i) => {
    // Quarters rotate by course so that one-session courses do not all fall in the first quarter.
    const rotation = (i + Math.floor(gen.random() * 4)) % 4;
    const quarterWeights = QUARTERS.map((q) => ((q - rotation + 4) % 4 < sessions[i] ? 1 : 0));
    const bySession = apportion(sessions[i], quarterWeights.some(Boolean) ? quarterWeights : [1, 1, 1, 1]);
    return { courseId: d.fixedId!, sessions: bySession, trainees: apportionAbove(trainees[i], bySession, bySession) };
  });
}

const memo = (
  kind: MemoLine['kind'],
  educationType: EducationType | null,
  labelKo: string,
  labelEn: string,
  sessions: number | null,
  trainees: number | null,
): MemoLine => ({
  kind,
  educationType,
  labelKo,
  labelEn,
  sessions,
  trainees,
});

interface QuarterCells {
  metric: string;
  q1: unknown;
  q2: unknown;
  q3: unknown;
  q4: unknown;
}

/** The category 2-7's international courses are catalogued under; the catalog has none of them yet. */
export const INTERNATIONAL_TRAINING_CATEGORY = 'international_training';

/**
 * 2-7's plan per quarter (추진일정 및 예산집행): sessions, trainees and the budget to spend, in won
 * (the report prints thousands), under the category its courses are catalogued in.
 */
export function internationalTrainingQuarters(): NonNullable<MemoLine['quarters']> | null {
  const rows = (report.programs as unknown as { id: string; quarterly_plan?: { rows: QuarterCells[] } }[]).find((p) => p.id === '2-7')
    ?.quarterly_plan?.rows;
  const cells = (metric: string) => {
    const row = rows?.find((r) => r.metric === metric);
    return row ? [row.q1, row.q2, row.q3, row.q4].map(Number) : null;
  };
  const [sessions, trainees, budgetInThousands] = [cells('sessions'), cells('trainees'), cells('budget_thousand_krw')];
  if (!sessions || !trainees) return null;
  return {
    sessions,
    trainees,
    budget: budgetInThousands ? budgetInThousands.map((k) => k * 1000) : null,
    categoryCode: INTERNATIONAL_TRAINING_CATEGORY,
  };
}

function memoLines(column: Column): MemoLine[] {
  const u = table.u_knowledge_travel;
  const lines = [
    memo('parenthetical', 'e_learning', `${u.label_ko} (합계 제외)`, 'u-Knowledge Journey (not in the totals)', null, u[column].trainees),
  ];
  if (column === 'plan_2022') {
    const n = table.international_training_note;
    lines.push(
      memo(
        'footnote',
        null,
        '외국공무원 대상 국제연수 운영 (별도 통계, 합계 제외)',
        'International training for foreign officials (counted separately, not in the totals)',
        n.sessions_2022,
        n.trainees_2022,
      ),
    );
    // 2-7 plans its international courses per quarter (추진일정): kept with the footnote, still out of the totals.
    const quarters = internationalTrainingQuarters();
    if (quarters) lines[lines.length - 1].quarters = quarters;
  }
  return lines;
}

const DOCUMENT = '서울특별시 인재개발원 2022년 주요업무보고';

/** What the report printed about each version, for the reports to compare against. */
function sourceFigures(column: Column): SourceFigures {
  const split = report.training_scale_2022.delivery_mode_split;
  const improvements = report.training_results_2021.improvements[0];
  const shares = (y: typeof split.y2021 | typeof split.y2022) => ({
    faceToFace: y.face_to_face.share_pct_printed,
    nonFaceToFace: y.non_face_to_face.share_pct_printed,
    eLearning: y.e_learning.share_pct_printed,
  });
  if (column === 'plan_2021_original') {
    return {
      documentKo: DOCUMENT,
      deliveryShares: shares(split.y2021),
      generalNonFaceToFaceShare: improvements.non_face_to_face_share_2021_pct,
      headlineTraineesThousand: report.training_results_2021.highlights.headline_plan_trainees_thousand,
    };
  }
  if (column === 'plan_2021_changed') return { documentKo: DOCUMENT };
  const scale = report.training_scale_2022;
  const eLearningPlan = (programById.get('3-1')!.quarterly_plan as { rows: QuarterRow[] }).rows.find((r) => r.metric === 'trainees')!;
  return {
    documentKo: DOCUMENT,
    deliveryShares: shares(split.y2022),
    generalNonFaceToFaceShare: improvements.non_face_to_face_share_2022_pct,
    change: {
      basis: 'original',
      total: { courses: scale.total.change_vs_prior_year_courses, trainees: scale.total.change_vs_prior_year_trainees },
      general: { courses: scale.general_education.change_courses, trainees: scale.general_education.change_trainees },
      eLearning: { courses: scale.e_learning.change_courses, trainees: scale.e_learning.change_trainees },
    },
    eLearningQuarterTrainees: [eLearningPlan.q1, eLearningPlan.q2, eLearningPlan.q3, eLearningPlan.q4] as number[],
  };
}

function toCourse(tenantId: string, fiscalYear: number, d: Draft, byCode2021: Map<string, string>): LoadedCourse {
  return {
    id: d.fixedId ?? stableId(tenantId, 'course', fiscalYear, d.code),
    tenantId,
    fiscalYear,
    code: d.code,
    nameKo: d.nameKo,
    nameEn: d.nameEn,
    // The source gives no course descriptions; staff write them on the course page.
    descriptionKo: '',
    descriptionEn: '',
    educationType: d.educationType,
    fieldCode: fieldOf.get(d.subfieldCode)!,
    subfieldCode: d.subfieldCode,
    deliveryMode: d.educationType === 'e_learning' ? 'e_learning' : d.mode!,
    hours: d.hours,
    targetGrades: d.targetGrades,
    targetPositions: d.targetPositions,
    openToOtherProvinces: d.openToOtherProvinces,
    yearStatus: d.status!,
    replacesCourseId: d.replacesCode ? byCode2021.get(d.replacesCode)! : null,
    budgetLineCode: d.budgetLineCode,
    completionMinAttendancePercent: 80,
    completionRequiresAssessment: d.completionRequiresAssessment ?? false,
    generated: d.generated,
    sourceNote: d.sourceNote,
  };
}

export function loadSeoulPlans(tenantId: string): LoadedPlans {
  const gen = new Generator(seededRandom(`seoul-hrd-2022/${tenantId}`));
  const rows = summaryTableRows();
  const generalRows = rows.filter((r) => r.educationType === 'general');
  const eLearningRows = rows.filter((r) => r.educationType === 'e_learning');
  const scale = report.training_scale_2022;

  // 2022: the programs' courses, then statuses and delivery modes.
  const general = general2022(gen);
  // 타시도공무원 개방 교육: 5 → 6 courses in 2022 (2-5); the sixth is not named.
  general.find((d) => d.generated && d.subfieldCode === 'specialized')!.openToOtherProvinces = true;
  const eLearning = eLearning2022(gen, eLearningRows);
  const restructuring = (r: { new: number; improved: number; merged_or_replaced: number }) => ({
    new: r.new,
    improved: r.improved,
    merged: r.merged_or_replaced,
  });
  const carryGeneral = assignStatuses(general, generalRows, restructuring(scale.general_education.restructuring));
  const carryELearning = assignStatuses(eLearning, eLearningRows, restructuring(scale.e_learning.restructuring));
  assignModes2022(general);
  const drafts2022 = [...general, ...eLearning];

  // 2021: carried-over courses and the ones that end; 83 face-to-face and 47 remote (1-1), no blended yet (1-2).
  const drafts2021 = [
    ...catalog2021(gen, generalRows, general, carryGeneral),
    ...catalog2021(gen, eLearningRows, eLearning, carryELearning),
  ];
  const mode2021Order = [
    'it',
    'specialized',
    'common',
    'core_values',
    'humanities',
    'practical_officers',
    'grade',
    'position',
    'new_appointment',
  ];
  const general2021 = drafts2021
    .filter((d) => d.educationType === 'general')
    .sort((a, b) => mode2021Order.indexOf(a.subfieldCode) - mode2021Order.indexOf(b.subfieldCode));
  const faceToFace2021 = scale.delivery_mode_split.y2021.face_to_face.courses;
  general2021.forEach((d, i) => (d.mode = i < faceToFace2021 ? 'face_to_face' : 'remote'));

  // Merged 2022 courses replace 2021 courses that end, of their own category where there is one.
  const successorCodes = new Set(drafts2022.map((d) => d.code));
  const ended = drafts2021.filter((d) => !successorCodes.has(d.code));
  for (const d of drafts2022.filter((x) => x.status === 'merged')) {
    const replaced =
      ended.find((e) => e.subfieldCode === d.subfieldCode && e.educationType === d.educationType) ??
      ended.find((e) => e.educationType === d.educationType)!;
    ended.splice(ended.indexOf(replaced), 1);
    d.replacesCode = replaced.code;
  }

  const courses2021 = drafts2021.map((d) => toCourse(tenantId, 2021, d, new Map()));
  drafts2021.forEach((d, i) => (d.fixedId = courses2021[i].id));
  const byCode2021 = new Map(courses2021.map((c) => [c.code, c.id]));
  const courses2022 = drafts2022.map((d) => toCourse(tenantId, 2022, d, byCode2021));
  drafts2022.forEach((d, i) => (d.fixedId = courses2022[i].id));

  // 2021 lines: the original, then the changed plan (rows that changed are split again; IT drops 5 courses).
  const lines2021: Record<'plan_2021_original' | 'plan_2021_changed', LoadedLine[]> = { plan_2021_original: [], plan_2021_changed: [] };
  for (const row of rows) {
    const own = drafts2021.filter((d) => d.subfieldCode === row.subfieldCode && d.educationType === row.educationType);
    const weights = own.map(() => gen.weight());
    const original = splitRow(gen, own, row.figures.plan_2021_original, weights);
    lines2021.plan_2021_original.push(...original);
    const same = JSON.stringify(row.figures.plan_2021_original) === JSON.stringify(row.figures.plan_2021_changed);
    lines2021.plan_2021_changed.push(...(same ? original : splitRow(gen, own, row.figures.plan_2021_changed, weights)));
  }

  const version = (
    fiscalYear: number,
    kind: PlanVersionKind,
    versionNo: number,
    status: PlanVersionStatus,
    column: Column,
    lines: LoadedLine[],
  ): LoadedVersion => ({
    id: stableId(tenantId, 'plan', fiscalYear, versionNo),
    fiscalYear,
    kind,
    versionNo,
    status,
    labelKo: table.columns[column].label_ko,
    labelEn: table.columns[column].en,
    memoLines: memoLines(column),
    sourceFigures: sourceFigures(column),
    lines,
  });
  return {
    courses: [...courses2021, ...courses2022],
    versions: [
      version(2021, 'original', 1, 'approved', 'plan_2021_original', lines2021.plan_2021_original),
      version(2021, 'changed', 2, 'approved', 'plan_2021_changed', lines2021.plan_2021_changed),
      // 계획(안): the draft the report proposes; approving it is the planner's step.
      version(
        2022,
        'original',
        1,
        'draft',
        'plan_2022',
        drafts2022.map((d) => ({ courseId: d.fixedId!, sessions: d.sessions, trainees: d.trainees })),
      ),
    ],
  };
}
