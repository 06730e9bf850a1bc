import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

export const AGENCY_CODE = /^[A-Z0-9][A-Z0-9-]{0,39}$/;
export const EMPLOYEE_NO = /^[A-Za-z0-9-]{1,30}$/;

export class UpdateTraineeDto {
  @ApiProperty({ example: '김서울' })
  @IsString()
  @MinLength(1, { message: '성명을 입력하세요 / name is required' })
  @MaxLength(50)
  name: string;

  @ApiPropertyOptional({ example: 'S2022-0042', description: '직원번호 / staff number' })
  @IsOptional()
  @Matches(EMPLOYEE_NO, { message: '직원번호는 영문·숫자·- 30자 이내입니다 / employeeNo must be letters, digits and - (at most 30)' })
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

export class CreateTraineeDto extends UpdateTraineeDto {
  @ApiPropertyOptional({ example: 'MAPO-GU', description: "Institute staff choose the agency; an agency admin's is their own" })
  @IsOptional()
  @Matches(AGENCY_CODE, { message: '기관 코드가 올바르지 않습니다 / agencyCode must be an agency code' })
  agencyCode?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The sign-in account to link (the gateway sets it when it creates one)' })
  @IsOptional()
  @IsUUID('4', { message: '사용자 ID가 올바르지 않습니다 / userId must be a user id (UUID)' })
  userId?: string;
}

export class PatchTraineeDto extends PartialType(UpdateTraineeDto) {}

export class TraineeListQuery {
  @IsOptional()
  @Matches(AGENCY_CODE, { message: '기관 코드가 올바르지 않습니다 / agencyCode must be an agency code' })
  agencyCode?: string;

  @IsOptional()
  @IsString()
  @MaxLength(50)
  q?: string;
}
