import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

/** An agency's code (기관 코드), e.g. MAPO-GU. */
export const TRAINEE_AGENCY_CODE = /^[A-Z0-9][A-Z0-9-]{0,39}$/;
/** A staff number (직원번호): letters, digits and -, at most 30. */
export const TRAINEE_EMPLOYEE_NO = /^[A-Za-z0-9-]{1,30}$/;

/** A trainee's particulars (교육생 정보). */
export class UpdateTraineeDto {
  @ApiProperty({ example: '김서울' })
  @IsString()
  @MinLength(1, { message: '성명을 입력하세요 / name is required' })
  @MaxLength(50)
  name: string;

  @ApiPropertyOptional({ example: 'S2022-0042', description: '직원번호 / staff number' })
  @IsOptional()
  @Matches(TRAINEE_EMPLOYEE_NO, {
    message: '직원번호는 영문·숫자·- 30자 이내입니다 / employeeNo must be letters, digits and - (at most 30)',
  })
  employeeNo?: string;

  @ApiPropertyOptional({ example: '7급', description: '직급 / grade' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  grade?: string;

  @ApiPropertyOptional({ example: '주무관', description: '직위 / position' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  position?: string;

  @ApiPropertyOptional({ example: '행정', description: '직렬 / job series' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  jobSeries?: string;
}

/** A new trainee of an agency, with their sign-in account when they have one. */
export class CreateTraineeDto extends UpdateTraineeDto {
  @ApiPropertyOptional({ example: 'MAPO-GU', description: "Institute staff choose the agency; an agency admin's is their own" })
  @IsOptional()
  @Matches(TRAINEE_AGENCY_CODE, { message: '기관 코드가 올바르지 않습니다 / agencyCode must be an agency code' })
  agencyCode?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The sign-in account to link (the gateway sets it when it creates one)' })
  @IsOptional()
  @IsUUID('4', { context: { code: 'VALIDATION.ID' }, message: '사용자 ID가 올바르지 않습니다 / userId must be a user id (UUID)' })
  userId?: string;
}

/** Some of a trainee's particulars. */
export class PatchTraineeDto extends PartialType(UpdateTraineeDto) {}

/** 교육생 목록: one agency's (an agency admin's is always their own), searched by name or staff number. */
export class TraineeListQuery {
  @ApiPropertyOptional({ example: 'MAPO-GU', description: "Institute staff's filter; an agency admin sees their own agency" })
  @IsOptional()
  @Matches(TRAINEE_AGENCY_CODE, { message: '기관 코드가 올바르지 않습니다 / agencyCode must be an agency code' })
  agencyCode?: string;

  @ApiPropertyOptional({ description: '성명 또는 직원번호 / name or staff number', maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  q?: string;
}
