import type { ErrorCode, ErrorParams } from '@baeum/api';
import { raw } from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { CodedException } from './errors';

/** The most an upload (a sheet or a supporting document, as application/octet-stream) may be: 10 MB. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The 413 answer of an upload past the limit, naming the file field like every other input problem. */
export function uploadTooLarge(maxBytes: number, bytes?: number) {
  const megabytes = maxBytes / 1024 / 1024;
  const message = `파일은 ${megabytes}MB까지 받습니다 / files may be at most ${megabytes} MB`;
  const params = { maxBytes, maxMegabytes: megabytes, ...(bytes !== undefined ? { bytes } : {}) };
  return {
    statusCode: 413,
    code: 'FILE.TOO_LARGE',
    message,
    params,
    field: 'file',
    errors: [{ field: 'file', code: 'FILE.TOO_LARGE', params, messages: [message] }],
  };
}

/** What is read and dropped of a refused body before the connection is closed instead. */
const MAX_DRAIN_BYTES = 64 * 1024 * 1024;

/**
 * Reads what is left of a refused request body and drops it, so that a client still sending gets
 * the answer rather than a broken connection; resolves when the body has ended. A body that goes
 * on past `MAX_DRAIN_BYTES` is not waited for: it resolves then, and the connection closes after the
 * answer.
 */
export function drainRequest(req: Request | NodeJS.ReadableStream, res?: Response): Promise<void> {
  return new Promise((resolve) => {
    const stream = req as NodeJS.ReadableStream & { readableEnded?: boolean; complete?: boolean };
    if (stream.readableEnded || stream.complete) return resolve();
    let drained = 0;
    const done = () => {
      stream.removeListener('data', onData);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > MAX_DRAIN_BYTES) {
        res?.setHeader('Connection', 'close');
        done();
      }
    };
    stream.on('data', onData);
    stream.once('end', done);
    stream.once('error', done);
    stream.once('close', done);
    stream.resume();
  });
}

/**
 * Uploads arrive as the raw file in the body (application/octet-stream, name in X-File-Name).
 * A body declared larger than the limit is refused without keeping a byte of it; one that turns out
 * larger as it streams (no Content-Length) is refused at the limit. Either way 413 `FILE.TOO_LARGE`
 * naming the field `file`, answered once the rest of the body has been read and dropped (see
 * `drainRequest`). At the gateway this means nothing oversized is forwarded to a service.
 */
export function rawUploads(maxBytes = MAX_UPLOAD_BYTES): RequestHandler {
  const parse = raw({ type: 'application/octet-stream', limit: maxBytes });
  const refuse = (req: Request, res: Response, bytes?: number) =>
    void drainRequest(req, res).then(() => res.status(413).json(uploadTooLarge(maxBytes, bytes)));
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.is('application/octet-stream')) return next();
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) return refuse(req, res, declared);
    parse(req, res, (error?: unknown) => {
      if ((error as { type?: string } | undefined)?.type === 'entity.too.large') return refuse(req, res);
      next(error);
    });
  };
}

/**
 * A file refused for a limit while it was read (a `SpreadsheetError` of status 413: `FILE.TOO_LARGE`,
 * `FILE.UNPACKED_TOO_LARGE` or `FILE.TOO_MANY_ROWS`) as the answer: 413, naming the field `file`.
 */
export function fileOverLimit(error: { code: string; params?: ErrorParams; message: string }): CodedException {
  return new CodedException(413, error.code as ErrorCode, { field: 'file', params: error.params, message: error.message });
}
