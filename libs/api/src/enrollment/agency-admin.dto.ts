import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { AgencyView } from './application.view';
import { AGENCY_KINDS, AgencyKind } from './enums';

/** An agency's code: upper-case letters, digits and hyphens, 2-40, starting with a letter or digit (MAPO-GU). */
export const AGENCY_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,39}$/;

/** A new agency (기관) of the institute, by the institute's administrator. */
export class CreateAgencyDto {
  @ApiProperty({ example: 'MAPO-GU', description: 'Upper-case letters, digits and -, 2-40; unique in the institute' })
  @Matches(AGENCY_CODE_PATTERN, {
    message: 'code must be upper-case letters, digits and - (2–40) / 코드는 영문 대문자·숫자·- 2~40자입니다',
  })
  code: string;

  @ApiProperty({ example: '마포구청' })
  @IsString()
  @Length(1, 100, { message: 'nameKo must be 1–100 characters / 기관명은 1~100자입니다' })
  nameKo: string;

  @ApiProperty({ example: 'Mapo-gu Office' })
  @IsString()
  @Length(1, 100, { message: 'nameEn must be 1–100 characters / 영문 기관명은 1~100자입니다' })
  nameEn: string;

  @ApiProperty({ enum: AGENCY_KINDS, enumName: 'AgencyKind' })
  @IsIn(AGENCY_KINDS, { message: 'kind must be an agency kind / 기관 구분을 고르세요' })
  kind: AgencyKind;

  @ApiProperty({ description: 'Seats per cohort an agency is given unless a cohort says otherwise (0-1000)', example: 2 })
  @IsInt({ message: 'defaultQuota must be a whole number / 기본 배정 인원은 정수입니다' })
  @Min(0)
  @Max(1000)
  defaultQuota: number;
}

/** What an administrator may change of an agency (its code stays); what is left out stays. */
export class UpdateAgencyDto extends PartialType(PickType(CreateAgencyDto, ['nameKo', 'nameEn', 'kind', 'defaultQuota'] as const)) {}

/** A user with the agency_admin role of an agency. */
export class AgencyAdminUserView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '김담당' })
  name: string;

  @ApiProperty({ example: 'mapo@example.org' })
  email: string;
}

/** An agency as its institute's administrator manages it. */
export class AgencyAdminView extends AgencyView {
  @ApiProperty({ example: 2 })
  defaultQuota: number;

  @ApiProperty({ description: "The agency's trainees (its staff known to the institute)", example: 120 })
  trainees: number;

  @ApiPropertyOptional({ type: [AgencyAdminUserView], description: "The agency's admins (added by the gateway)" })
  admins?: AgencyAdminUserView[];
}
