import { codeForStatus } from '@baeum/api';
import { CodedException, currentContext, SERVICE_ENV, tracedCall } from '@baeum/service-kit';
import { BadGatewayException, HttpException, Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express';
import { Agent as HttpAgent, IncomingHttpHeaders, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { GatewayEnv } from '../config/env';

export type ServiceName = 'curriculum' | 'enrollment' | 'examination' | 'finance' | 'notification';

export interface CallOptions {
  /** The caller's `Authorization` header as it came; its token travels on and the service checks it. */
  authorization: string | undefined;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A validated query object or the request's own; it goes on as text (see `textQuery`). */
  query?: object;
  body?: unknown;
  /** Longer than the default for imports and large exports. */
  timeoutMs?: number;
  /** A write's key when the caller asks again for the same write (a lost answer); otherwise the request's next one. */
  idempotencyKey?: string;
}

/**
 * What an upload passes on: the raw request body (anything else is sent as an empty file) and the
 * file's name as the browser encoded it.
 */
export interface UploadOptions extends Omit<CallOptions, 'method' | 'body'> {
  content: unknown;
  fileName: string | undefined;
  /** POST unless the route replaces a file in place (PUT). */
  method?: 'POST' | 'PUT';
}

/** The token of a `Bearer` header ('' when there is none); the service decides what an empty one may do. */
export const tokenOf = (authorization: string | undefined): string =>
  authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : '';

/**
 * Query parameters go on as text. A validated query class may have turned them into numbers,
 * booleans or lists; they go on as the service reads them (lists comma-separated). Anything else
 * (nested objects) is dropped, and the service validates the rest.
 */
export function textQuery(query: object | undefined): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [key, value] of Object.entries(query ?? {})) {
    if (typeof value === 'string') text[key] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') text[key] = String(value);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) text[key] = value.join(',');
  }
  return text;
}

/** A file name as the browser sent it, percent-encoded; a malformed one goes on as it came (the service judges it). */
function decodedFileName(value: string | undefined): string {
  try {
    return decodeURIComponent(value ?? '');
  } catch {
    return value ?? '';
  }
}

/** Long enough for a service working through a burst on a busy machine; a call past it is answered 503 (UPSTREAM_TIMEOUT_MS). */
export const UPSTREAM_TIMEOUT_MS = 30_000;
const RETRY_AFTER_SECONDS = 1;

/**
 * No answer came: the service did not answer in time (load), or its connection was refused or reset
 * (restarting, or overloaded). Either way the caller may ask again: a write it asks again with the
 * same Idempotency-Key is applied at most once by the service (ADR 0012), so this is 503, never 502.
 */
export function noAnswer(service: ServiceName, error: unknown): CodedException {
  const timedOut = ['TimeoutError', 'AbortError'].includes((error as Error | undefined)?.name ?? '');
  return new CodedException(503, timedOut ? 'UNAVAILABLE' : 'UPSTREAM.UNAVAILABLE', {
    params: { retryAfterSeconds: RETRY_AFTER_SECONDS },
    message: timedOut
      ? `${service} 서비스가 바빠 제때 답하지 못했습니다. 잠시 후 다시 시도하세요 / ${service} is busy; try again shortly`
      : `${service} 서비스에 연결할 수 없습니다. 잠시 후 다시 시도하세요 / ${service} cannot be reached; try again shortly`,
  });
}

/**
 * The Idempotency-Key of the next write this request makes on to a service: the caller's own (one is
 * made for a caller who sent none) for the first, the same with `-2`, `-3` … for the ones after, so
 * that a retry of the whole request makes its writes again under the same keys, in the same order.
 */
export function nextWriteKey(): string {
  const context = currentContext();
  if (!context) return randomUUID();
  context.idempotencyKey ??= randomUUID();
  context.writeCalls = (context.writeCalls ?? 0) + 1;
  return context.writeCalls === 1 ? context.idempotencyKey : `${context.idempotencyKey.slice(0, 90)}-${context.writeCalls}`;
}

/**
 * Kept-alive connections to the services, shared by every call. An idle one is closed after 30 s, before
 * the service would close it (SERVER_KEEP_ALIVE_MS), so no call is ever sent on a socket the service is closing.
 */
export const IDLE_SOCKET_MS = 30_000;
const agentOptions = { keepAlive: true, maxSockets: 256, timeout: IDLE_SOCKET_MS };
const agents = { http: new HttpAgent(agentOptions), https: new HttpsAgent(agentOptions) };

/** A service's whole answer, read: what the gateway passes on or reads. */
export interface ServiceAnswer {
  status: number;
  statusText: string;
  ok: boolean;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** What a call sends: text, bytes, or a stream piped through as it arrives (an upload of any size). */
type RequestBody = string | Buffer | Readable;

/**
 * One HTTP exchange with a service over node:http, answered as the bytes it sent. The global fetch
 * spends two to three times the CPU per call, and so does wrapping the answer in a fetch Response
 * (a web stream per call); the gateway makes one or more calls per request.
 */
function send(
  url: URL,
  init: { method: string; headers: Record<string, string>; body?: RequestBody; signal: AbortSignal },
): Promise<ServiceAnswer> {
  return new Promise((resolve, reject) => {
    const secure = url.protocol === 'https:';
    const req = (secure ? httpsRequest : httpRequest)(
      url,
      { method: init.method, headers: init.headers, agent: secure ? agents.https : agents.http, signal: init.signal },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const status = res.statusCode ?? 502;
          resolve({
            status,
            statusText: res.statusMessage ?? '',
            ok: status >= 200 && status < 300,
            headers: res.headers,
            body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks),
          });
        });
      },
    );
    req.on('error', reject);
    if (init.body instanceof Readable) {
      // A stream goes on at the pace the service reads it. The caller gone ends the call; the call
      // ending (the timeout's abort) leaves the caller's request alone, so it can still be answered.
      init.body.on('error', (error) => req.destroy(error));
      init.body.pipe(req);
    } else req.end(init.body);
  });
}

/** A header of an answer, as one value. */
const headerOf = (answer: ServiceAnswer, name: string): string | undefined => {
  const value = answer.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
};

/**
 * The one way the gateway passes a request on to a domain service: the caller's token travels on
 * (each service checks it and scopes to its tenant itself), the query as text, uploads as the raw
 * body with their name, downloads streamed back with their headers, each write with an
 * Idempotency-Key. A service's 4xx and 503 answers are passed through unchanged; no answer (a
 * timeout, a refused or reset connection) becomes 503 with Retry-After; its failure (5xx) 502.
 */
@Injectable()
export class ServiceClients {
  private readonly baseUrls: Record<ServiceName, string>;
  private readonly timeoutMs: number;

  constructor(@Inject(SERVICE_ENV) env: GatewayEnv) {
    this.timeoutMs = env.UPSTREAM_TIMEOUT_MS ?? UPSTREAM_TIMEOUT_MS;
    this.baseUrls = {
      curriculum: env.CURRICULUM_URL,
      enrollment: env.ENROLLMENT_URL,
      examination: env.EXAMINATION_URL,
      finance: env.FINANCE_URL,
      notification: env.NOTIFICATION_URL,
    };
  }

  async call<T>(service: ServiceName, path: string, options: CallOptions): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    return this.answer<T>(
      service,
      await this.exchange(service, path, options, headers, options.body === undefined ? undefined : JSON.stringify(options.body)),
    );
  }

  /** Sends a file (an import) as the raw body, with its name; answers the service's JSON. */
  async upload<T>(service: ServiceName, path: string, options: UploadOptions): Promise<T> {
    const headers = {
      accept: 'application/json',
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(decodedFileName(options.fileName)),
    };
    const content = Buffer.isBuffer(options.content) ? options.content : Buffer.alloc(0);
    return this.answer<T>(service, await this.exchange(service, path, { ...options, method: options.method ?? 'POST' }, headers, content));
  }

  /**
   * Streams a large upload (a request body of any size) through to the service as it arrives,
   * never held whole here, and sends the service's JSON answer back as it is.
   */
  async stream(
    service: ServiceName,
    path: string,
    options: Omit<CallOptions, 'body' | 'query'> & { method: 'PUT' | 'POST'; from: ExpressRequest },
    res: ExpressResponse,
  ): Promise<void> {
    // A body a parser here has read already (JSON, a form) is not the file this route streams.
    if (options.from.body !== undefined || options.from.readableEnded)
      throw new CodedException(415, 'UNSUPPORTED_MEDIA_TYPE', {
        message: '파일을 본문 그대로 보내세요 (text/csv) / Send the file itself as the body (text/csv)',
      });
    const headers = { 'content-type': options.from.headers['content-type'] ?? 'application/octet-stream', accept: 'application/json' };
    const answer = await this.exchange(service, path, options, headers, options.from);
    if (!answer.ok) this.answer(service, answer); // throws the service's error
    res.status(answer.status).type('application/json').send(answer.body.toString('utf8'));
  }

  /** Passes a file the service makes (an export, a PDF) through to the browser as it is. */
  async download(service: ServiceName, path: string, options: CallOptions, res: ExpressResponse): Promise<void> {
    const answer = await this.exchange(service, path, options, { accept: '*/*' });
    if (!answer.ok) this.answer(service, answer); // throws the service's error
    for (const name of ['content-type', 'content-disposition', 'cache-control']) {
      const value = headerOf(answer, name);
      if (value) res.setHeader(name, value);
    }
    res.end(answer.body);
  }

  /** A file the service makes, as bytes, or null when it has none (404); for what the gateway prints itself. */
  async bytes(service: ServiceName, path: string, options: CallOptions): Promise<Buffer | null> {
    const answer = await this.exchange(service, path, options, { accept: '*/*' });
    if (answer.status === 404) return null;
    if (!answer.ok) this.answer(service, answer); // throws the service's error
    return answer.body;
  }

  private answer<T>(service: ServiceName, response: ServiceAnswer): T {
    const text = response.body.toString('utf8');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: a success cannot be read, a refusal is passed on with a code of its status.
      if (response.ok)
        throw new BadGatewayException(`${service} 서비스의 답을 읽을 수 없습니다 / ${service} answered something other than JSON`);
    }
    if (response.ok) return body as T;
    const coded = typeof body === 'object' && body !== null && typeof (body as { code?: unknown }).code === 'string';
    throw this.failure(
      service,
      response.status,
      coded
        ? body
        : { statusCode: response.status, code: codeForStatus(response.status), message: response.statusText || String(response.status) },
    );
  }

  private async exchange(
    service: ServiceName,
    path: string,
    options: CallOptions,
    extraHeaders: Record<string, string>,
    body?: RequestBody,
  ): Promise<ServiceAnswer> {
    const url = new URL(path, this.baseUrls[service]);
    for (const [k, v] of Object.entries(textQuery(options.query))) url.searchParams.set(k, v);
    const headers: Record<string, string> = { authorization: `Bearer ${tokenOf(options.authorization)}`, ...extraHeaders };
    const correlationId = currentContext()?.correlationId;
    if (correlationId) headers['x-correlation-id'] = correlationId;
    const method = options.method ?? 'GET';
    if (method !== 'GET') headers['idempotency-key'] = options.idempotencyKey ?? nextWriteKey();
    try {
      return await tracedCall(service, method, url.pathname, headers, () =>
        send(url, { method, headers, body, signal: AbortSignal.timeout(options.timeoutMs ?? this.timeoutMs) }),
      );
    } catch (error) {
      throw noAnswer(service, error);
    }
  }

  /** A service's 4xx answer, and its 503 (overloaded: try again), pass through unchanged; its failure becomes 502. */
  private failure(service: ServiceName, status: number, body: unknown): HttpException {
    if ((status >= 400 && status < 500) || status === 503) return new HttpException(body as object, status);
    return new BadGatewayException(`${service} 서비스 오류 / ${service} service failed (${status})`);
  }
}
