import { ApiProperty } from '@nestjs/swagger';
import { Equals, IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class ApplicantSignupDto {
  @ApiProperty({ example: 'seoul-hrd', description: '기관 코드 / institute code' })
  @Matches(/^[a-z0-9-]{2,40}$/, { message: 'tenant must be an institute code (lower-case letters, digits, -)' })
  tenant: string;

  @ApiProperty({ example: 'kim.eungsi@example.com' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(200)
  email: string;

  @ApiProperty({ description: 'at least 10 characters with a letter and a digit' })
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters' })
  @MaxLength(200)
  @Matches(/^(?=.*[A-Za-z])(?=.*\d)/, { message: 'password must contain a letter and a digit' })
  password: string;

  @ApiProperty({ example: '김응시' })
  @IsString()
  @MinLength(1, { message: 'name is required' })
  @MaxLength(50)
  name: string;

  @ApiProperty({ description: '개인정보 수집·이용 동의 (must be true)' })
  @Equals(true, { message: 'privacyConsent must be given (true)' })
  privacyConsent: boolean;
}
