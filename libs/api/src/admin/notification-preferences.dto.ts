import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, Matches, ValidateIf } from 'class-validator';

/** `HH:MM`, 00:00-23:59 (Seoul time). */
export const QUIET_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const TIME_MESSAGE = (field: string) => `시각은 00:00-23:59 형식입니다 / ${field} must be a time HH:MM (00:00-23:59)`;

/**
 * `PUT /api/me/notification-preferences`: how the caller is told. The in-app inbox is always on. Quiet
 * hours hold text messages (never e-mail) until they end; both null: no quiet hours.
 */
export class UpdateNotificationPreferencesDto {
  @ApiProperty({ description: '이메일 알림 / notices by e-mail', example: true })
  @IsBoolean({ message: '이메일 알림은 true 또는 false입니다 / email must be true or false' })
  email: boolean;

  @ApiProperty({
    description: '문자 알림 (휴대전화 번호가 있을 때) / text messages, when a mobile number is on the account',
    example: false,
  })
  @IsBoolean({ message: '문자 알림은 true 또는 false입니다 / sms must be true or false' })
  sms: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    description: '문자 방해 금지 시작 (서울 시각) / quiet hours start, Seoul time',
    example: '21:00',
  })
  @ValidateIf((_, value) => value !== null)
  @Matches(QUIET_TIME_PATTERN, { message: TIME_MESSAGE('quietStart'), context: { code: 'VALIDATION.TIME' } })
  quietStart: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: '문자 방해 금지 끝 (서울 시각) / quiet hours end, Seoul time',
    example: '08:00',
  })
  @ValidateIf((_, value) => value !== null)
  @Matches(QUIET_TIME_PATTERN, { message: TIME_MESSAGE('quietEnd'), context: { code: 'VALIDATION.TIME' } })
  quietEnd: string | null;
}

/** The caller's notification preferences, the defaults where they chose nothing. */
export class NotificationPreferencesView {
  @ApiProperty({ example: true })
  email: boolean;

  @ApiProperty({ example: false })
  sms: boolean;

  @ApiProperty({ type: String, nullable: true, example: '21:00' })
  quietStart: string | null;

  @ApiProperty({ type: String, nullable: true, example: '08:00' })
  quietEnd: string | null;

  @ApiProperty({ enum: ['Asia/Seoul'], description: 'The time zone of the quiet hours' })
  timeZone: 'Asia/Seoul';

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The mobile number texts go to, as the notification service last heard it (set under 내 계정); none: no texts',
    example: '010-1234-5678',
  })
  phone: string | null;
}
