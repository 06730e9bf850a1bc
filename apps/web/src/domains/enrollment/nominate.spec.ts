import { ApiError, type ErrorBody } from '../../api/client';
import { duplicateRank, nomineesOf, placeNominationErrors } from './nominate';

const refused = (errors: ErrorBody['errors']) =>
  new ApiError(400, { statusCode: 400, code: 'VALIDATION', message: 'Invalid input', errors });

describe('a nomination', () => {
  it('sends only the staff given a rank, in rank order', () => {
    expect(nomineesOf({ cohortId: 'c', ranks: { a: 2, b: undefined, c: 1, d: Number.NaN } })).toEqual([
      { traineeId: 'c', rank: 1 },
      { traineeId: 'a', rank: 2 },
    ]);
  });

  it('refuses two equal ranks beside each rank field that holds it, as the server does', () => {
    const values = { ranks: { a: 1, b: 1, c: 2 } };
    expect(duplicateRank(1, values)).toEqual({ code: 'NOMINATION.DUPLICATE_RANK', params: { rank: 1 } });
    expect(duplicateRank(2, values)).toBeNull();
    expect(duplicateRank(undefined, values)).toBeNull();
  });

  it("places the server's shared rank beside both rank fields, not at the top of the page", () => {
    const sent = [
      { traineeId: 'kim', rank: 1 },
      { traineeId: 'lee', rank: 1 },
      { traineeId: 'park', rank: 2 },
    ];
    const placed = placeNominationErrors(
      refused([{ field: 'nominees', code: 'NOMINATION.DUPLICATE_RANK', params: { rank: 1, index: 1 } }]),
      sent,
    );
    expect(placed.fieldErrors).toEqual([
      { field: 'ranks.kim', code: 'NOMINATION.DUPLICATE_RANK', params: { rank: 1, index: 1 } },
      { field: 'ranks.lee', code: 'NOMINATION.DUPLICATE_RANK', params: { rank: 1, index: 1 } },
    ]);
    expect(placed.status).toBe(400);
  });

  it("places a nominee's own problem beside that nominee's rank, and leaves the rest as it is", () => {
    const sent = [
      { traineeId: 'kim', rank: 1 },
      { traineeId: 'lee', rank: 1000 },
    ];
    const placed = placeNominationErrors(
      refused([
        { field: 'nominees.1.rank', code: 'VALIDATION.MAX', params: { max: 999 } },
        { field: 'nominees.0.traineeId', code: 'VALIDATION.ID' },
        { field: 'cohortId', code: 'VALIDATION.ID' },
      ]),
      sent,
    );
    expect(placed.fieldErrors.map((e) => e.field)).toEqual(['ranks.lee', 'ranks.kim', 'cohortId']);
  });
});
