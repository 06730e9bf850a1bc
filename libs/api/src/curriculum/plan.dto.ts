import { PLAN_VERSION_KINDS, PlanVersionKind } from '@baeum/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { PLAN_REPORT_FORMATS as REPORT_FORMATS, PlanReportFormat as ReportFormat } from './constants';

/** class-validator names the UUID rule `isUuid`; its code is named here. */
const ID = { code: 'VALIDATION.ID' };

export class CreatePlanVersionDto {
  @ApiProperty({ example: 2023 })
  @IsInt({ message: 'fiscalYear must be a year / 회계연도는 연도입니다' })
  @Min(2000)
  @Max(2100)
  fiscalYear: number;

  @ApiProperty({ enum: PLAN_VERSION_KINDS, enumName: 'PlanVersionKind' })
  @IsIn(PLAN_VERSION_KINDS, { message: 'kind must be original or changed / 당초 또는 변경입니다' })
  kind: PlanVersionKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'The version whose lines the new one starts from' })
  @IsOptional()
  @IsUUID('4', { context: ID, message: 'basedOnId must be a plan version id / 기준 계획이 올바르지 않습니다' })
  basedOnId?: string;

  @ApiPropertyOptional({ example: '2023년 계획 변경' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  labelKo?: string;

  @ApiPropertyOptional({ example: '2023 plan, changed' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  labelEn?: string;
}

const quarters = (what: string) => ({
  message: `${what} must be four whole numbers of 0 or more, one per quarter / 분기별 0 이상의 정수 4개입니다`,
});

export class PlanLineDto {
  @ApiProperty({ type: [Number], example: [1, 2, 1, 0], description: 'Sessions (횟수) per quarter' })
  @ArrayMinSize(4, quarters('sessions'))
  @ArrayMaxSize(4, quarters('sessions'))
  @IsInt({ each: true, ...quarters('sessions') })
  @Min(0, { each: true, ...quarters('sessions') })
  @Max(100000, { each: true })
  sessions: number[];

  @ApiProperty({ type: [Number], example: [30, 60, 30, 0], description: 'Trainees (인원) per quarter' })
  @ArrayMinSize(4, quarters('trainees'))
  @ArrayMaxSize(4, quarters('trainees'))
  @IsInt({ each: true, ...quarters('trainees') })
  @Min(0, { each: true, ...quarters('trainees') })
  @Max(10000000, { each: true })
  trainees: number[];
}

const ids = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value);

/** The summary, delivery-mode and restructuring reports: versions side by side. */
export class PlanReportQuery {
  @ApiPropertyOptional({
    type: String,
    description: 'Comma-separated version ids, in column order; default: the previous year’s versions and this year’s latest',
  })
  @IsOptional()
  @Transform(ids)
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @IsUUID('4', { each: true, context: ID, message: 'versionIds must be plan version ids / 계획 버전이 올바르지 않습니다' })
  versionIds?: string[];

  @ApiPropertyOptional({ enum: REPORT_FORMATS, enumName: 'PlanReportFormat' })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}

export class PlanYearOnYearQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { context: ID, message: 'versionId must be a plan version id / 계획 버전이 올바르지 않습니다' })
  versionId: string;

  @ApiPropertyOptional({
    enum: PLAN_VERSION_KINDS,
    enumName: 'PlanVersionKind',
    description: "Compare with the previous year's original (the source's basis) or its latest changed plan",
  })
  @IsOptional()
  @IsIn(PLAN_VERSION_KINDS)
  basis?: PlanVersionKind;

  @ApiPropertyOptional({ enum: REPORT_FORMATS, enumName: 'PlanReportFormat' })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}

/** A report of one version (the quarters). */
export class PlanVersionReportQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { context: ID, message: 'versionId must be a plan version id / 계획 버전이 올바르지 않습니다' })
  versionId: string;

  @ApiPropertyOptional({ enum: REPORT_FORMATS, enumName: 'PlanReportFormat' })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}

export class PlanListQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear?: number;
}

/** The import template and a version's export: .xlsx (the default) or CSV. */
export class PlanFileFormatQuery {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'] })
  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format?: 'xlsx' | 'csv';
}
