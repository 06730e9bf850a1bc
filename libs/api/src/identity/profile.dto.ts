import { ApiProperty } from '@nestjs/swagger';
import { Matches, ValidateIf } from 'class-validator';

/** A Korean mobile number as the account keeps it: `010-XXXX-XXXX`. */
export const MOBILE_PHONE_PATTERN = /^010-\d{4}-\d{4}$/;

/** `PUT /api/me/profile`: the caller's own details they may change themselves. */
export class UpdateProfileDto {
  @ApiProperty({
    type: String,
    nullable: true,
    description: '휴대전화 번호 (문자 알림용, 010-XXXX-XXXX), 없으면 null (AUTH.PHONE_INVALID) / mobile number for text messages, or null',
    example: '010-1234-5678',
  })
  @ValidateIf((_, value) => value !== null)
  @Matches(MOBILE_PHONE_PATTERN, {
    message: '휴대전화 번호는 010-XXXX-XXXX 형식입니다 / phone must be a mobile number 010-XXXX-XXXX',
    context: { code: 'AUTH.PHONE_INVALID' },
  })
  phone: string | null;
}

/** The caller's own details beyond the session's (personal data kept out of the session). */
export class ProfileView {
  @ApiProperty({ type: String, nullable: true, example: '010-1234-5678' })
  phone: string | null;
}
