import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { saveNewestLine } from '../budget-lines/budget-lines.queries';
import { Course } from '../courses/course.entity';

/*
 * Rows for specs of curriculum's queries and use cases against a real PostgreSQL (a database of the
 * spec file's own, `useSpecDatabase(curriculumDatabase(...))`): each with ids of its own, so specs share
 * nothing.
 */

/** A general, face-to-face course of the tenant's 2027 catalog, charged to the NEWCOMER line. */
export async function givenCourse(ds: DataSource, tenantId: string, overrides: Partial<Course> = {}): Promise<Course> {
  const id = randomUUID();
  const now = new Date();
  const course: Course = {
    id,
    tenantId,
    fiscalYear: 2027,
    code: `C-${id.slice(0, 8)}`,
    nameKo: '신임자 과정',
    nameEn: 'Newcomer course',
    descriptionKo: '',
    descriptionEn: '',
    educationType: 'general',
    fieldCode: 'basic_competency',
    subfieldCode: 'new_appointment',
    deliveryMode: 'face_to_face',
    hours: 35,
    targetGrades: [],
    targetPositions: [],
    openToOtherProvinces: false,
    yearStatus: 'new',
    replacesCourseId: null,
    budgetLineCode: 'NEWCOMER',
    completionMinAttendancePercent: 80,
    completionRequiresAssessment: false,
    generated: false,
    sourceNote: null,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
  await ds.getRepository(Course).insert({ ...course });
  return course;
}

/** Finance's budget line as curriculum's replica keeps it (chargeable unless told). */
export async function givenBudgetLine(
  ds: DataSource,
  tenantId: string,
  line: { code: string; fiscalYear: number; chargeable?: boolean },
): Promise<void> {
  await saveNewestLine(
    ds.manager,
    tenantId,
    { budgetLineId: randomUUID(), nameKo: '사업', nameEn: 'Line', chargeable: true, ...line },
    new Date(),
  );
}
