import { ChangeCohortDto, CohortListQuery, PlanReportQuery, ScheduleCohortDto } from '@baeum/api';
import { createValidationPipe } from '@baeum/service-kit';
import { BadRequestException } from '@nestjs/common';

interface Refusal {
  code: string;
  errors: { field: string; code: string; params?: Record<string, unknown>; messages?: string[] }[];
}

/** Runs the service's (and the gateway's) validation as Nest would, answering the 400's body. */
async function refused(metatype: new () => object, value: Record<string, unknown>, type: 'body' | 'query' = 'body'): Promise<Refusal> {
  try {
    await createValidationPipe().transform(value, { type, metatype });
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return (error as BadRequestException).getResponse() as Refusal;
  }
  throw new Error('accepted');
}

const cohort = {
  courseId: 'c0a00000-0000-4000-8000-000000000201',
  startDate: '2027-03-02',
  endDate: '2027-03-06',
  capacity: 30,
  estimatedCost: 12_000_000,
};

describe("curriculum's bodies and queries answer a code per field", () => {
  it('names each broken rule of a cohort with its limits, beside the sentence it had', async () => {
    const body = await refused(ScheduleCohortDto, {
      ...cohort,
      courseId: 'not-a-uuid',
      capacity: 0,
      estimatedCost: 1.5,
      startDate: '2027-3-2',
      agencyQuotas: [{ agencyCode: 'mapo', seats: 1 }],
      surprise: true,
    });
    expect(body.code).toBe('VALIDATION');
    expect(body.errors.map(({ field, code, params }) => ({ field, code, params }))).toEqual([
      { field: 'surprise', code: 'VALIDATION.UNKNOWN_FIELD', params: undefined },
      { field: 'courseId', code: 'VALIDATION.ID', params: undefined },
      { field: 'startDate', code: 'VALIDATION.FORMAT', params: undefined },
      { field: 'capacity', code: 'VALIDATION.MIN', params: { min: 1 } },
      { field: 'estimatedCost', code: 'VALIDATION.INTEGER', params: undefined },
      { field: 'agencyQuotas.0.agencyCode', code: 'VALIDATION.FORMAT', params: undefined },
    ]);
    expect(body.errors.find((e) => e.field === 'capacity')!.messages).toEqual(['capacity must be at least 1 / 정원은 1명 이상입니다']);
  });

  it('asks for the reason of a change, and checks ids of lists and queries', async () => {
    expect((await refused(ChangeCohortDto, { capacity: 35 })).errors).toEqual([
      expect.objectContaining({ field: 'reason', code: 'VALIDATION.REQUIRED' }),
    ]);
    expect((await refused(ScheduleCohortDto, { ...cohort, instructorIds: ['x'] })).errors).toEqual([
      expect.objectContaining({ field: 'instructorIds', code: 'VALIDATION.ID' }),
    ]);
    expect((await refused(CohortListQuery, { roomId: 'x', status: 'open' }, 'query')).errors.map((e) => [e.field, e.code])).toEqual([
      ['roomId', 'VALIDATION.ID'],
      ['status', 'VALIDATION.ONE_OF'],
    ]);
    expect((await refused(PlanReportQuery, { versionIds: 'a,b' }, 'query')).errors).toEqual([
      expect.objectContaining({ field: 'versionIds', code: 'VALIDATION.ID' }),
    ]);
  });
});
