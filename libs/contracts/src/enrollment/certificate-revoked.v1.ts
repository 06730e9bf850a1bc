import { defineEvent } from '../schema';

/** Staff revoked a trainee's certificate (수료증 취소), with a reason; the completion stays on record. */
export interface CertificateRevokedV1 {
  applicationId: string;
  cohortId: string;
  traineeId: string;
  agencyCode: string;
  certificateNo: string;
  revokedAt: string;
  reason: string;
}

export const CertificateRevokedV1 = defineEvent<CertificateRevokedV1>({
  type: 'enrollment.certificate.revoked',
  version: 1,
  topic: 'enrollment.completion',
  keyOf: (p) => p.cohortId,
  fields: {
    applicationId: { kind: 'uuid' },
    cohortId: { kind: 'uuid' },
    traineeId: { kind: 'uuid' },
    agencyCode: { kind: 'string' },
    certificateNo: { kind: 'string' },
    revokedAt: { kind: 'instant' },
    reason: { kind: 'string' },
  },
});
