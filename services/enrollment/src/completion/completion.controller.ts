import { CertificateDataView, CertificateVerificationView, CohortCompletionView, INSTITUTE_USERS } from '@baeum/api';
import { AuthUser, CurrentUser, notFound, Public, Roles } from '@baeum/service-kit';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { accessibleApplication } from '../applications/application-access';
import { agencyOf, cohortById, completedByVerificationCode } from './completion.queries';
import { CompleteCohortUseCase } from './usecases/complete-cohort/complete-cohort.usecase';

/** Masks a name for the public check: 정교육생 → 정*** (enough to match a paper, not to learn a name). */
const certificateNotFound = () => notFound('CERTIFICATE.NOT_FOUND', { message: '수료증을 찾을 수 없습니다 / Certificate not found' });

export const maskName = (name: string): string => [...name].map((ch, i) => (i === 0 ? ch : '*')).join('');

@ApiTags('completion')
// Routes without their own @Roles: the institute's staff, agency admins and trainees; not the public nor assessors
// (docs/security/role-matrix.md).
@Roles(...INSTITUTE_USERS)
@Controller()
export class CompletionController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly completeCohort: CompleteCohortUseCase,
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
      valid: true,
      certificateNo: app.certificateNo,
      traineeName: maskName(app.traineeName),
      courseNameKo: cohort.courseNameKo,
      courseNameEn: cohort.courseNameEn,
      startDate: cohort.startDate,
      endDate: cohort.endDate,
      completedOn: app.completedOn,
      hostTenantId: app.tenantId,
    };
  }
}
