import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsUUID, Max, Min, NotEquals, ValidateNested } from 'class-validator';
import { BUDGET_AMENDMENT_KINDS, BUDGET_CONTROLS, BUDGET_LINE_KINDS, BudgetAmendmentKind, BudgetControl, BudgetLineKind } from './kinds';
import { IsBusinessDate, IsFiscalYear, IsLineCode, IsName, IsReason, IsWon, MAX_WON } from './validation';

export class OpenFiscalYearDto {
  @IsFiscalYear()
  fiscalYear: number;

  @ApiPropertyOptional({ description: 'The year to carry forward; the latest earlier book when left out' })
  @IsOptional()
  @IsFiscalYear()
  copyFrom?: number;
}

export class ConfigureBookDto {
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Line that trainee meals are booked on' })
  @IsOptional()
  @IsLineCode()
  mealLineCode?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Meal cost of one trainee for one training day (won)' })
  @IsOptional()
  @IsWon(0, 'meal cost per trainee-day')
  mealCostPerDay?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Revenue line that exam fees are booked on' })
  @IsOptional()
  @IsLineCode()
  feeRevenueLineCode?: string | null;
}

export class AddBudgetLineDto {
  @ApiProperty({ enum: BUDGET_LINE_KINDS, enumName: 'BudgetLineKind' })
  @IsIn(BUDGET_LINE_KINDS, { message: 'kind: 세출 또는 세입이어야 합니다 / kind must be expenditure or revenue' })
  kind: BudgetLineKind;

  @IsLineCode()
  code: string;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsName()
  nameKo: string;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsName()
  nameEn: string;

  @ApiPropertyOptional({ description: 'Code of the program it belongs to in the expenditure tree' })
  @IsOptional()
  @IsLineCode()
  groupCode?: string;

  @IsWon(0, 'original budget')
  amount: number;

  @ApiPropertyOptional({ enum: BUDGET_CONTROLS, enumName: 'BudgetControl' })
  @IsOptional()
  @IsIn(BUDGET_CONTROLS, { message: 'control: 중지·경고·무시 중 하나여야 합니다 / control must be stop, warn or ignore' })
  control?: BudgetControl;

  @IsReason()
  reason: string;
}

export class ConfigureLineDto {
  @ApiPropertyOptional({ enum: BUDGET_CONTROLS, enumName: 'BudgetControl' })
  @IsOptional()
  @IsIn(BUDGET_CONTROLS, { message: 'control: 중지·경고·무시 중 하나여야 합니다 / control must be stop, warn or ignore' })
  control?: BudgetControl;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid', description: "The line's officer; null for every finance officer" })
  @IsOptional()
  @IsUUID('all', { message: 'officerUserId: 사용자 ID여야 합니다 / officerUserId must be a user id', context: { code: 'VALIDATION.ID' } })
  officerUserId?: string | null;
}

const AMENDMENTS = BUDGET_AMENDMENT_KINDS.filter((k) => k !== 'original');

export class AmendBudgetDto {
  @ApiProperty({ enum: AMENDMENTS, description: 'supplementary (추경), transfer (전용), carryover (이월) or other' })
  @IsIn(AMENDMENTS, { message: `kind: ${AMENDMENTS.join(', ')} 중 하나여야 합니다 / kind must be one of ${AMENDMENTS.join(', ')}` })
  kind: Exclude<BudgetAmendmentKind, 'original'>;

  @ApiProperty({
    type: 'integer',
    minimum: -MAX_WON,
    maximum: MAX_WON,
    description: 'Change of the current budget amount in won; negative to reduce',
    example: 50000000,
  })
  @IsInt({ message: 'amount: 원 단위 정수여야 합니다 / amount must be a whole number of won' })
  @NotEquals(0, { message: 'amount: 0이 아니어야 합니다 / amount must not be 0' })
  @Min(-MAX_WON)
  @Max(MAX_WON)
  amount: number;

  @IsBusinessDate()
  effectiveOn: string;

  @IsReason()
  reason: string;
}

export class QuarterlyPlanRowDto {
  @ApiProperty({ example: '2-1 신임자 교육과정 운영' })
  @IsName()
  labelKo: string;

  @ApiPropertyOptional({ example: 'Newcomer training course' })
  @IsOptional()
  @IsName()
  labelEn?: string;

  @IsWon(0, 'first quarter')
  q1: number;

  @IsWon(0, 'second quarter')
  q2: number;

  @IsWon(0, 'third quarter')
  q3: number;

  @IsWon(0, 'fourth quarter')
  q4: number;
}

export class ReviseQuarterlyPlanDto {
  @ApiProperty({ type: [QuarterlyPlanRowDto], maxItems: 20 })
  @IsArray({ message: 'rows: 목록이어야 합니다 / rows must be a list' })
  @ArrayMaxSize(20, { message: 'rows: 20행 이내여야 합니다 / rows must be at most 20' })
  @ValidateNested({ each: true })
  @Type(() => QuarterlyPlanRowDto)
  rows: QuarterlyPlanRowDto[];

  @IsReason()
  reason: string;
}

/** `?fiscalYear=` of the expenditure lines a cohort or a sitting may be charged to; the current year when left out. */
export class BudgetLinesQuery {
  @ApiPropertyOptional({ type: Number, example: 2022 })
  @IsOptional()
  @IsFiscalYear()
  fiscalYear?: number;
}

/** `:fiscalYear` in a path: a budget book. */
export class BudgetBookParams {
  @IsFiscalYear()
  fiscalYear: number;
}

/** `:fiscalYear/lines/:code` in a path: a line of a budget book. */
export class BudgetLineParams extends BudgetBookParams {
  @IsLineCode()
  code: string;
}
