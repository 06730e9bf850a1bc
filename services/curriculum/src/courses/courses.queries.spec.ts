import { CourseQuery, CreateCourseDto } from '@baeum/api';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser } from '@baeum/service-kit';
import { specUser, useSpecDatabase } from '@baeum/testing';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { SaveCategoryUseCase } from '../categories/usecases/save-category/save-category.usecase';
import { CurriculumEnv } from '../config/env';
import { curriculumDatabase } from '../database/settings';
import { coursesOf, visibleCourse, visibleCourseIds } from './courses.queries';
import { SaveCourseUseCase } from './usecases/save-course/save-course.usecase';

/** Against a real PostgreSQL (a database of this spec's own); each test has tenants of its own. */
const db = useSpecDatabase(curriculumDatabase(new CurriculumEnv()));
const publisher = () => new EventPublisher({ service: 'curriculum', schema: 'curriculum', serialiseWriters: false });

const course = (code: string, extra: Partial<CreateCourseDto> = {}): CreateCourseDto => ({
  fiscalYear: 2026,
  code,
  nameKo: `${code} 과정`,
  nameEn: `${code} course`,
  educationType: 'general',
  fieldCode: 'basic',
  deliveryMode: 'face_to_face',
  hours: 21,
  ...extra,
});

async function institute(): Promise<{ user: AuthUser; save: (c: CreateCourseDto) => Promise<string> }> {
  const user = specUser('planner');
  await new SaveCategoryUseCase(db.dataSource).create(user, { code: 'basic', kind: 'field', nameKo: '기본역량', nameEn: 'Basic' });
  const courses = new SaveCourseUseCase(db.dataSource, publisher());
  return { user, save: async (c) => (await courses.create(user, c)).id };
}

/** The query a request's `?q=` makes (the DTO's transform included). */
const query = (q: string): CourseQuery => plainToInstance(CourseQuery, { q });
const codes = async (tenantId: string, q: string) => (await coursesOf(db.dataSource.manager, tenantId, query(q))).map((c) => c.code);

describe('finding courses by any word of their names or descriptions (issue 13, item 5)', () => {
  it('finds a course by a word of its Korean or English description, inside longer Korean words, every word required', async () => {
    const { user, save } = await institute();
    await save(
      course('AI-DOCS', {
        nameKo: 'AI 활용 문서 자동화',
        descriptionKo: '생성형 인공지능으로 보고서와 공문을 작성하는 실습',
        descriptionEn: 'Drafting reports with generative AI',
      }),
    );
    await save(course('NEWCOMER', { nameKo: '신임자 교육과정', descriptionKo: '공직가치와 기본 실무를 익힙니다' }));
    expect(await codes(user.tenantId, '공문')).toEqual(['AI-DOCS']);
    expect(await codes(user.tenantId, '보고서')).toEqual(['AI-DOCS']);
    // 공직가치와 holds 공직가치; a word of the name and one of the description together.
    expect(await codes(user.tenantId, '공직가치 신임자')).toEqual(['NEWCOMER']);
    expect(await codes(user.tenantId, 'GENERATIVE')).toEqual(['AI-DOCS']);
    expect(await codes(user.tenantId, '공문 신임자')).toEqual([]);
    expect(await codes(user.tenantId, 'course')).toEqual(['AI-DOCS', 'NEWCOMER']);
  });

  it('takes odd input as plain text: %, _, backslashes, quotes and a NUL (%00) neither match everything nor fail', async () => {
    const { user, save } = await institute();
    await save(course('PCT', { nameKo: '성과 100% 달성', descriptionKo: "it's_done \\ here" }));
    await save(course('OTHER'));
    expect(await codes(user.tenantId, '%')).toEqual(['PCT']);
    expect(await codes(user.tenantId, '_')).toEqual(['PCT']);
    expect(await codes(user.tenantId, "it's")).toEqual(['PCT']);
    expect(await codes(user.tenantId, '\\')).toEqual(['PCT']);
    expect(await codes(user.tenantId, "'; DROP TABLE curriculum.course; --")).toEqual([]);
    expect(await codes(user.tenantId, '달성\u0000100%')).toEqual(['PCT']);
    // A search of nothing but a NUL is no search: the whole catalog.
    expect(query('\u0000').q).toBeUndefined();
    expect(await codes(user.tenantId, '\u0000')).toEqual(['OTHER', 'PCT']);
    expect(validateSync(query('\u0000 '))).toEqual([]);
  });

  it("reads the caller's own courses and other institutes' courses open to other provinces, nothing else", async () => {
    const mine = await institute();
    const other = await institute();
    const own = await mine.save(course('OWN', { descriptionKo: '청렴 교육' }));
    const open = await other.save(course('OPEN', { descriptionKo: '청렴 실천', openToOtherProvinces: true }));
    const closed = await other.save(course('CLOSED', { descriptionKo: '청렴 심화' }));
    const m = db.dataSource.manager;
    expect((await visibleCourseIds(m, mine.user.tenantId, '청렴')).sort()).toEqual([own, open].sort());
    expect(await visibleCourse(m, mine.user.tenantId, open)).toMatchObject({ code: 'OPEN', descriptionKo: '청렴 실천' });
    expect(await visibleCourse(m, mine.user.tenantId, closed)).toBeNull();
    expect(await visibleCourse(m, other.user.tenantId, closed)).toMatchObject({ code: 'CLOSED' });
  });
});
