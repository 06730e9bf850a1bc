import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class ChangePasswordDto {
  @ApiProperty({ description: '지금 비밀번호 (임시 비밀번호 포함) / the current password, temporary or not' })
  @IsString({ message: 'currentPassword is required' })
  @MinLength(1, { message: 'currentPassword is required' })
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty({ minLength: 10, maxLength: 200 })
  @IsString({ message: 'newPassword must be at least 10 characters' })
  @MinLength(10, { message: 'newPassword must be at least 10 characters' })
  @MaxLength(200, { message: 'newPassword must be at most 200 characters' })
  newPassword: string;
}
