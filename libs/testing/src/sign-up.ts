import { ApiClient } from './http';
import type { ServiceStack } from './stack';

/** What the sign-up helpers need of a running system: its gateway, and a read of the gateway's database. */
export type SignUpSystem = Pick<ServiceStack, 'gatewayUrl' | 'query'>;

export interface SignUpMail {
  type: 'identity.sign_up.verification_requested' | 'identity.sign_up.repeated';
  payload: Record<string, string>;
}

/**
 * The sign-up events written for an address (oldest first), read from the gateway's outbox: what the
 * notification service would mail. Each is written in the same transaction as the sign-up, so it is
 * there when the sign-up has answered.
 */
export async function signUpMails(system: SignUpSystem, email: string): Promise<SignUpMail[]> {
  const rows = await system.query<{ type: SignUpMail['type']; envelope: { payload: Record<string, string> } }>(
    'gateway',
    `SELECT type, envelope FROM gateway.outbox WHERE type LIKE 'identity.sign_up.%' AND envelope->'payload'->>'email' = $1 ORDER BY seq`,
    [email.toLowerCase()],
  );
  return rows.map((r) => ({ type: r.type, payload: r.envelope.payload }));
}

/** The link (path with its token) of the newest verification mail of an address. */
export async function verificationLink(system: SignUpSystem, email: string): Promise<string> {
  const mail = (await signUpMails(system, email)).filter((m) => m.type === 'identity.sign_up.verification_requested').pop();
  if (!mail) throw new Error(`no verification mail was sent to ${email}`);
  return mail.payload.verifyPath;
}

export const tokenOfLink = (verifyPath: string): string => new URL(verifyPath, 'http://link.test').searchParams.get('token') ?? '';

/**
 * Signs an applicant up and opens the mailed link, as its owner would: returns the client signed in
 * by the link and the session's body (`user.id` is the applicant's id).
 */
export async function signUpApplicant(
  system: SignUpSystem,
  person: { email: string; password: string; name?: string; tenant?: string; headers?: Record<string, string> },
): Promise<{ client: ApiClient; session: { accessToken: string; user: { id: string; role: string; name: string } } }> {
  const anonymous = new ApiClient(system.gatewayUrl);
  const body = {
    tenant: person.tenant ?? 'seoul-hrd',
    email: person.email,
    password: person.password,
    name: person.name ?? '김응시',
    privacyConsent: true,
  };
  const asked = await anonymous.request('POST', '/api/auth/applicant-signup', body, person.headers);
  if (asked.status !== 202) throw new Error(`sign-up of ${person.email} failed: ${asked.status} ${JSON.stringify(asked.body)}`);
  const token = tokenOfLink(await verificationLink(system, person.email));
  const verified = await anonymous.post('/api/auth/applicant-signup/verify', { token });
  if (verified.status !== 200) throw new Error(`verifying ${person.email} failed: ${verified.status} ${JSON.stringify(verified.body)}`);
  return { client: anonymous.withToken(verified.body.accessToken), session: verified.body };
}
