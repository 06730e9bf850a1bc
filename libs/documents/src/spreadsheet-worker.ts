import { parentPort } from 'node:worker_threads';
import { parseSpreadsheet, SheetLimits, SheetOutcome } from './spreadsheet-read';

/** The parsing worker: one sheet at a time, off the services' event loop (see sheet-parser.ts and ADR 0008). */
export interface ParseRequest {
  id: number;
  content: Uint8Array;
  filename: string;
  limits: SheetLimits;
}
export type ParseAnswer = { id: number; outcome: SheetOutcome } | { id: number; failure: string };

parentPort?.on('message', (request: ParseRequest) => {
  parseSpreadsheet(request.content, request.filename, request.limits).then(
    (outcome) => parentPort!.postMessage({ id: request.id, outcome } satisfies ParseAnswer),
    (error: unknown) =>
      parentPort!.postMessage({ id: request.id, failure: (error as Error)?.message ?? String(error) } satisfies ParseAnswer),
  );
});
