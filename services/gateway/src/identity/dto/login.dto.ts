import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'seoul-hrd', description: '기관 코드 / institute code' })
  @Matches(/^[a-z0-9-]{2,40}$/, { message: 'tenant must be an institute code (lower-case letters, digits, -)' })
  tenant: string;

  @ApiProperty({ example: 'manager@seoul-hrd.example' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(200)
  email: string;

  @ApiProperty()
  @IsString()
  @MinLength(1, { message: 'password is required' })
  @MaxLength(200)
  password: string;
}
