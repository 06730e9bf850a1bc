import { sqlOutsideQueries } from '@baeum/testing';

/*
 * The gateway's SQL lives in its features' queries files, migrations and seed (docs/architecture.md, "Inside a
 * service"); controllers, use cases and consumers call those. A file running SQL anywhere else fails here, named.
 */
const ALLOWED: string[] = [];

describe('gateway SQL placement', () => {
  it('runs SQL only in queries files, migrations and the seed', () => {
    expect(sqlOutsideQueries(__dirname, ALLOWED)).toEqual([]);
  });
});
