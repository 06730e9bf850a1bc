import type { ApiResponseOptions } from '@nestjs/swagger';

type Content = NonNullable<ApiResponseOptions['content']>;

/** A file answer's body, as OpenAPI describes it. */
const binary = { schema: { type: 'string', format: 'binary' } };

/** PDFs the service makes (tickets). */
export const PDF_FILE: Content = { 'application/pdf': binary };

/** Exports: .xlsx, or CSV (UTF-8 with BOM). */
export const SPREADSHEET_FILE: Content = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': binary,
  'text/csv': binary,
};

/** A supporting document as it was uploaded. */
export const DOCUMENT_FILE: Content = { 'application/pdf': binary, 'image/png': binary, 'image/jpeg': binary };

/** The raw body of an upload (application/octet-stream). */
export const RAW_FILE_BODY = { schema: { type: 'string', format: 'binary' } } as const;

/** The applicant's photo as uploaded. */
export const PHOTO_FILE: Content = { 'image/jpeg': binary, 'image/png': binary };
