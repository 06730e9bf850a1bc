import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { SIGN_UP_LOCALES } from './applicant-signup.dto';

/** 비밀번호 재설정 요청: the institute (as sign-in names it) and the account's e-mail. */
export class PasswordResetDto {
  @ApiProperty({ example: 'seoul-hrd', description: '기관 코드 / institute code' })
  @Matches(/^[a-zA-Z0-9-]{2,40}$/, {
    message: '기관 코드가 올바르지 않습니다 (영문·숫자·-) / tenant must be an institute code (letters, digits, -)',
  })
  tenant: string;

  @ApiProperty({ example: 'kim.eungsi@example.com' })
  @IsEmail({}, { message: '이메일 주소가 올바르지 않습니다 / email must be an e-mail address' })
  @MaxLength(200)
  email: string;

  @ApiProperty({ enum: SIGN_UP_LOCALES, required: false, description: '안내 메일의 언어 / language of the mail (default ko)' })
  @IsOptional()
  @IsIn(SIGN_UP_LOCALES, { message: '언어는 ko 또는 en입니다 / locale must be ko or en' })
  locale?: (typeof SIGN_UP_LOCALES)[number];
}

/**
 * What every reset request answers (202), whether the address is registered, unknown, disabled or not
 * yet verified: nobody learns who holds an account. Only an active account's owner gets a mail.
 */
export class PasswordResetAcceptedView {
  @ApiProperty({ enum: ['reset_requested'] })
  status: 'reset_requested';
}

/** A malformed token answers as an unknown, used or expired one does. */
const BAD_RESET_LINK = {
  message: '재설정 링크가 올바르지 않거나 만료되었습니다 / token is unknown, used or expired',
  context: { code: 'AUTH.RESET_INVALID' },
};

/** 새 비밀번호 설정: the token of the mailed link and the new password. */
export class ConfirmPasswordResetDto {
  @ApiProperty({ description: 'the token of the link (/password-reset/confirm?token=…)', minLength: 1, maxLength: 200 })
  @IsString(BAD_RESET_LINK)
  @MinLength(1, BAD_RESET_LINK)
  @MaxLength(200, BAD_RESET_LINK)
  token: string;

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

/** The password was set: the owner signs in with it (every older session has stopped working). */
export class PasswordResetDoneView {
  @ApiProperty({ enum: ['password_reset'] })
  status: 'password_reset';

  @ApiProperty({ example: 'seoul-hrd', description: 'the institute to sign in to' })
  tenantSlug: string;
}
