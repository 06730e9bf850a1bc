import type { INestApplication } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SERVER_PATHS = /^\/(api|health|metrics|docs)(\/|$|-)/;

/** Serves the built web pages; any other GET that is not an API path gets the page shell. */
export function serveWeb(app: INestApplication, webRoot: string | undefined): boolean {
  const root = resolve(webRoot ?? join(process.cwd(), 'dist', 'apps', 'web'));
  const index = join(root, 'index.html');
  if (!existsSync(index)) return false;
  app.use(express.static(root, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || SERVER_PATHS.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
