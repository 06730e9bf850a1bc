import { allEventContracts } from './asyncapi';
import { consumerContractProblems, reliesOn, relianceProblems } from './reliance';
import { FieldSpec } from './schema';
import { SeatConfirmedV1 } from './enrollment/seat-confirmed.v1';
import { SurveySubmittedV1 } from './enrollment/survey-submitted.v1';
import { CohortScheduledV1 } from './curriculum/cohort-scheduled.v1';

type Shape = { type: string; version: number; fields: Record<string, FieldSpec> };
const current = (): Shape[] =>
  allEventContracts().map(({ contract }) => ({
    type: contract.type,
    version: contract.version,
    fields: { ...(contract.fields as Record<string, FieldSpec>) },
  }));

/** The contracts as they are, with `change` applied to the one of `type` (a copy: nothing real is touched). */
function changed(type: string, change: (fields: Record<string, FieldSpec>) => void): Shape[] {
  return current().map((c) => {
    if (c.type !== type) return c;
    const fields = structuredClone(c.fields);
    change(fields);
    return { ...c, fields };
  });
}

class MealsOnSeat {
  static readonly reliesOn = reliesOn(SeatConfirmedV1, {
    applicationId: 'uuid',
    cohortId: 'uuid',
    via: { kind: 'enum', values: ['application', 'nomination', 'waitlist'] },
  });
}
class InstructorRatings {
  static readonly reliesOn = reliesOn(SurveySubmittedV1, {
    cohortId: 'uuid',
    instructorScores: { kind: 'list', items: { instructorId: 'uuid', score: 'int' } },
  });
}
class CohortReplica {
  static readonly reliesOn = reliesOn(CohortScheduledV1, { cohortId: 'uuid', capacity: 'int', cohortNo: 'int?' });
}
const consumers = [MealsOnSeat, InstructorRatings, CohortReplica];

describe('a consumer relying on a contract', () => {
  it('finds nothing wrong while the contracts give what the consumers read', () => {
    expect(consumerContractProblems(consumers)).toEqual([]);
  });

  it('is told when a field it reads is removed, naming the consumer', () => {
    const contracts = changed('enrollment.seat.confirmed', (f) => delete f.applicationId);
    expect(consumerContractProblems(consumers, contracts)).toEqual([
      'MealsOnSeat (enrollment.seat.confirmed v1) reads applicationId, which the contract no longer has (removed or renamed)',
    ]);
  });

  it('is told when a field it reads is renamed', () => {
    const contracts = changed('enrollment.seat.confirmed', (f) => {
      f.seatCohortId = f.cohortId;
      delete f.cohortId;
    });
    expect(consumerContractProblems(consumers, contracts)).toEqual([
      expect.stringMatching(/^MealsOnSeat .* reads cohortId, which the contract no longer has/),
    ]);
  });

  it('is told when a field changes its kind', () => {
    const contracts = changed('curriculum.cohort.scheduled', (f) => (f.capacity = { kind: 'string' }));
    expect(consumerContractProblems(consumers, contracts)).toEqual([
      'CohortReplica (curriculum.cohort.scheduled v1) reads capacity as int, the contract now says string',
    ]);
  });

  it('is told when a field it needs becomes optional, but not when it copes with its absence', () => {
    const contracts = changed('curriculum.cohort.scheduled', (f) => (f.capacity = { ...f.capacity, optional: true }));
    expect(consumerContractProblems(consumers, contracts)).toEqual([
      'CohortReplica (curriculum.cohort.scheduled v1) needs capacity, which the contract now makes optional',
    ]);
    expect(relianceProblems(CohortReplica.reliesOn)).toEqual([]); // cohortNo is optional, and declared `int?`
  });

  it('is told when an enum allows a value it does not handle', () => {
    const contracts = changed(
      'enrollment.seat.confirmed',
      (f) => (f.via = { kind: 'enum', values: ['application', 'nomination', 'waitlist', 'transfer'] }),
    );
    expect(consumerContractProblems(consumers, contracts)).toEqual([expect.stringContaining('the contract now also allows transfer')]);
  });

  it('is told when a field of a list element it reads goes', () => {
    const contracts = changed('enrollment.survey.submitted', (f) => delete f.instructorScores.items!.score);
    expect(consumerContractProblems(consumers, contracts)).toEqual([
      'InstructorRatings (enrollment.survey.submitted v1) reads ' +
        'instructorScores[].score, which the contract no longer has (removed or renamed)',
    ]);
  });

  it('is told when its event version is no longer defined', () => {
    const contracts = current().filter((c) => c.type !== 'enrollment.seat.confirmed');
    expect(consumerContractProblems(consumers, contracts)).toEqual([
      'MealsOnSeat (enrollment.seat.confirmed v1) relies on enrollment.seat.confirmed v1, which no contract defines any more',
    ]);
  });

  it('must declare what it relies on', () => {
    class Silent {}
    expect(consumerContractProblems([Silent])).toEqual(['Silent declares no reliesOn']);
  });
});
