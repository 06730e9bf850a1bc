import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { CallOptions, ServiceClients } from '../clients/service-clients';

/** Exam files (score sheets, rosters, pass lists) are large in exam season. */
const FILE_TIMEOUT_MS = 60_000;

/**
 * The gateway's calls to examination, which owns every exam, application and assessment, through
 * the one forwarder: the caller's token travels on and examination checks it, scopes to the
 * tenant and validates input.
 */
@Injectable()
export class ExamClient {
  constructor(private readonly services: ServiceClients) {}

  call<T = unknown>(authorization: string | undefined, path: string, options: Omit<CallOptions, 'authorization'> = {}): Promise<T> {
    return this.services.call<T>('examination', path, { ...options, authorization });
  }

  upload<T = unknown>(authorization: string | undefined, path: string, content: unknown, fileName: string | undefined): Promise<T> {
    return this.services.upload<T>('examination', path, {
      authorization,
      content,
      fileName: fileName ?? 'upload',
      timeoutMs: FILE_TIMEOUT_MS,
    });
  }

  download(authorization: string | undefined, path: string, res: Response, query: object = {}): Promise<void> {
    return this.services.download('examination', path, { authorization, query, timeoutMs: FILE_TIMEOUT_MS }, res);
  }
}
