import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { CallOptions, ServiceClients } from '../clients/service-clients';

export const tokenOf = (authorization: string | undefined): string => authorization?.slice('Bearer '.length) ?? '';

/**
 * The gateway's calls to examination, which owns every exam, application and assessment: the
 * caller's token travels on and examination checks it, scopes to the tenant and validates input.
 */
@Injectable()
export class ExamClient {
  constructor(private readonly services: ServiceClients) {}

  call<T = unknown>(authorization: string | undefined, path: string, options: Omit<CallOptions, 'token'> = {}): Promise<T> {
    return this.services.call<T>('examination', path, { ...options, token: tokenOf(authorization) });
  }

  upload<T = unknown>(authorization: string | undefined, path: string, content: unknown, fileName: string | undefined): Promise<T> {
    return this.services.upload<T>('examination', path, { token: tokenOf(authorization), content: Buffer.isBuffer(content) ? content : Buffer.alloc(0), fileName: decodeURIComponentSafe(fileName), timeoutMs: 60_000 });
  }

  download(authorization: string | undefined, path: string, res: Response, query: Record<string, string> = {}): Promise<void> {
    return this.services.download('examination', path, { token: tokenOf(authorization), query, timeoutMs: 60_000 }, res);
  }
}

function decodeURIComponentSafe(value: string | undefined): string {
  try {
    return decodeURIComponent(value ?? 'upload');
  } catch {
    return 'upload';
  }
}
