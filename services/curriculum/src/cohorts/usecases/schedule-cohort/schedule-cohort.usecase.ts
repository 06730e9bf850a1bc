import { seoulToday } from '@baeum/calendar';
import { CohortScheduledV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { ScheduleCohortDto, ScheduledCohortView } from '@baeum/api';
import { AuthUser, fieldError, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { requireChargeableLine } from '../../../budget-lines/budget-line-check';
import { BudgetLineQueries } from '../../../budget-lines/budget-lines.queries';
import { Course } from '../../../courses/course.entity';
import { assembleCohort } from '../../cohort-assembly';
import { Cohort, CohortInstructor } from '../../cohort.entity';
import { nextCohortNo } from '../../cohorts.queries';
import { cohortSnapshot, toCohortView } from '../../cohort.view';

export type ScheduledCohort = ScheduledCohortView;

/** 기수 편성: stores the cohort, books its room and instructors, and announces it in the same transaction. */
@Injectable()
export class ScheduleCohortUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly budgetLines: BudgetLineQueries,
  ) {}

  async execute(user: AuthUser, command: ScheduleCohortDto): Promise<ScheduledCohort> {
    if (command.endDate < command.startDate) {
      throw invalidInput([
        fieldError(
          'endDate',
          'COHORT.END_BEFORE_START',
          { startDate: command.startDate, endDate: command.endDate },
          '종료일이 시작일보다 빠릅니다 / endDate must not be before startDate',
        ),
      ]);
    }
    // A cohort wholly in the past is a record made after the fact: asked for on purpose, with why.
    if (command.endDate < seoulToday() && !command.pastReason?.trim()) {
      throw invalidInput([
        fieldError(
          'pastReason',
          'COHORT.IN_THE_PAST',
          { endDate: command.endDate },
          '이미 끝난 기간의 기수입니다. 등록 사유를 입력하세요 / The cohort has already ended: give the reason for recording it',
        ),
      ]);
    }
    return this.dataSource.transaction(async (tx) => {
      const course = await tx.findOne(Course, { where: { id: command.courseId, tenantId: user.tenantId } });
      if (!course)
        throw invalidInput([
          fieldError('courseId', 'COURSE.NOT_FOUND', { courseId: command.courseId }, '과정을 찾을 수 없습니다 / course not found'),
        ]);
      const budgetLineCode = command.budgetLineCode ?? course.budgetLineCode;
      if (!budgetLineCode)
        throw invalidInput([
          fieldError(
            'budgetLineCode',
            'COHORT.BUDGET_LINE_REQUIRED',
            { courseCode: course.code },
            '과정에 예산사업이 없어 지정해야 합니다 / the course has no budget line: give one',
          ),
        ]);
      // Checked here, in this transaction, against finance's lines as curriculum last heard of them.
      await requireChargeableLine(tx, this.budgetLines, user.tenantId, budgetLineCode, command.startDate);
      // Cohort numbers count per course: numbering waits for the course's other schedulings.
      const assembled = await assembleCohort(tx, user.tenantId, course, command, null, [`course:${course.id}`]);
      const cohortNo = await nextCohortNo(tx, course.id);
      const now = new Date();
      const cohort: Cohort = {
        id: randomUUID(),
        tenantId: user.tenantId,
        courseId: course.id,
        cohortNo,
        ...assembled.terms,
        deliveryMode: assembled.deliveryMode,
        roomId: assembled.room?.id ?? null,
        estimatedCost: BigInt(command.estimatedCost),
        budgetLineCode,
        status: 'scheduled',
        statusReason: null,
        lateEntryReason: command.pastReason?.trim() || null,
        confirmed: 0,
        waitlisted: 0,
        underFilled: false,
        fillUpdatedAt: null,
        createdBy: user.userId,
        createdAt: now,
        updatedAt: now,
      };
      await tx.insert(Cohort, cohort);
      if (assembled.instructors.length > 0) {
        await tx.insert(
          CohortInstructor,
          assembled.instructors.map((i) => ({ cohortId: cohort.id, instructorId: i.id, tenantId: user.tenantId })),
        );
      }
      const parts = {
        cohort,
        course,
        room: assembled.room,
        instructors: assembled.instructors,
        inactiveAgencies: assembled.inactiveAgencies,
      };
      await this.publisher.publish(tx, CohortScheduledV1, user.tenantId, cohortSnapshot(parts));
      return { ...toCohortView(parts), limitedByDistancing: assembled.limitedByDistancing };
    });
  }
}
