import type { INestApplication } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SERVER_PATHS = /^\/(api|health|metrics|docs)(\/|$|-)/;

/**
 * Serves the built web pages; any other GET that is not an API path gets the page shell. An API path
 * never looks on disk: a file lookup per request was a twelfth of the gateway's time on result day.
 */
export function serveWeb(app: INestApplication, webRoot: string | undefined): boolean {
  const root = resolve(webRoot ?? join(process.cwd(), 'dist', 'apps', 'web'));
  const index = join(root, 'index.html');
  if (!existsSync(index)) return false;
  const files = express.static(root, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (SERVER_PATHS.test(req.path)) return next();
    files(req, res, (error?: unknown) => {
      if (error || req.method !== 'GET') return next(error);
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  });
  return true;
}
