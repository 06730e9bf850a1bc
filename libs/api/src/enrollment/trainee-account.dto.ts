import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { TRAINEE_AGENCY_CODE, TRAINEE_EMPLOYEE_NO } from './trainee.dto';

/** 교육생 계정 발급: a sign-in account for a trainee and their trainee record, made together. */
export class CreateTraineeAccountDto {
  @ApiProperty({ example: 'kim.seoul@mapo.example' })
  @IsEmail({}, { message: '이메일 주소가 올바르지 않습니다 / email must be an e-mail address' })
  @MaxLength(200)
  email: string;

  @ApiProperty({ example: '김서울' })
  @IsString()
  @MinLength(1, { message: '성명을 입력하세요 / name is required' })
  @MaxLength(50)
  name: string;

  @ApiPropertyOptional({ example: 'MAPO-2024-011' })
  @IsOptional()
  @Matches(TRAINEE_EMPLOYEE_NO, {
    message: '직원번호는 영문·숫자·- 30자 이내입니다 / employeeNo must be letters, digits and - (at most 30)',
  })
  employeeNo?: string;

  @ApiPropertyOptional({ example: '9급' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  grade?: string;

  @ApiPropertyOptional({ example: '주무관' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  position?: string;

  @ApiPropertyOptional({ example: '행정' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  jobSeries?: string;

  @ApiPropertyOptional({ example: 'MAPO-GU', description: "Institute staff choose the agency; an agency admin's is their own" })
  @IsOptional()
  @Matches(TRAINEE_AGENCY_CODE, { message: '기관 코드가 올바르지 않습니다 / agencyCode must be an agency code' })
  agencyCode?: string;
}
