import { conflict, invalidInput, fieldError } from '@baeum/service-kit';
import { IdentityConfirmation, IdentityVerificationProvider } from './identity-verification-provider';

/** A confirmation is good for one sitting of the wizard: submit within this long, or confirm again. */
export const IDENTITY_CONFIRMATION_VALID_MS = 60 * 60 * 1000;

/**
 * The confirmation behind a reference the applicant sends, refused when the provider did not give it,
 * gave it to someone else, or it expired; and when the name or birth date sent differ from it.
 */
export async function confirmedIdentity(
  provider: IdentityVerificationProvider,
  applicantId: string,
  reference: string,
  claims: { nameKo?: string; birthDate?: string },
  now: Date,
): Promise<IdentityConfirmation> {
  const confirmation = await provider.lookup(reference);
  if (
    !confirmation ||
    confirmation.applicantId !== applicantId ||
    now.getTime() - confirmation.verifiedAt.getTime() > IDENTITY_CONFIRMATION_VALID_MS
  )
    throw conflict('EXAM_APPLICATION.IDENTITY_UNVERIFIED', {
      field: 'identityVerificationRef',
      message: '본인 확인을 다시 하세요 / confirm your identity again',
    });
  const mismatched = [
    claims.nameKo !== undefined && claims.nameKo.trim() !== confirmation.nameKo ? 'nameKo' : null,
    claims.birthDate !== undefined && claims.birthDate !== confirmation.birthDate ? 'birthDate' : null,
  ].filter((f): f is string => f !== null);
  if (mismatched.length > 0) throw invalidInput(mismatched.map((f) => identityMismatch(f)));
  return confirmation;
}

export const identityMismatch = (field: string) =>
  fieldError(
    field,
    'EXAM_APPLICATION.IDENTITY_MISMATCH',
    undefined,
    '본인 확인한 성명·생년월일과 다릅니다 / differs from the confirmed name and birth date',
  );
