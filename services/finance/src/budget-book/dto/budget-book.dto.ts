import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsUUID, Max, Min, NotEquals, ValidateNested } from 'class-validator';
import { IsBusinessDate, IsFiscalYear, IsLineCode, IsName, IsReason, IsWon, MAX_WON } from '../../validation';
import { AMENDMENT_KINDS, AmendmentKind } from '../entities/budget-amendment.entity';
import { CONTROLS, Control, LINE_KINDS, LineKind } from '../entities/budget-line.entity';

export class OpenFiscalYearDto {
  @IsFiscalYear()
  fiscalYear: number;

  @ApiPropertyOptional({ description: 'The year to carry forward; the latest earlier book when left out' })
  @IsOptional()
  @IsFiscalYear()
  copyFrom?: number;
}

export class ConfigureBookDto {
  @ApiPropertyOptional({ nullable: true, description: 'Line that trainee meals are booked on' })
  @IsOptional()
  @IsLineCode()
  mealLineCode?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Meal cost of one trainee for one training day (won)' })
  @IsOptional()
  @IsWon(0, 'meal cost per trainee-day')
  mealCostPerDay?: number | null;

  @ApiPropertyOptional({ nullable: true, description: 'Revenue line that exam fees are booked on' })
  @IsOptional()
  @IsLineCode()
  feeRevenueLineCode?: string | null;
}

export class AddBudgetLineDto {
  @ApiProperty({ enum: LINE_KINDS })
  @IsIn(LINE_KINDS, { message: 'kind: 세출 또는 세입이어야 합니다 / kind must be expenditure or revenue' })
  kind: LineKind;

  @IsLineCode()
  code: string;

  @ApiProperty()
  @IsName()
  nameKo: string;

  @ApiProperty()
  @IsName()
  nameEn: string;

  @ApiPropertyOptional({ description: 'Code of the program it belongs to in the expenditure tree' })
  @IsOptional()
  @IsLineCode()
  groupCode?: string;

  @IsWon(0, 'original budget')
  amount: number;

  @ApiPropertyOptional({ enum: CONTROLS })
  @IsOptional()
  @IsIn(CONTROLS, { message: 'control: 중지·경고·무시 중 하나여야 합니다 / control must be stop, warn or ignore' })
  control?: Control;

  @IsReason()
  reason: string;
}

export class ConfigureLineDto {
  @ApiPropertyOptional({ enum: CONTROLS })
  @IsOptional()
  @IsIn(CONTROLS, { message: 'control: 중지·경고·무시 중 하나여야 합니다 / control must be stop, warn or ignore' })
  control?: Control;

  @ApiPropertyOptional({ nullable: true, format: 'uuid', description: "The line's officer; null for every finance officer" })
  @IsOptional()
  @IsUUID('all', { message: 'officerUserId: 사용자 ID여야 합니다 / officerUserId must be a user id' })
  officerUserId?: string | null;
}

const AMENDMENTS = AMENDMENT_KINDS.filter((k) => k !== 'original');

export class AmendBudgetDto {
  @ApiProperty({ enum: AMENDMENTS })
  @IsIn(AMENDMENTS, { message: `kind: ${AMENDMENTS.join(', ')} 중 하나여야 합니다 / kind must be one of ${AMENDMENTS.join(', ')}` })
  kind: Exclude<AmendmentKind, 'original'>;

  @ApiProperty({ description: 'Change of the current budget amount in won; negative to reduce', example: 50000000 })
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
  @ApiProperty({ type: [QuarterlyPlanRowDto] })
  @IsArray({ message: 'rows: 목록이어야 합니다 / rows must be a list' })
  @ArrayMaxSize(20, { message: 'rows: 20행 이내여야 합니다 / rows must be at most 20' })
  @ValidateNested({ each: true })
  @Type(() => QuarterlyPlanRowDto)
  rows: QuarterlyPlanRowDto[];

  @IsReason()
  reason: string;
}

export class FiscalYearQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsFiscalYear()
  fiscalYear?: number;
}

export class FiscalYearParam {
  @IsFiscalYear()
  fiscalYear: number;
}

export class LineParams extends FiscalYearParam {
  @IsLineCode()
  code: string;
}

