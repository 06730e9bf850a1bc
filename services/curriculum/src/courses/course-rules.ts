import type { ErrorCode, ErrorParams } from '@baeum/api';
import { FieldError, fieldError } from '@baeum/service-kit';
import type { Category } from '../categories/category.entity';
import type { Course } from './course.entity';

type Checked = Pick<
  Course,
  'fiscalYear' | 'educationType' | 'fieldCode' | 'subfieldCode' | 'deliveryMode' | 'yearStatus' | 'replacesCourseId'
>;

/**
 * The rules a course obeys whichever way it arrives (form, API, import): its category is the
 * tenant's, e-learning is delivered as e-learning, and a merged course names the earlier course
 * it replaces. `replaced` is that course as found in the tenant, if any.
 */
export function courseProblems(
  course: Checked,
  categories: Pick<Category, 'code' | 'kind' | 'parentCode'>[],
  replaced: Pick<Course, 'fiscalYear'> | null,
): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, code: ErrorCode, message: string, params?: ErrorParams) =>
    errors.push(fieldError(field, code, params, message));
  if (!categories.some((c) => c.kind === 'field' && c.code === course.fieldCode))
    add('fieldCode', 'COURSE.FIELD_UNKNOWN', `없는 분야입니다 / no such field: ${course.fieldCode}`, { fieldCode: course.fieldCode });
  if (
    course.subfieldCode &&
    !categories.some((c) => c.kind === 'subfield' && c.code === course.subfieldCode && c.parentCode === course.fieldCode)
  ) {
    add(
      'subfieldCode',
      'COURSE.SUBFIELD_UNKNOWN',
      `${course.fieldCode} 분야에 없는 세부분야입니다 / no such subfield in ${course.fieldCode}: ${course.subfieldCode}`,
      { fieldCode: course.fieldCode, subfieldCode: course.subfieldCode },
    );
  }
  if ((course.educationType === 'e_learning') !== (course.deliveryMode === 'e_learning')) {
    add(
      'deliveryMode',
      'COURSE.E_LEARNING_MODE',
      'e-러닝 과정만 e-러닝 방식으로 운영합니다 / e-learning courses, and only they, are delivered as e-learning',
      { educationType: course.educationType, deliveryMode: course.deliveryMode },
    );
  }
  if (course.yearStatus === 'merged' && !course.replacesCourseId)
    add(
      'replacesCourseId',
      'COURSE.REPLACED_COURSE_REQUIRED',
      '통합·대체 과정은 대체하는 과정을 지정해야 합니다 / a merged course names the course it replaces',
    );
  if (course.yearStatus !== 'merged' && course.replacesCourseId)
    add(
      'replacesCourseId',
      'COURSE.REPLACES_ONLY_WHEN_MERGED',
      '통합·대체 과정만 대체 과정을 가집니다 / only a merged course replaces another',
      { yearStatus: course.yearStatus },
    );
  if (course.replacesCourseId && course.yearStatus === 'merged' && (!replaced || replaced.fiscalYear >= course.fiscalYear)) {
    add(
      'replacesCourseId',
      'COURSE.REPLACED_COURSE_NOT_EARLIER',
      '대체하는 과정은 이전 연도의 과정이어야 합니다 / the replaced course must be of an earlier year',
      { fiscalYear: course.fiscalYear },
    );
  }
  return errors;
}
