import {
  ExamAnnouncementsQuery,
  ExamAnnouncementsView,
  ExamView,
  PaymentCallbackDto,
  PaymentReceiptView,
  SimulatedApprovalDto,
  SimulatedApprovalView,
} from '@baeum/api';
import { notFound, Public } from '@baeum/service-kit';
import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
    const slug: unknown = query.tenant;
    const tenant = typeof slug === 'string' && /^[a-z0-9-]{2,40}$/.test(slug) ? await this.directory.tenantBySlug(slug) : null;
    if (!tenant) throw notFound('AUTH.INSTITUTE_UNKNOWN', { field: 'tenant', message: '기관을 찾을 수 없습니다 / Institute not found' });
    return {
      tenant: { slug: tenant.slug, nameKo: tenant.nameKo, nameEn: tenant.nameEn },
      exams: await this.services.call<ExamView[]>('examination', '/public/exams', {
        authorization: undefined,
        query: { tenantId: tenant.id },
      }),
    };
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
