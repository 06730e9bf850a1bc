import { DemoTenants } from '@baeum/source-data';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { ApiClient } from './http';
import { registrarAt, TestPerson } from './people';
import { TEST_JWT_SECRET } from './stack';

const jwt = new JwtService({ secret: TEST_JWT_SECRET, signOptions: { algorithm: 'HS256' } });

export type { TestPerson };

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
      // The credential version of a new account; the gateway refuses the token unless the account exists (clientAs).
      cv: 1,
    },
    { expiresIn: 3600 },
  );
}

/**
 * An API client signed in as that invented person; `userId` is its token's subject. Against a
 * stack's gateway the person's account is made first (the gateway refuses tokens of unknown users).
 */
export function clientAs(baseUrl: string, person: TestPerson): ApiClient & { userId: string } {
  const full: Required<TestPerson> = {
    role: person.role,
    tenantId: person.tenantId ?? DemoTenants.seoul.id,
    agencyCode: person.agencyCode ?? null,
    name: person.name ?? '테스트',
    userId: person.userId ?? randomUUID(),
  };
  const registrar = registrarAt(baseUrl);
  const ready = registrar?.(full);
  ready?.catch(() => undefined); // reported by the first call that awaits it
  return Object.assign(new ApiClient(baseUrl, tokenFor(full), ready), { userId: full.userId });
}
