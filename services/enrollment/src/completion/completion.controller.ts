import {
  CertificateDataView,
  CertificateVerificationView,
  CohortCompletionView,
  EnrollmentApplicationView,
  INSTITUTE_USERS,
  RevokeCertificateDto,
} from '@baeum/api';
import { AuthUser, CurrentUser, Public, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { accessibleApplication } from '../applications/application-access';
import { Application } from '../applications/application.entity';
import { applicationView } from '../applications/application.view';
import { agencyOf } from '../agencies/agencies.queries';
import { cohortById, completedByVerificationCode } from './completion.queries';
import { CompleteCohortUseCase } from './usecases/complete-cohort/complete-cohort.usecase';
import { certificateNotFound, RevokeCertificateUseCase } from './usecases/revoke-certificate/revoke-certificate.usecase';

/**
 * Masks a name for the public check: 김민수 → 김*수, 정교육생 → 정**생, 이수 → 이* (enough to match a
 * paper, not to learn a name).
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 2) return chars.map((ch, i) => (i === 0 ? ch : '*')).join('');
  return chars.map((ch, i) => (i === 0 || i === chars.length - 1 || ch === ' ' ? ch : '*')).join('');
}

/** A certificate's revocation as views give it. */
const revocation = (app: Application) => ({
  revokedAt: app.certificateRevokedAt?.toISOString() ?? null,
  revokeReason: app.certificateRevokeReason,
});

@ApiTags('completion')
// Routes without their own @Roles: the institute's staff, agency admins and trainees; not the public nor assessors
// (docs/security/role-matrix.md).
@Roles(...INSTITUTE_USERS)
@Controller()
export class CompletionController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly completeCohort: CompleteCohortUseCase,
    private readonly revokeCertificate: RevokeCertificateUseCase,
  ) {}

  /** 수료 처리 of a cohort whose training has ended. */
  @ApiBearerAuth()
  @Post('cohorts/:cohortId/completion')
  @HttpCode(200)
  @Roles('course_manager', 'admin')
  @ApiOkResponse({ type: CohortCompletionView })
  async complete(@CurrentUser() user: AuthUser, @Param('cohortId', new ParseUUIDPipe()) cohortId: string): Promise<CohortCompletionView> {
    const results = await this.completeCohort.execute(user, cohortId);
    return { completed: results.filter((r) => r.completed).length, notCompleted: results.filter((r) => !r.completed).length, results };
  }

  /** What a certificate (수료증) prints; the gateway renders the PDF. The trainee, their agency and the host see it. */
  @ApiBearerAuth()
  @Get('certificates/:applicationId')
  @ApiOkResponse({ type: CertificateDataView })
  async certificate(
    @CurrentUser() user: AuthUser,
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
  ): Promise<CertificateDataView> {
    return this.dataSource.transaction(async (tx) => {
      const app = await accessibleApplication(tx, user, applicationId);
      if (app.completionStatus !== 'completed') throw certificateNotFound();
      const cohort = (await cohortById(tx, app.cohortId))!;
      const agency = await agencyOf(tx, app.traineeTenantId, app.agencyCode);
      return {
        certificateNo: app.certificateNo,
        verificationCode: app.verificationCode,
        traineeName: app.traineeName,
        agencyCode: app.agencyCode,
        agencyNameKo: agency?.nameKo ?? app.agencyCode,
        agencyNameEn: agency?.nameEn ?? app.agencyCode,
        grade: app.grade,
        position: app.position,
        courseNameKo: cohort.courseNameKo,
        courseNameEn: cohort.courseNameEn,
        cohortNo: cohort.cohortNo,
        startDate: cohort.startDate,
        endDate: cohort.endDate,
        completedOn: app.completedOn,
        attendancePercent: app.attendancePercent,
        hours: cohort.hours,
        ...revocation(app),
        hostTenantId: app.tenantId,
      };
    });
  }

  /** Anyone may check a certificate by its verification code (the gateway limits how often per client). */
  @Public()
  @Get('public/certificates/:code')
  @ApiOkResponse({ type: CertificateVerificationView })
  async verify(@Param('code') code: string): Promise<CertificateVerificationView> {
    const normalized = code.toUpperCase().replace(/[^0-9A-Z]/g, '');
    if (normalized.length !== 12) throw certificateNotFound();
    const app = await completedByVerificationCode(
      this.dataSource.manager,
      `${normalized.slice(0, 4)}-${normalized.slice(4, 8)}-${normalized.slice(8)}`,
    );
    if (!app) throw certificateNotFound();
    const cohort = (await cohortById(this.dataSource.manager, app.cohortId))!;
    return {
      valid: !app.certificateRevokedAt,
      certificateNo: app.certificateNo,
      traineeName: maskName(app.traineeName),
      courseNameKo: cohort.courseNameKo,
      courseNameEn: cohort.courseNameEn,
      startDate: cohort.startDate,
      endDate: cohort.endDate,
      completedOn: app.completedOn,
      hours: cohort.hours,
      ...revocation(app),
      hostTenantId: app.tenantId,
    };
  }

  /** 수료증 취소: the host institute's staff revoke a certificate, with a reason its public check shows. */
  @ApiBearerAuth()
  @Post('certificates/:applicationId/revoke')
  @HttpCode(200)
  @Roles('course_manager', 'admin')
  @ApiOkResponse({ type: EnrollmentApplicationView })
  async revoke(
    @CurrentUser() user: AuthUser,
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Body() body: RevokeCertificateDto,
  ): Promise<EnrollmentApplicationView> {
    return applicationView(await this.revokeCertificate.execute(user, applicationId, body.reason));
  }
}
