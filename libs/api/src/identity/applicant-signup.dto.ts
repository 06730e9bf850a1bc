import { ApiProperty } from '@nestjs/swagger';
import { Equals, IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export const SIGN_UP_LOCALES = ['ko', 'en'] as const;

export class ApplicantSignupDto {
  @ApiProperty({ example: 'seoul-hrd', description: '기관 코드 / institute code' })
  @Matches(/^[a-z0-9-]{2,40}$/, {
    message: '기관 코드가 올바르지 않습니다 (영문 소문자·숫자·-) / tenant must be an institute code (lower-case letters, digits, -)',
  })
  tenant: string;

  @ApiProperty({ example: 'kim.eungsi@example.com' })
  @IsEmail({}, { message: '이메일 주소가 올바르지 않습니다 / email must be an e-mail address' })
  @MaxLength(200)
  email: string;

  @ApiProperty({
    minLength: 10,
    maxLength: 200,
    description: 'at least 10 characters with a letter and a digit, not common, breached or easy to guess (AUTH.WEAK_PASSWORD)',
  })
  @IsString()
  @MinLength(10, { message: '비밀번호는 10자 이상입니다 / password must be at least 10 characters' })
  @MaxLength(200)
  @Matches(/^(?=.*[A-Za-z])(?=.*\d)/, {
    message: '비밀번호에 영문자와 숫자를 모두 넣으세요 / password must contain a letter and a digit',
    context: { code: 'AUTH.PASSWORD_RULE' },
  })
  password: string;

  @ApiProperty({ example: '김응시' })
  @IsString()
  @MinLength(1, { message: '성명을 입력하세요 / name is required' })
  @MaxLength(50)
  name: string;

  @ApiProperty({ description: '개인정보 수집·이용 동의 (must be true)' })
  @Equals(true, {
    message: '개인정보 수집·이용에 동의해야 합니다 / privacyConsent must be given (true)',
    context: { code: 'AUTH.PRIVACY_CONSENT_REQUIRED' },
  })
  privacyConsent: boolean;

  @ApiProperty({ enum: SIGN_UP_LOCALES, required: false, description: '안내 메일의 언어 / language of the mail (default ko)' })
  @IsOptional()
  @IsIn(SIGN_UP_LOCALES, { message: '언어는 ko 또는 en입니다 / locale must be ko or en' })
  locale?: (typeof SIGN_UP_LOCALES)[number];
}

/**
 * What every sign-up answers (202), whether the e-mail was new or already registered, so that nobody
 * learns who holds an account: a mail was sent to the address either way.
 */
export class SignUpAcceptedView {
  @ApiProperty({ enum: ['verification_sent'] })
  status: 'verification_sent';

  @ApiProperty({ example: 'kim.eungsi@example.com', description: 'the address the mail went to (as given, lower-case)' })
  email: string;
}

/** A malformed token answers as an unknown, used or expired one does. */
const BAD_LINK = {
  message: '확인 링크가 올바르지 않거나 만료되었습니다 / token is unknown, used or expired',
  context: { code: 'AUTH.VERIFICATION_INVALID' },
};

/** The one-time token of the sign-up mail's link. */
export class VerifySignUpDto {
  @ApiProperty({ description: 'the token of the link (/signup/verify?token=…)', minLength: 1, maxLength: 200 })
  @IsString(BAD_LINK)
  @MinLength(1, BAD_LINK)
  @MaxLength(200, BAD_LINK)
  token: string;
}
