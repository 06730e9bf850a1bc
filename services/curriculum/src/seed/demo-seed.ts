import { CoursePublishedV1, PlanApprovedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { DemoTenants, SejongBudgetLineCodes, seoulHrd2022 } from '@baeum/source-data';
import { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import { Category } from '../categories/category.entity';
import { DEFAULT_CATEGORIES } from '../categories/default-categories';
import { Course } from '../courses/course.entity';
import { coursePublished } from '../courses/course.view';
import { Instructor } from '../instructors/instructor.entity';
import { PlanLine } from '../plans/plan-line.entity';
import { PlanVersion } from '../plans/plan-version.entity';
import { planApprovedPayload } from '../plans/plans.queries';
import { Room } from '../rooms/room.entity';
import { stableId } from '../shared/stable-id';
import { DemandSurvey, DemandSurveyResponse, WEEKDAYS } from '../surveys/demand-survey.entity';
import { LoadedCourse, LoadedVersion, loadSeoulPlans } from './seoul-plans';

/**
 * Demo data (SEED_DEMO): the Seoul center's 2021 and 2022 plans from its report, the Sejong
 * institute's childcare-friendly AI course and its pre-survey, and some rooms and instructors.
 * Idempotent: rows keep stable ids, and only rows new to the database are announced.
 */
export async function seedCurriculum(dataSource: DataSource, publisher: EventPublisher): Promise<void> {
  await dataSource.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('baeum:curriculum:seed'))`);
    for (const tenant of [DemoTenants.seoul, DemoTenants.sejong]) {
      await insertMissing(
        tx,
        Category,
        DEFAULT_CATEGORIES.map((c, i) => ({
          id: stableId(tenant.id, 'category', c.code),
          tenantId: tenant.id,
          ...c,
          sortOrder: (i + 1) * 10,
        })),
      );
    }
    const seoulSeeded = await tx.exists(PlanVersion, { where: { tenantId: DemoTenants.seoul.id } });
    if (!seoulSeeded) await seedPlans(tx, publisher, DemoTenants.seoul.id, loadSeoulPlans(DemoTenants.seoul.id));
    if (!(await tx.exists(PlanVersion, { where: { tenantId: DemoTenants.sejong.id } })))
      await seedPlans(tx, publisher, DemoTenants.sejong.id, sejongPlan());
    await insertMissing(
      tx,
      Room,
      ROOMS.map((r) => ({ id: stableId(r.tenantId, 'room', r.code), ...r, building: r.building ?? null, createdAt: new Date() })),
    );
    await insertMissing(
      tx,
      Instructor,
      INSTRUCTORS.map((i) => ({
        id: stableId(i.tenantId, 'instructor', i.name),
        ...i,
        ratingSum: 0,
        ratingCount: 0,
        createdAt: new Date(),
      })),
    );
    await seedSejongSurvey(tx);
  });
}

/** Inserts the rows whose ids are new; returns those ids. */
async function insertMissing<T extends ObjectLiteral>(tx: EntityManager, entity: new () => T, rows: T[]): Promise<Set<string>> {
  const inserted = new Set<string>();
  for (let i = 0; i < rows.length; i += 200) {
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + 200))
      .orIgnore()
      .returning('id')
      .execute();
    for (const row of result.raw as { id: string }[]) inserted.add(row.id);
  }
  return inserted;
}

async function seedPlans(
  tx: EntityManager,
  publisher: EventPublisher,
  tenantId: string,
  plans: { courses: LoadedCourse[]; versions: LoadedVersion[] },
): Promise<void> {
  const now = new Date();
  const courses: Course[] = plans.courses.map((c) => ({ ...c, createdAt: now, updatedAt: now }));
  const newCourses = await insertMissing(tx, Course, courses);
  await publisher.publishMany(tx, CoursePublishedV1, tenantId, courses.filter((c) => newCourses.has(c.id)).map(coursePublished));
  for (const { lines, ...version } of plans.versions) {
    const fresh = await insertMissing(tx, PlanVersion, [
      { ...version, tenantId, basedOnId: null, approvedAt: version.status === 'approved' ? now : null, approvedBy: null, createdAt: now },
    ]);
    if (!fresh.has(version.id)) continue;
    await insertMissing(
      tx,
      PlanLine,
      lines.map((l) => ({ id: stableId(version.id, l.courseId), tenantId, planVersionId: version.id, ...l })),
    );
    if (version.status === 'approved')
      await publisher.publish(tx, PlanApprovedV1, tenantId, await planApprovedPayload(tx, tenantId, version.id));
  }
}

const article = seoulHrd2022.news_article;
const SEJONG = DemoTenants.sejong.id;
const SEOUL = DemoTenants.seoul.id;

/** The Sejong institute's course of the news article (3 days, 30 officials, computer room), in a draft 2026 plan. */
function sejongPlan(): { courses: LoadedCourse[]; versions: LoadedVersion[] } {
  const course: LoadedCourse = {
    id: 'c0a00000-0000-4000-8000-000000000901',
    tenantId: SEJONG,
    fiscalYear: 2026,
    code: 'AI-CHILDCARE',
    nameKo: '육아 친화형 인공지능(AI) 연수',
    nameEn: 'Childcare-friendly AI training',
    descriptionKo: '육아 중인 공무원이 생성형 인공지능으로 문서 작성과 자료 정리를 줄이는 방법을 전산실에서 3일 동안 실습합니다.',
    descriptionEn:
      'Three days in the computer room practising how officials raising children can cut document and data work with generative AI.',
    educationType: 'general',
    fieldCode: 'job_competency',
    subfieldCode: 'it',
    deliveryMode: 'face_to_face',
    hours: 15,
    targetGrades: [],
    targetPositions: [],
    openToOtherProvinces: false,
    yearStatus: 'new',
    replacesCourseId: null,
    budgetLineCode: SejongBudgetLineCodes.ai_childcare_training,
    completionMinAttendancePercent: 80,
    completionRequiresAssessment: false,
    generated: false,
    sourceNote:
      `${article.outlet_ko} 기사: ${article.course.label_ko}, ` +
      `${article.course.start_date_inferred}~${article.course.end_date_inferred} (연도는 기사 편집일로 ` +
      `추정), ${article.course.participants}명, ${article.course.venue_ko}; 시간(하루 5시간)은 기사에 없어 추정 / ` +
      `hours per day are not in the article`,
  };
  return {
    courses: [course],
    versions: [
      {
        id: stableId(SEJONG, 'plan', 2026, 1),
        fiscalYear: 2026,
        kind: 'original',
        versionNo: 1,
        status: 'draft',
        labelKo: '2026년 계획 당초',
        labelEn: '2026 plan, original',
        memoLines: [],
        sourceFigures: null,
        lines: [{ courseId: course.id, sessions: [1, 0, 0, 0], trainees: [article.course.participants, 0, 0, 0] }],
      },
    ],
  };
}

/**
 * Rooms of the demo. The source names the buildings and the two new remote-teaching rooms (3-3) but gives
 * no room sizes: these are illustrative.
 */
const ROOMS: (Omit<Room, 'id' | 'createdAt' | 'building'> & { building?: string })[] = [
  {
    tenantId: SEOUL,
    code: 'BAEUM-HALL',
    nameKo: '배움관 대강당',
    nameEn: 'Baeum Hall auditorium',
    kind: 'lecture',
    capacity: 200,
    equipment: ['빔프로젝터', '음향장비'],
    building: '배움관',
  },
  {
    tenantId: SEOUL,
    code: 'BAEUM-201',
    nameKo: '배움관 201호',
    nameEn: 'Baeum Hall 201',
    kind: 'lecture',
    capacity: 60,
    equipment: ['빔프로젝터', '전자칠판'],
    building: '배움관',
  },
  {
    tenantId: SEOUL,
    code: 'BAEUM-202',
    nameKo: '배움관 202호',
    nameEn: 'Baeum Hall 202',
    kind: 'lecture',
    capacity: 40,
    equipment: ['빔프로젝터'],
    building: '배움관',
  },
  {
    tenantId: SEOUL,
    code: 'CHANGUI-301',
    nameKo: '창의관 301호 (분임토의실)',
    nameEn: 'Changui Hall 301 (group work)',
    kind: 'lecture',
    capacity: 30,
    equipment: ['화이트보드'],
    building: '창의관',
  },
  {
    tenantId: SEOUL,
    code: 'REMOTE-1',
    nameKo: '원격전용 강의실 1',
    nameEn: 'Remote-teaching studio 1',
    kind: 'remote_studio',
    capacity: 10,
    equipment: ['고화질 카메라', '배경 스크린', '흡음·방음'],
    building: '배움관',
  },
  {
    tenantId: SEOUL,
    code: 'REMOTE-2',
    nameKo: '원격전용 강의실 2',
    nameEn: 'Remote-teaching studio 2',
    kind: 'remote_studio',
    capacity: 10,
    equipment: ['고화질 카메라', '배경 스크린', '흡음·방음'],
    building: '배움관',
  },
  {
    tenantId: SEOUL,
    code: 'PC-1',
    nameKo: '창의관 전산실 1',
    nameEn: 'Changui Hall computer room 1',
    kind: 'computer',
    capacity: 30,
    equipment: ['PC 30대', '빔프로젝터'],
    building: '창의관',
  },
  {
    tenantId: SEOUL,
    code: 'PC-2',
    nameKo: '창의관 전산실 2',
    nameEn: 'Changui Hall computer room 2',
    kind: 'computer',
    capacity: 24,
    equipment: ['PC 24대'],
    building: '창의관',
  },
  {
    tenantId: SEJONG,
    code: 'SEJONG-PC',
    nameKo: '세종교육원 컴퓨터실',
    nameEn: 'Sejong Institute computer room',
    kind: 'computer',
    capacity: 30,
    equipment: ['PC 30대'],
    building: '세종교육원',
  },
  {
    tenantId: SEJONG,
    code: 'SEJONG-101',
    nameKo: '세종교육원 강의실 101',
    nameEn: 'Sejong Institute lecture room 101',
    kind: 'lecture',
    capacity: 40,
    equipment: ['빔프로젝터'],
    building: '세종교육원',
  },
];

/** Fictional instructors, found the ways section 1-4 names: department recommendations, open calls among staff, expert institutions. */
const INSTRUCTORS: Omit<Instructor, 'id' | 'ratingSum' | 'ratingCount' | 'createdAt'>[] = [
  {
    tenantId: SEOUL,
    name: '김도윤',
    kind: 'external',
    affiliation: '도시정책연구소',
    specialties: ['도시계획', '주택정책'],
    recommendedBy: '유관부서 추천 (도시계획국)',
    email: 'doyun.kim@example.org',
    phone: '02-000-0001',
  },
  {
    tenantId: SEOUL,
    name: '이서연',
    kind: 'internal',
    affiliation: '복지정책실',
    specialties: ['복지정책', '안심소득'],
    recommendedBy: '직원 공개 모집 (내부강사)',
    email: 'seoyeon.lee@example.org',
    phone: '02-000-0002',
  },
  {
    tenantId: SEOUL,
    name: '박지호',
    kind: 'external',
    affiliation: '한국리더십센터',
    specialties: ['리더십', '갈등관리'],
    recommendedBy: '분야별 전문기관 협조',
    email: 'jiho.park@example.org',
    phone: '02-000-0003',
  },
  {
    tenantId: SEOUL,
    name: '최민준',
    kind: 'external',
    affiliation: 'AI교육협회',
    specialties: ['인공지능', '메타버스', '데이터분석'],
    recommendedBy: '분야별 전문기관 협조',
    email: 'minjun.choi@example.org',
    phone: '02-000-0004',
  },
  {
    tenantId: SEOUL,
    name: '정하은',
    kind: 'internal',
    affiliation: '인재개발원',
    specialties: ['핵심가치', '공직가치'],
    recommendedBy: '직원 공개 모집 (내부강사)',
    email: 'haeun.jung@example.org',
    phone: '02-000-0005',
  },
  {
    tenantId: SEJONG,
    name: '한지민',
    kind: 'external',
    affiliation: '디지털교육연구소',
    specialties: ['생성형 AI', '문서 자동화', '바이브 코딩'],
    recommendedBy: '분야별 전문기관 협조',
    email: 'jimin.han@example.org',
    phone: '044-000-0001',
  },
];

/**
 * The Sejong pre-survey: the article gives its shares (62% found training hard because of
 * childcare, 64% favoured childcare-friendly training) but not its size. Fifty answers are
 * generated that reproduce both shares; the time windows are illustrative.
 */
async function seedSejongSurvey(tx: EntityManager): Promise<void> {
  const [hard, favour] = article.pre_survey.results.map((r) => r.share_pct);
  const respondents = 50;
  const surveyId = stableId(SEJONG, 'survey', 'ai-childcare-pre-survey');
  const fresh = await insertMissing(tx, DemandSurvey, [
    {
      id: surveyId,
      tenantId: SEJONG,
      titleKo: `${article.course.label_ko} 사전 설문조사`,
      titleEn: `${article.course.en}: pre-survey`,
      courseId: 'c0a00000-0000-4000-8000-000000000901',
      opensOn: '2026-02-02',
      closesOn: '2026-02-20',
      generated: true,
      sourceNote:
        `${article.outlet_ko} 기사의 비율(${hard}%, ${favour}%)에 맞추어 생성한 응답 ${respondents}건; 응답자 수는 기사에 ` +
        `없음 / ${respondents} generated answers matching the article's shares`,
      createdAt: new Date(),
    },
  ]);
  if (!fresh.has(surveyId)) return;
  const hardCount = Math.round((respondents * hard) / 100);
  const favourCount = Math.round((respondents * favour) / 100);
  await insertMissing(
    tx,
    DemandSurveyResponse,
    Array.from({ length: respondents }, (_, i): DemandSurveyResponse => {
      const parent = i < hardCount;
      return {
        id: stableId(surveyId, 'response', i),
        tenantId: SEJONG,
        surveyId,
        respondentId: null,
        agencyCode: i % 3 === 0 ? 'SEJONG-EDU-OFFICE' : 'SEJONG-SCHOOLS',
        hardDueToChildcare: parent,
        wantsChildcareFriendly: i < favourCount,
        earliestStart: parent ? (i % 4 === 0 ? '09:30' : '10:00') : '09:00',
        latestEnd: parent ? (i % 5 === 0 ? '16:30' : '16:00') : '18:00',
        preferredDays: parent ? ['tue', 'wed', 'thu'] : [...WEEKDAYS],
        constraints: parent ? ['childcare'] : i % 4 === 0 ? ['workload'] : [],
        comment: null,
        generated: true,
        submittedAt: new Date('2026-02-10T01:00:00Z'),
      };
    }),
  );
}
