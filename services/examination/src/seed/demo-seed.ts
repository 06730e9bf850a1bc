import type { PositionTrack } from '@baeum/api';
import { DemoTenants, seoulHrd2022 } from '@baeum/source-data';
import { DataSource, EntityManager } from 'typeorm';
import { modelFor } from '../assessments/assessment-models';
import { seoulAssessmentPlan } from '../assessments/assessment-plan';
import { insertPlanCells } from '../assessments/assessment-plan.queries';
import { seoulCareerRecruitmentPlan } from '../exams/recruitment-plan';
import { insertRecruitmentPlan } from '../exams/recruitment-plan.queries';
import { AssessmentCandidate } from '../assessments/assessment-candidate.entity';
import { AssessmentRound } from '../assessments/assessment-round.entity';
import { Assessor } from '../assessments/assessor.entity';
import { Exam } from '../exams/exam.entity';
import { ExamFee } from '../exams/exam-fee.entity';
import { DECREE_FEES_BY_GRADE, defaultMinAge } from '../exams/fees';
import { Position } from '../exams/position.entity';
import { Interviewer } from '../interviews/interviewer.entity';
import { seoulDate, seoulInstant } from '@baeum/calendar';

const SEOUL = DemoTenants.seoul.id;

/** Demo sign-ins the gateway seeds (README: demo users); examination knows them by id only. */
const DEMO_ASSESSOR_IDS = [
  'a0000000-0000-4000-8000-000000000502',
  'a0000000-0000-4000-8000-000000000503',
  'a0000000-0000-4000-8000-000000000504',
];
const DEMO_TRAINEE_ID = 'a0000000-0000-4000-8000-000000000006';

interface SourceRound {
  round: number;
  label_ko: string;
  selection: number;
  selection_tentative: boolean;
  announcement_date: string;
  written_exam_date: string;
  interview_start: string;
  interview_end: string;
  result_date: string;
}

type SeedPosition = [jobSeries: string, jobSeriesKo: string, grade: number, openings: number, track?: PositionTrack];

/**
 * Positions of the three 2022 rounds. The source prints only each round's total (418, 3,208 and
 * 448) and its grades; this split by job series is illustrative, and sums to the printed totals.
 */
const POSITIONS_2022: Record<number, SeedPosition[]> = {
  1: [
    ['general_admin', '일반행정', 9, 240],
    ['social_welfare', '사회복지', 9, 80],
    ['nursing', '간호', 8, 60],
    ['public_health', '보건', 9, 38],
  ],
  2: [
    ['general_admin', '일반행정', 9, 1800],
    ['social_welfare', '사회복지', 9, 420],
    ['tax', '지방세', 9, 300],
    ['computing', '전산', 9, 150],
    ['nursing', '간호', 8, 316],
    ['public_health', '보건', 9, 122],
    ['general_admin', '일반행정(보훈청 추천)', 9, 100, 'veterans_recommendation'],
  ],
  3: [
    ['general_admin', '일반행정', 7, 260],
    ['computing', '전산', 7, 48],
    ['pharmacy', '약무', 7, 40],
    ['general_admin', '일반행정(고졸자)', 9, 100, 'high_school'],
  ],
};

/**
 * The source prints announcement, written-exam, interview and result days; application windows are
 * not printed, so these (about six weeks after the announcement, five days long) are assumed.
 */
const APPLICATION_WINDOWS_2022: Record<number, [opens: string, closes: string]> = {
  1: ['2021-12-13', '2021-12-17'],
  2: ['2022-03-28', '2022-04-01'],
  3: ['2022-07-25', '2022-07-29'],
};

const id = (n: number) => `e0a00000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** What every local-government recruitment notice says of who may not apply (결격사유), in its words. */
const DISQUALIFICATIONS = {
  eligibilityKo:
    '「지방공무원법」 제31조(결격사유), 제66조(정년)에 해당하거나 「지방공무원 임용령」 제65조 등 관계 법령에 따라 ' +
    '응시자격이 정지된 사람은 응시할 수 없습니다.\n응시자격은 면접시험 최종일을 기준으로 갖추어야 합니다.',
  eligibilityEn:
    'Anyone disqualified under Article 31 (grounds for disqualification) or Article 66 (retirement age) of the Local Public ' +
    'Officials Act, or barred from exams under Article 65 of its Enforcement Decree or other laws, may not apply.\n' +
    'Eligibility must be met on the last day of the interviews.',
};

function exam(
  fields: Omit<
    Exam,
    | 'tenantId'
    | 'budgetLineCode'
    | 'examNumbersAssignedAt'
    | 'seatsAssignedAt'
    | 'createdAt'
    | 'residencyRegionKo'
    | 'residencyCutoffOn'
    | 'subjects'
    | 'licenceBonusRules'
    | 'eligibilityKo'
    | 'eligibilityEn'
  >,
): Exam {
  return {
    ...fields,
    ...DISQUALIFICATIONS,
    subjects: [],
    licenceBonusRules: [],
    tenantId: SEOUL,
    budgetLineCode: 'RECRUITMENT-EXAMS',
    residencyRegionKo: null,
    residencyCutoffOn: null,
    examNumbersAssignedAt: null,
    seatsAssignedAt: null,
    createdAt: new Date(),
  };
}

function positions(examId: string, base: number, list: SeedPosition[]): Position[] {
  return list.map(([jobSeries, jobSeriesKo, grade, openings, track], i) => ({
    id: id(base + i + 1),
    tenantId: SEOUL,
    examId,
    seq: i + 1,
    jobSeries,
    jobSeriesKo,
    grade,
    openings,
    track: track ?? 'general',
    minAge: defaultMinAge(grade),
    fee: DECREE_FEES_BY_GRADE[grade],
    passMultiplePercent: null,
    writtenCutoff: null,
    applicants: 0,
    paid: 0,
  }));
}

const feesOf = (examId: string): ExamFee[] =>
  Object.entries(DECREE_FEES_BY_GRADE).map(([grade, amount]) => ({ examId, grade: Number(grade), tenantId: SEOUL, amount }));

/** The 2022 schedule as printed (section 4-1), with its assumed windows and illustrative positions. */
function schedule2022(): { exams: Exam[]; positions: Position[] } {
  const rounds = seoulHrd2022.work_report.recruitment_exam_schedule_2022.rounds as SourceRound[];
  const exams = rounds.map((r) => {
    const [opens, closes] = APPLICATION_WINDOWS_2022[r.round];
    return exam({
      id: id(2200 + r.round),
      kind: 'open',
      year: 2022,
      roundNo: r.round,
      titleKo: `2022년도 제${r.round}회 서울특별시 지방공무원 임용시험 (${r.label_ko})`,
      titleEn: `2022 Seoul local civil service recruitment exam, round ${r.round}`,
      announcedOn: r.announcement_date,
      applicationOpensAt: seoulInstant(opens, '09:00'),
      applicationClosesAt: seoulInstant(closes, '21:00'),
      cancellationClosesAt: seoulInstant(addDays(r.written_exam_date, -10), '21:00'),
      writtenExamOn: r.written_exam_date,
      interviewStartsOn: r.interview_start,
      interviewEndsOn: r.interview_end,
      resultOn: r.result_date,
      selectionPlanned: r.selection,
      selectionTentative: r.selection_tentative,
    });
  });
  return { exams, positions: rounds.flatMap((r) => positions(id(2200 + r.round), 2200 + r.round * 10, POSITIONS_2022[r.round])) };
}

/** A round open for applications when the demo is first started, so the whole season can be tried. */
function demoSeason(now: Date): { exams: Exam[]; positions: Position[] } {
  const today = seoulDate(now);
  const year = Number(today.slice(0, 4)) + 1;
  const written = addDays(today, 60);
  const open = exam({
    id: id(9001),
    kind: 'open',
    year,
    roundNo: 1,
    titleKo: `${year}년도 제1회 서울특별시 지방공무원 임용시험 (시연)`,
    titleEn: `${year} Seoul local civil service recruitment exam, round 1 (demo)`,
    announcedOn: addDays(today, -7),
    applicationOpensAt: seoulInstant(addDays(today, -1), '09:00'),
    applicationClosesAt: seoulInstant(addDays(today, 30), '21:00'),
    cancellationClosesAt: seoulInstant(addDays(written, -10), '21:00'),
    writtenExamOn: written,
    interviewStartsOn: addDays(written, 70),
    interviewEndsOn: addDays(written, 74),
    resultOn: addDays(written, 90),
    selectionPlanned: 25,
    selectionTentative: true,
  });
  const career = exam({
    id: id(9002),
    kind: 'career',
    year,
    roundNo: 1,
    titleKo: `${year}년도 제1회 서울특별시 경력경쟁 임용시험 (임기제, 시연)`,
    titleEn: `${year} Seoul career recruitment, round 1: fixed-term officials (demo)`,
    announcedOn: addDays(today, -7),
    applicationOpensAt: seoulInstant(addDays(today, -1), '09:00'),
    applicationClosesAt: seoulInstant(addDays(today, 20), '18:00'),
    cancellationClosesAt: seoulInstant(addDays(today, 25), '18:00'),
    writtenExamOn: null,
    interviewStartsOn: addDays(today, 40),
    interviewEndsOn: addDays(today, 41),
    resultOn: addDays(today, 50),
    selectionPlanned: 3,
    selectionTentative: false,
  });
  return {
    exams: [open, career],
    positions: [
      ...positions(open.id, 9010, [
        ['general_admin', '일반행정', 9, 20],
        ['social_welfare', '사회복지', 9, 5],
      ]),
      ...positions(career.id, 9020, [
        ['policy_specialist', '정책전문관(임기제)', 5, 1],
        ['data_analyst', '데이터분석(임기제)', 6, 2],
      ]),
    ],
  };
}

const INTERVIEWERS: [string, string, string][] = [
  ['박인사', '서울대학교 행정대학원', '인사행정'],
  ['김정책', '한국행정연구원', '정책학'],
  ['이복지', '서울시복지재단', '사회복지'],
  ['최데이터', '카이스트 정보전략연구소', '데이터분석'],
  ['정법무', '법무법인 한결', '행정법'],
  ['윤조직', '연세대학교 경영대학', '조직관리'],
  ['한보건', '서울대학교 보건대학원', '보건행정'],
  ['오소통', '한국갈등해결센터', '갈등관리'],
  ['강재정', '한국지방재정학회', '지방재정'],
];

async function seedAssessments(tx: EntityManager, now: Date) {
  await tx
    .createQueryBuilder()
    .insert()
    .into(Assessor)
    .values([
      { id: id(8001), tenantId: SEOUL, userId: DEMO_ASSESSOR_IDS[0], nameKo: '한평가', agencyCode: null, active: true },
      { id: id(8002), tenantId: SEOUL, userId: DEMO_ASSESSOR_IDS[1], nameKo: '오평정', agencyCode: 'SEOUL-PLANNING', active: true },
      { id: id(8003), tenantId: SEOUL, userId: DEMO_ASSESSOR_IDS[2], nameKo: '서역량', agencyCode: 'MAPO-GU', active: true },
    ])
    .orIgnore()
    .execute();
  const model = modelFor(5)!;
  const round: AssessmentRound = {
    id: id(8101),
    tenantId: SEOUL,
    targetGrade: 5,
    year: Number(seoulDate(now).slice(0, 4)),
    roundNo: 1,
    heldOn: seoulDate(new Date(now.getTime() + 14 * 86_400_000)),
    competencies: model.competencies,
    techniques: model.techniques,
    passThreshold: 250,
    maxAttempts: 3,
    assessorsPerTechnique: 2,
    prepCohortId: null,
    assignedAt: null,
    completedOn: null,
  };
  await tx.createQueryBuilder().insert().into(AssessmentRound).values(round).orIgnore().execute();
  const candidates: AssessmentCandidate[] = [
    {
      id: id(8201),
      tenantId: SEOUL,
      roundId: round.id,
      employeeNo: 'S2015-01234',
      code: 'C-7KQ3MW',
      nameKo: '정교육생',
      agencyCode: 'MAPO-GU',
      userId: DEMO_TRAINEE_ID,
      attempt: 1,
      scores: null,
      overall: null,
      passed: null,
    },
    {
      id: id(8202),
      tenantId: SEOUL,
      roundId: round.id,
      employeeNo: 'S2014-00871',
      code: 'C-R8XD4P',
      nameKo: '문승진',
      agencyCode: 'GANGNAM-GU',
      userId: null,
      attempt: 1,
      scores: null,
      overall: null,
      passed: null,
    },
  ];
  await tx.createQueryBuilder().insert().into(AssessmentCandidate).values(candidates).orIgnore().execute();
}

/**
 * Examination's demo data, idempotent and safe when several instances start at once: the 2022
 * exam schedule of the Seoul report, a round open for applications, the interviewer pool, the
 * demo assessors and a grade-5 competency assessment round.
 */
export async function seedExamination(dataSource: DataSource, now = new Date()): Promise<void> {
  await dataSource.transaction(async (tx) => {
    const { exams, positions: all } = [schedule2022(), demoSeason(now)].reduce((a, b) => ({
      exams: [...a.exams, ...b.exams],
      positions: [...a.positions, ...b.positions],
    }));
    await tx.createQueryBuilder().insert().into(Exam).values(exams).orIgnore().execute();
    await tx
      .createQueryBuilder()
      .insert()
      .into(ExamFee)
      .values(exams.flatMap((e) => feesOf(e.id)))
      .orIgnore()
      .execute();
    await tx.createQueryBuilder().insert().into(Position).values(all).orIgnore().execute();
    await tx
      .createQueryBuilder()
      .insert()
      .into(Interviewer)
      .values(
        INTERVIEWERS.map(([nameKo, affiliation, expertise], i) => ({
          id: id(7001 + i),
          tenantId: SEOUL,
          nameKo,
          affiliation,
          expertise,
          external: true,
          active: true,
        })),
      )
      .orIgnore()
      .execute();
    await seedAssessments(tx, now);
    // 4-3's plan of 2022: the rounds held are measured against it.
    await insertPlanCells(tx, seoulAssessmentPlan());
    // 4-2's career recruitment plan of 2022: the career exams are measured against it.
    await insertRecruitmentPlan(tx, seoulCareerRecruitmentPlan());
  });
}
