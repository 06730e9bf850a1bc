import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProduces, getSchemaPath } from '@nestjs/swagger';

/** The media types of curriculum's files: spreadsheets (.xlsx) and CSV with a BOM. */
export const CURRICULUM_FILE_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
} as const;

const binary = { schema: { type: 'string', format: 'binary' } };

/** A spreadsheet to save: .xlsx by default, CSV with `format=csv`. */
export const ApiSpreadsheetResponse = (description: string) =>
  applyDecorators(
    ApiProduces(CURRICULUM_FILE_TYPES.xlsx, CURRICULUM_FILE_TYPES.csv),
    ApiOkResponse({ description, content: { [CURRICULUM_FILE_TYPES.xlsx]: binary, [CURRICULUM_FILE_TYPES.csv]: binary } }),
  );

/** A plan report: JSON (the view) by default, a file to save with `format=xlsx` or `format=csv`. */
export const ApiPlanReportResponse = (view: Type<unknown>, description: string) =>
  applyDecorators(
    ApiExtraModels(view),
    ApiProduces('application/json', CURRICULUM_FILE_TYPES.xlsx, CURRICULUM_FILE_TYPES.csv),
    ApiOkResponse({
      description,
      content: {
        'application/json': { schema: { $ref: getSchemaPath(view) } },
        [CURRICULUM_FILE_TYPES.xlsx]: binary,
        [CURRICULUM_FILE_TYPES.csv]: binary,
      },
    }),
  );
