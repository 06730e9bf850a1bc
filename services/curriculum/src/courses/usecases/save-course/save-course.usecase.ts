import { CoursePublishedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { CreateCourseDto, UpdateCourseDto } from '@baeum/api';
import { AuthUser, fieldError, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Category } from '../../../categories/category.entity';
import { found } from '../../../shared/errors';
import { Course } from '../../course.entity';
import { courseProblems } from '../../course-rules';
import { coursePublished, CourseView, toCourseView } from '../../course.view';

/** Adds a course to a year's catalog or changes it; either way the catalog's readers hear of it. */
@Injectable()
export class SaveCourseUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  create(user: AuthUser, command: CreateCourseDto): Promise<CourseView> {
    return this.dataSource.transaction(async (tx) => {
      if (await tx.exists(Course, { where: { tenantId: user.tenantId, fiscalYear: command.fiscalYear, code: command.code } })) {
        throw invalidInput([
          fieldError(
            'code',
            'COURSE.CODE_TAKEN',
            { code: command.code, fiscalYear: command.fiscalYear },
            `${command.fiscalYear}년도에 이미 있는 과정코드입니다 / course code exists in ${command.fiscalYear}`,
          ),
        ]);
      }
      const now = new Date();
      const course: Course = {
        id: randomUUID(),
        tenantId: user.tenantId,
        fiscalYear: command.fiscalYear,
        code: command.code,
        nameKo: command.nameKo,
        nameEn: command.nameEn,
        descriptionKo: command.descriptionKo?.trim() ?? '',
        descriptionEn: command.descriptionEn?.trim() ?? '',
        educationType: command.educationType,
        fieldCode: command.fieldCode,
        subfieldCode: command.subfieldCode ?? null,
        deliveryMode: command.deliveryMode,
        hours: command.hours,
        targetGrades: command.targetGrades ?? [],
        targetPositions: command.targetPositions ?? [],
        openToOtherProvinces: command.openToOtherProvinces ?? false,
        yearStatus: command.yearStatus ?? 'new',
        replacesCourseId: command.replacesCourseId ?? null,
        budgetLineCode: command.budgetLineCode ?? null,
        completionMinAttendancePercent: command.completionMinAttendancePercent ?? 80,
        completionRequiresAssessment: command.completionRequiresAssessment ?? false,
        generated: false,
        sourceNote: null,
        createdAt: now,
        updatedAt: now,
      };
      await this.check(tx, course);
      await tx.insert(Course, course);
      await this.publisher.publish(tx, CoursePublishedV1, user.tenantId, coursePublished(course));
      return toCourseView(course);
    });
  }

  update(user: AuthUser, id: string, command: UpdateCourseDto): Promise<CourseView> {
    return this.dataSource.transaction(async (tx) => {
      const course = found(
        await tx.findOne(Course, { where: { id, tenantId: user.tenantId }, lock: { mode: 'pessimistic_write' } }),
        'COURSE.NOT_FOUND',
        ['과정', 'Course'],
      );
      const changes = Object.fromEntries(Object.entries(command).filter(([, v]) => v !== undefined));
      Object.assign(course, changes, { updatedAt: new Date() });
      await this.check(tx, course);
      await tx.save(Course, course);
      await this.publisher.publish(tx, CoursePublishedV1, user.tenantId, coursePublished(course));
      return toCourseView(course);
    });
  }

  private async check(tx: EntityManager, course: Course): Promise<void> {
    const categories = await tx.find(Category, { where: { tenantId: course.tenantId } });
    const replaced = course.replacesCourseId
      ? await tx.findOne(Course, { where: { id: course.replacesCourseId, tenantId: course.tenantId } })
      : null;
    const problems = courseProblems(course, categories, replaced);
    if (problems.length > 0) throw invalidInput(problems);
  }
}
