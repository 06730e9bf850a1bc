import { sqlOutsideQueries } from '@baeum/testing';

/*
 * The gateway's SQL lives in its features' queries files, migrations and seed (docs/architecture.md, "Inside a
 * service"); controllers, use cases and consumers call those. A file running SQL anywhere else fails here, named.
 * The gateway also reads users and tenants through TypeORM repositories: those calls (`getRepository(`) belong
 * in queries files too (identity's DirectoryQueries serves the other features).
 */
const ALLOWED: string[] = [
  // The credential check runs inside the service kit's module (ServiceKitOptions.credentialCheck), which cannot
  // inject identity's providers; its one read of a user's credential version stays beside it.
  'identity/credentials.ts',
];

describe('gateway SQL placement', () => {
  it('runs SQL and repository calls only in queries files, migrations and the seed', () => {
    expect(sqlOutsideQueries(__dirname, ALLOWED, { repositories: true })).toEqual([]);
  });
});
