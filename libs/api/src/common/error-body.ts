import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CODES, ErrorCode } from '../error-codes';
import type { ErrorParams } from './error-codes';

import type { ApiPropertyOptions } from '@nestjs/swagger';

const PARAMS_SCHEMA: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: {
    oneOf: [
      { type: 'string' },
      { type: 'number' },
      { type: 'boolean' },
      { type: 'array', items: { oneOf: [{ type: 'string' }, { type: 'number' }] } },
    ],
  },
  description: "The code's parameters: a rule's limits (`max`, `min`, `values`), the name of what clashed, an amount in won.",
};

/** One field's problem: where (a dotted path such as `ratings.0.score`), which rule, with what limits. */
export class FieldErrorBody {
  @ApiProperty({ example: 'estimatedCost' })
  field: string;

  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode', example: 'VALIDATION.MAX' })
  code: ErrorCode;

  @ApiPropertyOptional({ ...PARAMS_SCHEMA, example: { max: 100000000000 } } as ApiPropertyOptions)
  params?: ErrorParams;
}

/**
 * Every answer of 400 or more. `code` is stable and names what went wrong; `message` is for people
 * reading the API by hand and may change. A rejected input has `code: VALIDATION` and one entry in
 * `errors` per field.
 */
export class ErrorBody {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode', example: 'VALIDATION' })
  code: ErrorCode;

  @ApiProperty({ example: 'Invalid input' })
  message: string;

  @ApiPropertyOptional({ description: 'The field a domain rule concerns, when it concerns one' })
  field?: string;

  @ApiPropertyOptional(PARAMS_SCHEMA)
  params?: ErrorParams;

  @ApiPropertyOptional({ type: [FieldErrorBody] })
  errors?: FieldErrorBody[];
}
