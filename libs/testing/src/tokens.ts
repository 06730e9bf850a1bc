import type { Role } from '@baeum/service-kit';
import { DemoTenants } from '@baeum/source-data';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { ApiClient } from './http';
import { TEST_JWT_SECRET } from './stack';

const jwt = new JwtService({ secret: TEST_JWT_SECRET, signOptions: { algorithm: 'HS256' } });

export interface TestPerson {
  role: Role;
  tenantId?: string;
  agencyCode?: string | null;
  name?: string;
  userId?: string;
}

/**
 * A token as the gateway signs them, for a person the test invents: load tests need thousands of
 * trainees or applicants, and signing each one up would spend the time on slow password hashes.
 */
export function tokenFor(person: TestPerson): string {
  return jwt.sign(
    {
      sub: person.userId ?? randomUUID(),
      tid: person.tenantId ?? DemoTenants.seoul.id,
      role: person.role,
      agency: person.agencyCode ?? null,
      name: person.name ?? '테스트',
    },
    { expiresIn: 3600 },
  );
}

/** An API client signed in as that invented person; `userId` is its token's subject. */
export function clientAs(baseUrl: string, person: TestPerson): ApiClient & { userId: string } {
  const userId = person.userId ?? randomUUID();
  return Object.assign(new ApiClient(baseUrl, tokenFor({ ...person, userId })), { userId });
}
