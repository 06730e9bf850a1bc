/**
 * Ids of the demo tenants every service seeds with `SEED_DEMO`, so that each service's own seed
 * agrees with the others without any service reading another's data.
 */
export const DemoTenants = {
  seoul: {
    id: '5e0a0000-0000-4000-8000-000000000001',
    slug: 'seoul-hrd',
    nameKo: '서울특별시 인재개발원',
    nameEn: 'Seoul Metropolitan Human Resources Development Center',
  },
  sejong: {
    id: '5e0a0000-0000-4000-8000-000000000002',
    slug: 'sejong-edu',
    nameKo: '세종특별자치시교육청 교육원',
    nameEn: 'Sejong Education Institute',
  },
} as const;

export type AgencyKind = 'bureau' | 'district' | 'field_office' | 'funded_institution' | 'other_province' | 'education_office' | 'other';

/**
 * Demo agencies (기관): the employers of trainees inside a tenant's reach. Quotas, nominations
 * and agency-admin views are per agency; every service refers to an agency by its `code`.
 */
export const DemoAgencies = [
  {
    tenant: 'seoul',
    code: 'SEOUL-PLANNING',
    nameKo: '서울특별시 기획조정실',
    nameEn: 'Seoul Planning and Coordination Office',
    kind: 'bureau',
  },
  { tenant: 'seoul', code: 'SEOUL-WELFARE', nameKo: '서울특별시 복지정책실', nameEn: 'Seoul Welfare Policy Office', kind: 'bureau' },
  { tenant: 'seoul', code: 'GANGNAM-GU', nameKo: '강남구청', nameEn: 'Gangnam-gu Office', kind: 'district' },
  { tenant: 'seoul', code: 'MAPO-GU', nameKo: '마포구청', nameEn: 'Mapo-gu Office', kind: 'district' },
  {
    tenant: 'seoul',
    code: 'SEOUL-WATERWORKS',
    nameKo: '서울특별시 상수도사업본부',
    nameEn: 'Seoul Waterworks Headquarters',
    kind: 'field_office',
  },
  { tenant: 'seoul', code: 'SEOUL-METRO', nameKo: '서울교통공사', nameEn: 'Seoul Metro', kind: 'funded_institution' },
  { tenant: 'seoul', code: 'GYEONGGI-PROVINCE', nameKo: '경기도청', nameEn: 'Gyeonggi Provincial Government', kind: 'other_province' },
  {
    tenant: 'sejong',
    code: 'SEJONG-EDU-OFFICE',
    nameKo: '세종특별자치시교육청',
    nameEn: 'Sejong Metropolitan Office of Education',
    kind: 'education_office',
  },
  { tenant: 'sejong', code: 'SEJONG-SCHOOLS', nameKo: '세종시 관내 학교', nameEn: 'Schools in Sejong', kind: 'education_office' },
] as const satisfies readonly { tenant: keyof typeof DemoTenants; code: string; nameKo: string; nameEn: string; kind: AgencyKind }[];

/**
 * Budget line codes (예산 사업 코드) of the Seoul center's expenditure tree, by the id each unit line
 * has in `seoul-hrd-2022.json`. Finance's budget book and curriculum's courses both name lines by
 * these codes. Leadership (2-3) and job-specialist training (2-5) both spend from INCUMBENT
 * (재직자 교육과정 운영), as the source's table shows.
 */
export const SeoulBudgetLineCodes = {
  e_learning_operation: 'ELEARNING',
  e_learning_content_development: 'ELEARNING-CONTENT',
  curriculum_dev_training_planning: 'CURRICULUM-PLANNING',
  hrd_capacity_program: 'HRD-CAPACITY',
  incumbent_training_courses: 'INCUMBENT',
  grade6_future_talent_course: 'FUTURE-TALENT-6',
  city_philosophy_special_training: 'CORE-VALUES',
  it_specialist_training: 'ICT',
  newcomer_course: 'NEWCOMER',
  post_retirement_life_planning: 'RETIREMENT-PLANNING',
  competency_assessment_prep_course: 'ASSESSMENT-PREP',
  training_equipment_expansion: 'TRAINING-EQUIPMENT',
  trainee_meal_support: 'TRAINEE-MEALS',
  building_repair_reinforcement: 'BUILDING-REPAIR',
  building_maintenance: 'BUILDING-MAINTENANCE',
  workplace_childcare_operation: 'WORKPLACE-CHILDCARE',
  competency_assessment_operation: 'ASSESSMENT-OPS',
  civil_service_recruitment_exam_mgmt: 'RECRUITMENT-EXAMS',
  basic_expenses_hrdc: 'BASIC-EXPENSES',
} as const;

/** The Sejong institute's one line in the demo: its childcare-friendly AI course. */
export const SejongBudgetLineCodes = { ai_childcare_training: 'AI-CHILDCARE' } as const;

/**
 * Courses that carry a programme of the work report that has its own quarterly rows, by the
 * component id the source gives it: 2-6 plans 행복한 미래설계 and 인생이모작준비 each with its own
 * sessions, trainees and budget. Curriculum names the courses by these codes and finance ties each
 * programme's budget row to them, so the quarterly table can show what each programme booked.
 */
export const SeoulProgrammeCourseCodes = {
  happy_future_design: 'RETIRE-FUTURE',
  second_career_prep: 'RETIRE-SECOND',
} as const;
