import { CoursePublishedV1, EventEnvelope, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { upsertCourse } from '../courses.queries';

/** Keeps the catalog's categories and codes: reports group by them, completion imports name courses by code. */
@Injectable()
export class CoursePublishedConsumer implements EventHandler<CoursePublishedV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(CoursePublishedV1, {
    courseId: 'uuid',
    fiscalYear: 'int',
    code: 'string',
    nameKo: 'string',
    nameEn: 'string',
    educationType: { kind: 'enum', values: ['general', 'e_learning'] },
    fieldCode: 'string',
    deliveryMode: { kind: 'enum', values: ['face_to_face', 'remote', 'blended_cohort', 'blended_course', 'e_learning'] },
    completionMinAttendancePercent: 'int',
  });
  readonly contract = CoursePublishedV1;

  async handle(event: EventEnvelope<CoursePublishedV1>, tx: EntityManager): Promise<void> {
    const p = event.payload;
    await upsertCourse(tx, {
      courseId: p.courseId,
      tenantId: event.tenantId,
      fiscalYear: p.fiscalYear,
      code: p.code,
      nameKo: p.nameKo,
      nameEn: p.nameEn,
      educationType: p.educationType,
      fieldCode: p.fieldCode,
      deliveryMode: p.deliveryMode,
      completionMinAttendancePercent: p.completionMinAttendancePercent,
    });
  }
}
