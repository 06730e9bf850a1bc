import { createHmac, timingSafeEqual } from 'node:crypto';
import { IdentityConfirmation, IdentityVerificationProvider, PersonClaims } from './identity-verification-provider';

/** Korean mobile numbers (010, 011, 016–019): the simulated provider confirms only those, as a carrier would. */
const MOBILE = /^01[016-9]-?\d{3,4}-?\d{4}$/;
const PREFIX = 'SIMID';

interface Claims {
  a: string;
  n: string;
  b: string;
  p: string;
  t: string;
}

/**
 * An identity provider that confirms any name and real birth date with a mobile number, as a carrier
 * would for its subscriber. It keeps no state: the reference carries what it confirmed, signed, so any
 * instance reads it alike and a forged or altered one is refused.
 */
export class SimulatedIdentityProvider implements IdentityVerificationProvider {
  constructor(private readonly secret: string) {}

  async confirm(applicantId: string, person: PersonClaims, at: Date): Promise<IdentityConfirmation | null> {
    const nameKo = person.nameKo.trim();
    if (!nameKo || !MOBILE.test(person.phone) || !realPastDate(person.birthDate, at)) return null;
    const claims: Claims = { a: applicantId, n: nameKo, b: person.birthDate, p: person.phone, t: at.toISOString() };
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return { ...person, nameKo, applicantId, verifiedAt: at, reference: `${PREFIX}.${body}.${this.mac(body)}` };
  }

  async lookup(reference: string): Promise<IdentityConfirmation | null> {
    const [prefix, body, mac] = reference.split('.');
    if (prefix !== PREFIX || !body || !mac) return null;
    const expected = Buffer.from(this.mac(body));
    if (expected.length !== Buffer.byteLength(mac) || !timingSafeEqual(expected, Buffer.from(mac))) return null;
    try {
      const c = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Claims;
      return { reference, applicantId: c.a, nameKo: c.n, birthDate: c.b, phone: c.p, verifiedAt: new Date(c.t) };
    } catch {
      return null;
    }
  }

  private mac(text: string): string {
    return createHmac('sha256', this.secret).update(`identity:${text}`).digest('base64url');
  }
}

function realPastDate(date: string, now: Date): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date && parsed < now;
}

/** The secret the simulated provider signs its references with, derived from JWT_SECRET unless set. */
export const identitySecret = (env: { IDENTITY_SECRET?: string; JWT_SECRET: string }): string =>
  env.IDENTITY_SECRET ?? createHmac('sha256', env.JWT_SECRET).update('baeum:identity-verification').digest('hex');
