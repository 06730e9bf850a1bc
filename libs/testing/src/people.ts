import type { Role } from '@baeum/service-kit';

/** A person a test invents: a token is signed for them without signing up (tokens.ts). */
export interface TestPerson {
  role: Role;
  tenantId?: string;
  agencyCode?: string | null;
  name?: string;
  userId?: string;
}

/** Makes the account of an invented person in a gateway's database, so that the gateway's credential check accepts its token. */
export type PersonRegistrar = (person: Required<TestPerson>) => Promise<void>;
const registrars = new Map<string, PersonRegistrar>();

/** A stack tells how its gateway (by URL) gets the accounts of invented people; a gateway it does not know gets none. */
export function registerPeopleAt(gatewayUrl: string, registrar: PersonRegistrar | undefined): void {
  if (registrar) registrars.set(gatewayUrl, registrar);
  else registrars.delete(gatewayUrl);
}

export function registrarAt(baseUrl: string): PersonRegistrar | undefined {
  return registrars.get(baseUrl);
}
