import { CertificateRevokedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser, conflict, notFound } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Application } from '../../../applications/application.entity';
import { accessibleApplication } from '../../../applications/application-access';
import { applicationById, revokeOnce } from '../../completion.queries';

export const certificateNotFound = () =>
  notFound('CERTIFICATE.NOT_FOUND', { message: '수료증을 찾을 수 없습니다 / Certificate not found' });

/**
 * 수료증 취소: the host institute's staff revoke a certificate once, with a reason. The completion
 * stays on record; the certificate's public check says it was revoked, when and why, and an event
 * tells whoever cares (notifications).
 */
@Injectable()
export class RevokeCertificateUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  execute(user: AuthUser, applicationId: string, reason: string): Promise<Application> {
    return this.dataSource.transaction(async (tx) => {
      const app = await accessibleApplication(tx, user, applicationId);
      if (app.completionStatus !== 'completed' || !app.certificateNo) throw certificateNotFound();
      if (!(await revokeOnce(tx, app.id, user.userId, reason.trim()))) {
        const now = (await applicationById(tx, app.id))!;
        throw conflict('CERTIFICATE.ALREADY_REVOKED', {
          params: { revokedAt: now.certificateRevokedAt?.toISOString() ?? '' },
          message: '이미 취소된 수료증입니다 / The certificate has already been revoked',
        });
      }
      const revoked = (await applicationById(tx, app.id))!;
      await this.publisher.publish(tx, CertificateRevokedV1, revoked.tenantId, {
        applicationId: revoked.id,
        cohortId: revoked.cohortId,
        traineeId: revoked.traineeId,
        agencyCode: revoked.agencyCode,
        certificateNo: revoked.certificateNo!,
        revokedAt: revoked.certificateRevokedAt!.toISOString(),
        reason: revoked.certificateRevokeReason!,
      });
      return revoked;
    });
  }
}
