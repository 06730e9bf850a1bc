import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';

/** The tenant that holds the platform operators' accounts (ADR 0014): it is no institute and has no data. */
export const PLATFORM_TENANT = { id: '00000000-0000-4000-8000-00000000b0a1', slug: 'platform' } as const;

/** An institute's code, as its people type it at sign-in: lower-case letters, digits and inner hyphens, 3-32 long. */
export const INSTITUTE_CODE = /^[a-z][a-z0-9-]{1,30}[a-z0-9]$/;
export const INSTITUTE_STATUSES = ['active', 'inactive'] as const;
export type InstituteStatus = (typeof INSTITUTE_STATUSES)[number];

/** 기관 개설: a new institute and its first administrator, who is mailed a link to set their password. */
export class CreateInstituteDto {
  @ApiProperty({ example: 'busan-hrd', description: 'The code people type at sign-in; unique' })
  @IsString()
  @Matches(INSTITUTE_CODE, {
    message: '기관 코드는 영문 소문자·숫자·하이픈 3~32자입니다 / code must be 3-32 lower-case letters, digits or hyphens',
  })
  code: string;

  @ApiProperty({ example: '부산광역시 인재개발원' })
  @IsString()
  @MinLength(1, { message: '기관명(한국어)을 입력하세요 / nameKo is required' })
  @MaxLength(100)
  nameKo: string;

  @ApiProperty({ example: 'Busan Metropolitan HRD Institute' })
  @IsString()
  @MinLength(1, { message: '기관명(영어)을 입력하세요 / nameEn is required' })
  @MaxLength(100)
  nameEn: string;

  @ApiProperty({ example: '김관리' })
  @IsString()
  @MinLength(1, { message: '관리자 성명을 입력하세요 / adminName is required' })
  @MaxLength(50)
  adminName: string;

  @ApiProperty({ example: 'admin@busan-hrd.example' })
  @IsEmail({}, { message: '이메일 주소가 올바르지 않습니다 / adminEmail must be an e-mail address' })
  @MaxLength(200)
  adminEmail: string;
}

/** One institute as the platform operator sees it: never its data, only its names, state and head counts. */
export class InstituteView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'busan-hrd' })
  code: string;

  @ApiProperty({ example: '부산광역시 인재개발원' })
  nameKo: string;

  @ApiProperty({ example: 'Busan Metropolitan HRD Institute' })
  nameEn: string;

  @ApiProperty({ enum: INSTITUTE_STATUSES, enumName: 'InstituteStatus' })
  status: InstituteStatus;

  @ApiProperty({ description: 'Accounts of the institute, disabled ones included', example: 42 })
  users: number;

  @ApiProperty({ description: 'Active administrators', example: 1 })
  admins: number;
}

/** The institute's first administrator: no password yet, a link to set one was mailed. */
export class InstituteAdminView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'admin@busan-hrd.example' })
  email: string;

  @ApiProperty({ example: '김관리' })
  name: string;

  @ApiProperty({ format: 'date-time', description: 'Until when the mailed set-password link stands' })
  linkExpiresAt: string;
}

export class CreatedInstituteView {
  @ApiProperty({ type: InstituteView })
  institute: InstituteView;

  @ApiProperty({ type: InstituteAdminView })
  admin: InstituteAdminView;
}
