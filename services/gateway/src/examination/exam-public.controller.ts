import {
  ExamAnnouncementsQuery,
  ExamAnnouncementsView,
  ExamPortalView,
  ExamView,
  OpenExamSummaryView,
  PaymentCallbackDto,
  PaymentReceiptView,
  SimulatedApprovalDto,
  SimulatedApprovalView,
} from '@baeum/api';
import { notFound, Public } from '@baeum/service-kit';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Tenant } from '../identity/tenant.entity';
import { PDF_FILE } from './exam-openapi';
import { ServiceClients } from '../clients/service-clients';
import { DirectoryQueries } from '../identity/directory.queries';

/** What needs no sign-in: the announcements, and the payment provider's side of paying a fee. */
@ApiTags('exam: public')
@Public()
@Controller('api')
export class ExamPublicController {
  constructor(
    private readonly services: ServiceClients,
    private readonly directory: DirectoryQueries,
  ) {}

  /** 채용 공고: an institute's exams by its code, e.g. `?tenant=seoul-hrd`. */
  @Get('public/exams')
  @ApiOkResponse({ type: ExamAnnouncementsView })
  async announcements(@Query() query: ExamAnnouncementsQuery): Promise<ExamAnnouncementsView> {
    const tenant = await this.institute(query.tenant, 'tenant');
    return {
      tenant: { slug: tenant.slug, nameKo: tenant.nameKo, nameEn: tenant.nameEn },
      exams: await this.services.call<ExamView[]>('examination', '/public/exams', {
        authorization: undefined,
        query: { tenantId: tenant.id },
      }),
    };
  }

  /** 공고문 (PDF) of an institute's exam, for anyone: the institute by its code, as on /exams/<code>/<id>. */
  @Get('public/exams/:institute/:id/notice')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: '공고문 (PDF)', content: PDF_FILE })
  async notice(@Param('institute') institute: string, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response) {
    const tenant = await this.institute(institute, 'institute');
    return this.services.download('examination', `/public/exams/${tenant.id}/${id}/notice`, { authorization: undefined }, res);
  }

  /**
   * 채용 공고 모아보기: the open exams of every active institute, without a code to type. An
   * institute's own list is `?tenant=<code>` above (the web's /exams/<code>).
   */
  @Get('public/exams/open')
  @ApiOkResponse({ type: ExamPortalView })
  async portal(): Promise<ExamPortalView> {
    const [tenants, exams] = await Promise.all([
      this.directory.tenants(),
      this.services.call<OpenExamSummaryView[]>('examination', '/public/exams/open', { authorization: undefined }),
    ]);
    const active = new Map(
      tenants
        .filter((t) => t.kind !== 'platform' && !t.deactivatedAt)
        .map((t) => [t.id, { slug: t.slug, nameKo: t.nameKo, nameEn: t.nameEn }]),
    );
    const shown = exams.flatMap(({ tenantId, ...exam }) => {
      const institute = active.get(tenantId);
      return institute ? [{ institute, ...exam }] : [];
    });
    const institutes = [...new Map(shown.map((e) => [e.institute.slug, e.institute])).values()].sort((a, b) =>
      a.nameKo.localeCompare(b.nameKo, 'ko'),
    );
    return { institutes, exams: shown };
  }

  /** An active institute by its code; a deactivated one, or the platform's own tenant, answers as one that does not exist. */
  private async institute(slug: unknown, field: string): Promise<Tenant> {
    const found = typeof slug === 'string' && /^[a-z0-9-]{2,40}$/.test(slug) ? await this.directory.tenantBySlug(slug) : null;
    if (!found || found.kind === 'platform' || found.deactivatedAt)
      throw notFound('AUTH.INSTITUTE_UNKNOWN', { field, message: '기관을 찾을 수 없습니다 / Institute not found' });
    return found;
  }

  /** The payment provider's webhook; examination verifies its signature. */
  @Post('exam/payments/callback')
  @HttpCode(200)
  @ApiOkResponse({ type: PaymentReceiptView })
  callback(@Body() body: PaymentCallbackDto): Promise<PaymentReceiptView> {
    return this.services.call('examination', '/payments/callback', { authorization: undefined, method: 'POST', body });
  }

  /** The simulated provider's checkout page approves or declines a payment. */
  @Post('exam/payment-simulator/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: SimulatedApprovalView })
  approve(@Body() body: SimulatedApprovalDto): Promise<SimulatedApprovalView> {
    return this.services.call('examination', '/payment-simulator/approve', {
      authorization: undefined,
      method: 'POST',
      body,
      timeoutMs: 15_000,
    });
  }
}
