import { CohortChangedV1 } from './curriculum/cohort-changed.v1';
import { CohortScheduledV1 } from './curriculum/cohort-scheduled.v1';
import { SurveySubmittedV1 } from './enrollment/survey-submitted.v1';
import { parseEnvelope } from './envelope';
import { validatePayload } from './schema';

const payload = {
  cohortId: '9e6f09c7-8333-4b84-a736-b0ed3b0bca7a',
  courseId: 'c0a00000-0000-4000-8000-000000000201',
  courseCode: 'NEWCOMER',
  courseNameKo: '신임자 교육과정',
  startDate: '2027-03-02',
  endDate: '2027-03-06',
  capacity: 30,
  estimatedCost: '12000000',
  budgetLineCode: 'NEWCOMER',
};
const envelope = {
  id: '0b7e2f4c-5d7a-4f8e-9a51-3c2d1e0f9a8b',
  type: 'curriculum.cohort.scheduled',
  version: 1,
  occurredAt: '2026-11-22T03:00:00.000Z',
  tenantId: '5e0a0000-0000-4000-8000-000000000001',
  source: 'curriculum',
  correlationId: 'req-1',
  causationId: null,
  payload,
};

describe('parseEnvelope', () => {
  it('accepts a well-formed envelope from bytes', () => {
    const parsed = parseEnvelope(Buffer.from(JSON.stringify(envelope)));
    expect(parsed).toEqual({ ok: true, envelope });
  });

  it('names every bad envelope field', () => {
    const parsed = parseEnvelope({ ...envelope, id: 'x', version: 0, tenantId: undefined, payload: [] });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(
      /id must be a UUID.*version must be a positive integer.*tenantId must be a UUID.*payload must be an object/,
    );
  });

  it('refuses what is not JSON', () => {
    expect(parseEnvelope('{"id": nope')).toMatchObject({ ok: false, error: expect.stringContaining('not JSON') });
  });
});

describe('validatePayload', () => {
  it('accepts a payload that fits and ignores fields it does not know', () => {
    expect(validatePayload(CohortScheduledV1, { ...payload, addedLater: true })).toEqual([]);
  });

  it('checks money as integer won in a string, dates and minimums', () => {
    expect(validatePayload(CohortScheduledV1, { ...payload, estimatedCost: 12000000.5, startDate: '2027-3-2', capacity: 0 })).toEqual([
      'startDate must be a date (YYYY-MM-DD)',
      'capacity must be at least 1',
      'estimatedCost must be integer won as a string',
    ]);
  });

  it('keeps amounts beyond 2^53 exact', () => {
    expect(validatePayload(CohortScheduledV1, { ...payload, estimatedCost: '9007199254740993' })).toEqual([]);
  });
});

describe('validatePayload, richer kinds', () => {
  it('checks times of day, enums, booleans and lists of records, naming the element', () => {
    expect(
      validatePayload(CohortScheduledV1, {
        ...payload,
        dailyStartTime: '10:00',
        dailyEndTime: '24:00',
        deliveryMode: 'by_pigeon',
        openToOtherProvinces: 'yes',
        agencyQuotas: [
          { agencyCode: 'MAPO-GU', seats: 5 },
          { agencyCode: '', seats: -1 },
        ],
      }),
    ).toEqual([
      'deliveryMode must be one of face_to_face, remote, blended_cohort, blended_course, e_learning',
      'dailyEndTime must be a time of day (HH:MM)',
      'agencyQuotas[1].agencyCode must be a non-empty string; agencyQuotas[1].seats must be at least 0',
      'openToOtherProvinces must be true or false',
    ]);
  });

  it('checks lists of strings and bounds of ints', () => {
    expect(validatePayload(CohortChangedV1, { ...payload, changedFields: ['capacity', ''], reason: '강의실 변경' })).toEqual([
      'changedFields must be a list of non-empty strings',
    ]);
    const response = {
      responseId: payload.cohortId,
      cohortId: payload.cohortId,
      courseId: payload.courseId,
      itemScores: [{ itemCode: 'overall', score: 6 }],
      instructorScores: [],
    };
    expect(validatePayload(SurveySubmittedV1, response)).toEqual(['itemScores[0].score must be at most 5']);
    expect(validatePayload(SurveySubmittedV1, { ...response, itemScores: ['x'] })).toEqual(['itemScores[0] must be an object']);
  });
});
