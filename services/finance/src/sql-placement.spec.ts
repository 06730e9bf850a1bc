import { sqlOutsideQueries } from '@baeum/testing';

/*
 * finance's SQL lives in its features' queries files, migrations and seed (docs/architecture.md, "Inside a
 * service"); controllers, use cases and consumers call those. A file running SQL anywhere else fails here, named.
 */
describe('finance SQL placement', () => {
  it('runs SQL only in queries files, migrations and the seed', () => {
    expect(sqlOutsideQueries(__dirname)).toEqual([]);
  });
});
