/**
 * The port to an identity verification provider (본인확인기관: a mobile carrier's PASS, a certificate).
 * The provider confirms that the name and birth date belong to the holder of the mobile number and
 * gives a reference for it; the application keeps the reference with the confirmed name and birth
 * date. The simulated provider stands in for a real one in embedded mode and tests, as payment's does.
 */
export interface IdentityVerificationProvider {
  /** The provider's confirmation for the applicant, or null when it does not confirm the person. */
  confirm(applicantId: string, person: PersonClaims, at: Date): Promise<IdentityConfirmation | null>;
  /** What a reference the provider gave confirms, or null when it gave no such reference. */
  lookup(reference: string): Promise<IdentityConfirmation | null>;
}

export const IDENTITY_VERIFICATION_PROVIDER = Symbol('IDENTITY_VERIFICATION_PROVIDER');

export interface PersonClaims {
  nameKo: string;
  birthDate: string;
  phone: string;
}

export interface IdentityConfirmation extends PersonClaims {
  reference: string;
  /** The sign-in the confirmation was made for: a reference is not another applicant's to use. */
  applicantId: string;
  verifiedAt: Date;
}
