import {
  ApiCompletionCsvUpload,
  ApiEnrollmentPdfResponse,
  CertificateCheckView,
  CertificateDataView,
  CertificateVerificationView,
  CompletionImportView,
} from '@baeum/api';
import { sendFile } from '@baeum/documents';
import { CACHE, CacheStore, CodedException, notFound, Public } from '@baeum/service-kit';
import { Controller, Get, Headers, HttpException, Inject, Ip, Param, ParseUUIDPipe, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ServiceClients } from '../clients/service-clients';
import { certificatePdf } from './certificate-pdf';
import { HostTenants } from './host-tenants';
import { verificationPage } from './verification-page';

const CHECKS_PER_MINUTE = 30;
/** A six-figure-row completion file takes minutes in embedded mode; the import answers when done. */
const IMPORT_TIMEOUT_MS = 30 * 60_000;

/** Certificates as PDF, their public check, and completion files streamed to enrollment. */
@ApiTags('enrollment')
@Controller('api')
export class EnrollmentFilesController {
  constructor(
    private readonly services: ServiceClients,
    private readonly tenants: HostTenants,
    @Inject(CACHE) private readonly cache: CacheStore,
  ) {}

  /** 수료증 PDF for the trainee, their agency admin or the host institute (enrollment decides who). */
  @ApiBearerAuth()
  @Get('enrollment/certificates/:applicationId/pdf')
  @ApiEnrollmentPdfResponse('수료증 / the certificate')
  async certificate(
    @Req() req: Request,
    @Param('applicationId', new ParseUUIDPipe()) applicationId: string,
    @Res() res: Response,
  ): Promise<void> {
    const data = await this.services.call<CertificateDataView>('enrollment', `/certificates/${applicationId}`, {
      authorization: req.headers.authorization,
    });
    const host = (await this.tenants.byId()).get(data.hostTenantId) ?? { nameKo: '', nameEn: '' };
    const verifyUrl = `${req.protocol}://${req.get('host')}/api/public/certificates/${data.verificationCode}`;
    sendFile(res, await certificatePdf(data, host, verifyUrl), `수료증_${data.certificateNo}.pdf`, 'pdf');
  }

  /** Anyone checks a certificate by its code: a page for browsers, JSON otherwise; limited per client. */
  @Public()
  @Get('public/certificates/:code')
  @ApiExtraModels(CertificateCheckView)
  @ApiProduces('application/json', 'text/html')
  @ApiOkResponse({
    description: 'A valid certificate: JSON, or a page for browsers (`Accept: text/html`, which answers 404 as a page too)',
    content: { 'application/json': { schema: { $ref: getSchemaPath(CertificateCheckView) } }, 'text/html': { schema: { type: 'string' } } },
  })
  async verify(@Param('code') code: string, @Ip() ip: string, @Headers('accept') accept = '', @Res() res: Response): Promise<void> {
    if ((await this.cache.incrementWindow(`certificate-check:${ip}`, 60)) > CHECKS_PER_MINUTE) {
      throw new CodedException(429, 'RATE_LIMITED', {
        params: { retryAfterSeconds: 60 },
        message: '조회가 너무 많습니다. 1분 후 다시 시도하세요 / Too many checks; try again in a minute',
      });
    }
    const found = await this.services
      .call<CertificateVerificationView>('enrollment', `/public/certificates/${encodeURIComponent(code.slice(0, 40))}`, {
        authorization: undefined,
      })
      .catch((error) => {
        if (error instanceof HttpException && error.getStatus() === 404) return null;
        throw error;
      });
    const host = found && (await this.tenants.byId()).get(found.hostTenantId);
    const verified: CertificateCheckView | null = found && { ...found, institute: host ? `${host.nameKo} (${host.nameEn})` : '' };
    res.setHeader('Cache-Control', 'no-store');
    if (accept.includes('text/html')) {
      res
        .status(verified ? 200 : 404)
        .type('html')
        .send(verificationPage(code, verified));
      return;
    }
    if (!verified) throw notFound('CERTIFICATE.NOT_FOUND', { message: '수료증을 찾을 수 없습니다 / Certificate not found' });
    res.json(verified);
  }

  /**
   * The LMS file streams through to enrollment as it uploads (text/csv, never held whole here),
   * so a file of 700,000 rows imports with a steady progress bar; enrollment's answer passes back.
   */
  @ApiBearerAuth()
  @Put('enrollment/completion-imports/:id/content')
  @ApiCompletionCsvUpload()
  @ApiOkResponse({ type: CompletionImportView })
  async importContent(@Req() req: Request, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response): Promise<void> {
    await this.services.stream(
      'enrollment',
      `/completion-imports/${id}/content`,
      { authorization: req.headers.authorization, method: 'PUT', from: req, timeoutMs: IMPORT_TIMEOUT_MS },
      res,
    );
  }
}
