import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'seoul-hrd', description: '기관 코드 / institute code' })
  @Matches(/^[a-z0-9-]{2,40}$/, {
    message: '기관 코드가 올바르지 않습니다 (영문 소문자·숫자·-) / tenant must be an institute code (lower-case letters, digits, -)',
  })
  tenant: string;

  @ApiProperty({ example: 'manager@seoul-hrd.example' })
  @IsEmail({}, { message: '이메일 주소가 올바르지 않습니다 / email must be an e-mail address' })
  @MaxLength(200)
  email: string;

  @ApiProperty()
  @IsString()
  @MinLength(1, { message: '비밀번호를 입력하세요 / password is required' })
  @MaxLength(200)
  password: string;
}
