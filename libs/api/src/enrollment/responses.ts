import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiProduces } from '@nestjs/swagger';

/** The media types of enrollment's files: spreadsheets (.xlsx), CSV with a BOM, certificates. */
export const ENROLLMENT_FILE_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  pdf: 'application/pdf',
} as const;

const binary = { schema: { type: 'string', format: 'binary' } };

/** A spreadsheet to save: .xlsx by default, CSV with `format=csv`. */
export const ApiEnrollmentSheetResponse = (description: string) =>
  applyDecorators(
    ApiProduces(ENROLLMENT_FILE_TYPES.xlsx, ENROLLMENT_FILE_TYPES.csv),
    ApiOkResponse({ description, content: { [ENROLLMENT_FILE_TYPES.xlsx]: binary, [ENROLLMENT_FILE_TYPES.csv]: binary } }),
  );

/** A PDF to save (a certificate). */
export const ApiEnrollmentPdfResponse = (description: string) =>
  applyDecorators(ApiProduces(ENROLLMENT_FILE_TYPES.pdf), ApiOkResponse({ description, content: { [ENROLLMENT_FILE_TYPES.pdf]: binary } }));

/** An uploaded sheet (.xlsx or .csv) as the raw body, its name in `X-File-Name` (URI-encoded). */
export const ApiEnrollmentSheetUpload = () =>
  applyDecorators(
    ApiConsumes('application/octet-stream'),
    ApiBody({ description: 'The .xlsx or .csv file itself', schema: { type: 'string', format: 'binary' } }),
    ApiHeader({
      name: 'x-file-name',
      required: true,
      description: "The file's name, URI-encoded: its extension (.xlsx, .csv) says how to read it",
    }),
  );

/** An LMS completion file streamed as the body, as `text/csv`. */
export const ApiCompletionCsvUpload = () =>
  applyDecorators(
    ApiConsumes('text/csv'),
    ApiBody({
      description: 'The CSV file, streamed (a heading row, then one completion per row)',
      schema: { type: 'string', format: 'binary' },
    }),
  );
