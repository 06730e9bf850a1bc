import {
  CohortCancelledV1,
  CohortChangedV1,
  CohortScheduledV1,
  CoursePublishedV1,
  EventContract,
  EventEnvelope,
  PlanApprovedV1,
  validatePayload,
} from '@baeum/contracts';
import { DemoTenants } from '@baeum/source-data';
import { ApiClient, eventually, infra, ServiceStack } from '@baeum/testing';
import { Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';

export const PASSWORD = 'Baeum!2022';
export const SEOUL: string = DemoTenants.seoul.id;
export const SEJONG: string = DemoTenants.sejong.id;

const SEOUL_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' });
/** A business date `days` from today in Asia/Seoul. */
export function day(days: number): string {
  return SEOUL_DATE.format(new Date(Date.now() + days * 86_400_000));
}

/**
 * Curriculum's side of the conversation, until its cohort API fills every field: contract-valid
 * events produced onto this stack's own topics, as curriculum's relay would send them.
 */
export class Curriculum {
  private constructor(
    private readonly producer: Producer,
    private readonly stack: ServiceStack,
  ) {}

  static async connect(stack: ServiceStack): Promise<Curriculum> {
    const producer = new Kafka({
      clientId: `enrollment-test-${stack.runId}`,
      brokers: infra().kafkaBrokers.split(','),
      logLevel: logLevel.ERROR,
    }).producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    return new Curriculum(producer, stack);
  }

  async publish<P>(
    contract: EventContract<P>,
    payload: P,
    options: { tenantId?: string; correlationId?: string; id?: string } = {},
  ): Promise<EventEnvelope<P>> {
    const problems = validatePayload(contract, payload);
    if (problems.length > 0) throw new Error(`test event does not fit ${contract.type}: ${problems.join('; ')}`);
    const envelope: EventEnvelope<P> = {
      id: options.id ?? randomUUID(),
      type: contract.type,
      version: contract.version,
      occurredAt: new Date().toISOString(),
      tenantId: options.tenantId ?? SEOUL,
      source: 'curriculum',
      correlationId: options.correlationId ?? randomUUID(),
      causationId: null,
      payload,
    };
    await this.resend(envelope, contract);
    return envelope;
  }

  /** Sends an envelope again, as a redelivery would. */
  async resend<P>(envelope: EventEnvelope<P>, contract: EventContract<P>): Promise<void> {
    await this.producer.send({
      topic: this.stack.topic(contract.topic),
      messages: [{ key: contract.keyOf(envelope.payload), value: JSON.stringify(envelope) }],
    });
  }

  /** Schedules a cohort and waits until enrollment has it. */
  async schedule(overrides: Partial<CohortScheduledV1> = {}, tenantId = SEOUL): Promise<CohortScheduledV1> {
    const payload = cohortSnapshot(overrides);
    await this.publish(CohortScheduledV1, payload, { tenantId });
    await this.replicated(payload.cohortId);
    return payload;
  }

  async change(
    before: CohortScheduledV1,
    changes: Partial<CohortScheduledV1>,
    options: { correlationId?: string; tenantId?: string } = {},
  ) {
    const payload: CohortChangedV1 = { ...before, ...changes, changedFields: Object.keys(changes), reason: '테스트 변경 / test change' };
    return this.publish(CohortChangedV1, payload, options);
  }

  cancel(cohort: CohortScheduledV1, tenantId = SEOUL) {
    return this.publish(
      CohortCancelledV1,
      {
        cohortId: cohort.cohortId,
        courseId: cohort.courseId,
        courseCode: cohort.courseCode,
        startDate: cohort.startDate,
        budgetLineCode: cohort.budgetLineCode,
        reason: '최소 인원 미달 / under-filled',
      },
      { tenantId },
    );
  }

  course(payload: Partial<CoursePublishedV1> & Pick<CoursePublishedV1, 'code'>, tenantId = SEOUL) {
    return this.publish(
      CoursePublishedV1,
      {
        courseId: randomUUID(),
        fiscalYear: 2021,
        nameKo: payload.code,
        nameEn: payload.code,
        educationType: 'e_learning',
        fieldCode: 'JOB',
        deliveryMode: 'e_learning',
        hours: 10,
        status: 'continued',
        openToOtherProvinces: false,
        completionMinAttendancePercent: 80,
        completionRequiresAssessment: false,
        ...payload,
      },
      { tenantId },
    );
  }

  plan(payload: Omit<PlanApprovedV1, 'planVersionId'>, tenantId = SEOUL) {
    return this.publish(PlanApprovedV1, { planVersionId: randomUUID(), ...payload }, { tenantId });
  }

  async replicated(cohortId: string) {
    await eventually(
      async () =>
        (await this.stack.query('enrollment', 'SELECT 1 FROM enrollment.cohort_seats WHERE cohort_id = $1', [cohortId])).length === 1,
      { what: `cohort ${cohortId} in enrollment` },
    );
  }

  async close() {
    await this.producer.disconnect();
  }
}

/** A stack for enrollment's tests, curriculum's producer, and the demo course manager and Mapo agency admin signed in. */
export async function enrollmentStack(env: Record<string, string>) {
  const stack = await ServiceStack.start({ env: { enrollment: env } });
  const curriculum = await Curriculum.connect(stack);
  const gateway = new ApiClient(stack.gatewayUrl);
  return {
    stack,
    curriculum,
    gateway,
    manager: await gateway.signIn('seoul-hrd', 'manager@seoul-hrd.example', PASSWORD),
    mapoAdmin: await gateway.signIn('seoul-hrd', 'agency@seoul-hrd.example', PASSWORD),
  };
}

/** A cohort as curriculum would announce it; applications open today, training in a month. */
export function cohortSnapshot(overrides: Partial<CohortScheduledV1> = {}): CohortScheduledV1 {
  return {
    cohortId: randomUUID(),
    courseId: 'c0a00000-0000-4000-8000-000000000203',
    courseCode: 'LEADERSHIP',
    courseNameKo: '직위·직급별 리더십 교육',
    courseNameEn: 'Leadership training by position and grade',
    startDate: day(30),
    endDate: day(32),
    capacity: 30,
    estimatedCost: '8400000',
    budgetLineCode: 'INCUMBENT',
    educationType: 'general',
    fieldCode: 'LEADERSHIP',
    deliveryMode: 'face_to_face',
    dailyStartTime: '09:00',
    dailyEndTime: '18:00',
    applicationOpens: day(-1),
    applicationCloses: day(20),
    approval: 'none',
    ...overrides,
  };
}

/** The events enrollment wrote to its outbox for one cohort, by type. */
export async function outboxOf(stack: ServiceStack, cohortId: string, type: string): Promise<EventEnvelope<any>[]> {
  const rows = await stack.query('enrollment', `SELECT envelope FROM enrollment.outbox WHERE key = $1 AND type = $2 ORDER BY seq`, [
    cohortId,
    type,
  ]);
  return rows.map((r) => r.envelope);
}
