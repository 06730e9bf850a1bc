import {
  ApiCompletionCsvUpload,
  ApiEnrollmentPdfResponse,
  CertificateCheckView,
  CertificateDataView,
  CertificateVerificationView,
  CompletionImportView,
} from '@baeum/api';
import { sendFile } from '@baeum/documents';
import { CACHE, CacheStore, CodedException, Public } from '@baeum/service-kit';
import { Controller, Get, Headers, Inject, Ip, Param, ParseUUIDPipe, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ServiceClients } from '../clients/service-clients';
import { certificatePdf, CertificateIssuer } from './certificate-pdf';
import { HostTenants } from './host-tenants';

const CHECKS_PER_MINUTE = 30;

/** The web app's public page where anyone checks a certificate: what its QR code and printed address open. */
export const verificationPath = (code: string) => `/certificates/verify/${encodeURIComponent(code)}`;
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
    const host = (await this.tenants.byId()).get(data.hostTenantId);
    // The host institute's seal as its administrator uploaded it (기관 설정); drawn when there is none.
    const sealImage = await this.services.bytes('curriculum', `/certificate-seals/${data.hostTenantId}`, { authorization: undefined });
    const issuer: CertificateIssuer = { nameKo: host?.nameKo ?? '', nameEn: host?.nameEn ?? '', sealImage };
    const verifyUrl = `${req.protocol}://${req.get('host')}${verificationPath(data.verificationCode ?? '')}`;
    sendFile(res, await certificatePdf(data, issuer, verifyUrl), `수료증_${data.certificateNo}.pdf`, 'pdf');
  }

  /**
   * Anyone checks a certificate by its code (valid or revoked, the name masked); limited per client,
   * and codes are 60 random bits, so guessing finds nothing. A browser opening the address printed
   * on certificates before the web page existed is sent to the page (303).
   */
  @Public()
  @Get('public/certificates/:code')
  @ApiOkResponse({ type: CertificateCheckView })
  @ApiNotFoundResponse({ description: 'No certificate has this code (CERTIFICATE.NOT_FOUND)' })
  async verify(
    @Param('code') code: string,
    @Ip() ip: string,
    @Headers('accept') accept = '',
    @Res({ passthrough: true }) res: Response,
  ): Promise<CertificateCheckView | void> {
    res.setHeader('Cache-Control', 'no-store');
    if (accept.includes('text/html')) {
      res.redirect(303, verificationPath(code.slice(0, 40)));
      return;
    }
    if ((await this.cache.incrementWindow(`certificate-check:${ip}`, 60)) > CHECKS_PER_MINUTE) {
      throw new CodedException(429, 'RATE_LIMITED', {
        params: { retryAfterSeconds: 60 },
        message: '조회가 너무 많습니다. 1분 후 다시 시도하세요 / Too many checks; try again in a minute',
      });
    }
    const found = await this.services.call<CertificateVerificationView>(
      'enrollment',
      `/public/certificates/${encodeURIComponent(code.slice(0, 40))}`,
      { authorization: undefined },
    );
    const host = (await this.tenants.byId()).get(found.hostTenantId);
    return { ...found, institute: host ? `${host.nameKo} (${host.nameEn})` : '' };
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
