import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class ChangePasswordDto {
  @ApiProperty({ description: '지금 비밀번호 (임시 비밀번호 포함) / the current password, temporary or not' })
  @IsString({ message: '지금 비밀번호를 입력하세요 / currentPassword is required' })
  @MinLength(1, { message: '지금 비밀번호를 입력하세요 / currentPassword is required' })
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty({
    minLength: 10,
    maxLength: 200,
    description:
      '10자 이상, 흔하거나 유출된 비밀번호는 안 됨 (AUTH.WEAK_PASSWORD) / at least 10 characters, not common, breached or easy to guess',
  })
  @IsString({ message: '새 비밀번호는 10자 이상입니다 / newPassword must be at least 10 characters' })
  @MinLength(10, { message: '새 비밀번호는 10자 이상입니다 / newPassword must be at least 10 characters' })
  @MaxLength(200, { message: '새 비밀번호는 200자 이하입니다 / newPassword must be at most 200 characters' })
  newPassword: string;
}
