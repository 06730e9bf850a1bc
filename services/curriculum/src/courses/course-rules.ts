import type { FieldError } from '@baeum/service-kit';
import type { Category } from '../categories/category.entity';
import type { Course } from './course.entity';

type Checked = Pick<Course, 'fiscalYear' | 'educationType' | 'fieldCode' | 'subfieldCode' | 'deliveryMode' | 'yearStatus' | 'replacesCourseId'>;

/**
 * The rules a course obeys whichever way it arrives (form, API, import): its category is the
 * tenant's, e-learning is delivered as e-learning, and a merged course names the earlier course
 * it replaces. `replaced` is that course as found in the tenant, if any.
 */
export function courseProblems(course: Checked, categories: Pick<Category, 'code' | 'kind' | 'parentCode'>[], replaced: Pick<Course, 'fiscalYear'> | null): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, messages: [message] });
  if (!categories.some((c) => c.kind === 'field' && c.code === course.fieldCode)) add('fieldCode', `없는 분야입니다 / no such field: ${course.fieldCode}`);
  if (course.subfieldCode && !categories.some((c) => c.kind === 'subfield' && c.code === course.subfieldCode && c.parentCode === course.fieldCode)) {
    add('subfieldCode', `${course.fieldCode} 분야에 없는 세부분야입니다 / no such subfield in ${course.fieldCode}: ${course.subfieldCode}`);
  }
  if ((course.educationType === 'e_learning') !== (course.deliveryMode === 'e_learning')) {
    add('deliveryMode', 'e-러닝 과정만 e-러닝 방식으로 운영합니다 / e-learning courses, and only they, are delivered as e-learning');
  }
  if (course.yearStatus === 'merged' && !course.replacesCourseId) add('replacesCourseId', '통합·대체 과정은 대체하는 과정을 지정해야 합니다 / a merged course names the course it replaces');
  if (course.yearStatus !== 'merged' && course.replacesCourseId) add('replacesCourseId', '통합·대체 과정만 대체 과정을 가집니다 / only a merged course replaces another');
  if (course.replacesCourseId && course.yearStatus === 'merged' && (!replaced || replaced.fiscalYear >= course.fiscalYear)) {
    add('replacesCourseId', '대체하는 과정은 이전 연도의 과정이어야 합니다 / the replaced course must be of an earlier year');
  }
  return errors;
}
