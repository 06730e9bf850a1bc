import { CarryCatalogForwardDto, CatalogCarriedView } from '@baeum/api';
import { CoursePublishedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser, conflict, fieldError, invalidInput, isUniqueViolation } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Course } from '../../course.entity';
import { coursePublished } from '../../course.view';
import { coursesOfYear, hasCatalog, insertCourses } from '../../courses.queries';

/**
 * 과정 이월: a new year's catalog starts as a copy of an earlier one, every course continued (계속),
 * so that cohorts of the new year can be scheduled at once; planners then add, change or merge
 * courses one by one. Enrollment and examination hear of every course as if it had been added.
 */
@Injectable()
export class CarryCatalogForwardUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  async execute(user: AuthUser, command: CarryCatalogForwardDto): Promise<CatalogCarriedView> {
    const { fromYear, toYear } = command;
    if (toYear <= fromYear) {
      throw invalidInput([
        fieldError(
          'toYear',
          'COURSE_YEAR.NOT_LATER',
          { fromYear, toYear },
          '과정은 뒤 연도로만 이월합니다 / A catalog is carried into a later year only',
        ),
      ]);
    }
    try {
      return await this.dataSource.transaction(async (tx) => {
        if (await hasCatalog(tx, user.tenantId, toYear)) throw yearExists(toYear);
        const sources = await coursesOfYear(tx, user.tenantId, fromYear);
        if (sources.length === 0) {
          throw invalidInput([
            fieldError('fromYear', 'COURSE_YEAR.EMPTY', { fromYear }, '이월할 과정이 없습니다 / That year has no course to carry forward'),
          ]);
        }
        const now = new Date();
        const copies: Course[] = sources.map((c) => ({
          ...c,
          id: randomUUID(),
          fiscalYear: toYear,
          yearStatus: 'continued',
          // The course continues under its own code; what it replaced belongs to the earlier year.
          replacesCourseId: null,
          sourceNote: null,
          createdAt: now,
          updatedAt: now,
        }));
        await insertCourses(tx, copies);
        await this.publisher.publishMany(tx, CoursePublishedV1, user.tenantId, copies.map(coursePublished));
        return { fiscalYear: toYear, courses: copies.length };
      });
    } catch (error) {
      // Two planners carrying into the same year at once: the second finds the first's courses.
      if (isUniqueViolation(error)) throw yearExists(toYear);
      throw error;
    }
  }
}

const yearExists = (toYear: number) =>
  conflict('COURSE_YEAR.EXISTS', {
    field: 'toYear',
    params: { toYear },
    message: '이월받을 연도의 과정 목록이 이미 있습니다 / That year has a catalog already',
  });
