import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export const CAUGHT_CHANNELS = ['email', 'sms'] as const;
export type CaughtChannel = (typeof CAUGHT_CHANNELS)[number];

/** `GET /api/admin/mail-catcher`: a page of the messages the institute's people were sent, newest first. */
export class MailCatcherQuery {
  @ApiPropertyOptional({ enum: CAUGHT_CHANNELS })
  @IsOptional()
  @IsIn(CAUGHT_CHANNELS, { message: '채널은 email 또는 sms입니다 / channel must be email or sms' })
  channel?: CaughtChannel;

  @ApiPropertyOptional({ description: 'From 1', example: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page?: number;

  @ApiPropertyOptional({ description: '1-50, 10 by default', example: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  pageSize?: number;
}

/** One message as it was written or recorded instead of sent: whom, when, and its text. */
export class CaughtMessageView {
  @ApiProperty({ format: 'uuid', description: 'The delivery it belongs to (see the delivery log)' })
  id: string;

  @ApiProperty({ enum: CAUGHT_CHANNELS })
  channel: CaughtChannel;

  @ApiProperty({ enum: ['email', 'sms', 'lms'], description: 'A text goes as an SMS up to 90 EUC-KR bytes, else as an LMS' })
  kind: 'email' | 'sms' | 'lms';

  @ApiProperty({ example: 'hong@example.com', description: 'The e-mail address or mobile number' })
  address: string;

  @ApiProperty({ example: '[결제 완료] 응시수수료 5,000원 / Exam fee received' })
  subject: string;

  @ApiProperty({ description: 'The message as plain text (a mail’s text part, or the text message)' })
  body: string;

  @ApiProperty({ example: 'examination.fee.paid' })
  eventType: string;

  @ApiProperty()
  at: string;
}

/** The mail catcher: only channels that record rather than send are shown (no SMTP_URL; SMS_PROVIDER=simulated). */
export class MailCatcherPageView {
  @ApiProperty({ description: 'Mails are written to files, not sent (no SMTP_URL): they are shown here' })
  mailCaught: boolean;

  @ApiProperty({ description: 'Texts are recorded by the simulated provider: they are shown here' })
  textsCaught: boolean;

  @ApiProperty({ type: [CaughtMessageView] })
  items: CaughtMessageView[];

  @ApiProperty()
  total: number;

  @ApiProperty()
  page: number;

  @ApiProperty()
  pageSize: number;
}
