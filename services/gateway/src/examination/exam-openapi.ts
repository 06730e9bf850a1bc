import type { ApiResponseOptions } from '@nestjs/swagger';

type Content = NonNullable<ApiResponseOptions['content']>;

const binary = { schema: { type: 'string', format: 'binary' } };

/** Tickets (응시표, 면접시험 응시표). */
export const PDF_FILE: Content = { 'application/pdf': binary };

/** Lists as files: .xlsx, or CSV (UTF-8 with BOM). */
export const SPREADSHEET_FILE: Content = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': binary,
  'text/csv': binary,
};

/** A supporting document as it was uploaded. */
export const DOCUMENT_FILE: Content = { 'application/pdf': binary, 'image/png': binary, 'image/jpeg': binary };

/** The applicant's photo as uploaded. */
export const PHOTO_FILE: Content = { 'image/jpeg': binary, 'image/png': binary };

/** The raw body of an upload (application/octet-stream), its name in X-File-Name. */
export const RAW_FILE_BODY = { schema: { type: 'string', format: 'binary' } } as const;
export const FILE_NAME_HEADER = { name: 'X-File-Name', required: false, description: "the file's name, URL-encoded" } as const;
