import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export const DELIVERY_STATUSES = ['pending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** `GET /api/admin/deliveries`: a page of the institute's delivery log, newest first. */
export class DeliveryLogQuery {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES, enumName: 'DeliveryStatus' })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES, { message: '상태가 올바르지 않습니다 / status must be pending, sent or failed' })
  status?: DeliveryStatus;

  @ApiPropertyOptional({ description: 'The causing event type', example: 'finance.line.threshold_crossed' })
  @IsOptional()
  @Matches(/^[a-z_]+(\.[a-z_]+){2}$/, { message: '이벤트 종류가 올바르지 않습니다 / eventType must read service.thing.verb' })
  @MaxLength(100)
  eventType?: string;

  @ApiPropertyOptional({ description: "The recipient's user id or e-mail address", example: 'finance@seoul-hrd.example' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  recipient?: string;

  @ApiPropertyOptional({ description: 'From 1', example: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page?: number;

  @ApiPropertyOptional({ description: '1-100, 20 by default', example: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

/** One message of the log: whom, why, on which channel, and how its delivery went. */
export class DeliveryLogEntryView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  eventId: string;

  @ApiProperty({ example: 'finance.line.threshold_crossed' })
  eventType: string;

  @ApiProperty({ description: "The recipient's user id" })
  recipient: string;

  @ApiProperty({ example: 'email' })
  channel: string;

  @ApiProperty({ example: 'finance@seoul-hrd.example' })
  address: string;

  @ApiProperty({ example: 'budget-threshold-crossed' })
  template: string;

  @ApiProperty({ example: '[예산] NEWCOMER 집행률 80% 도달 / Budget line NEWCOMER passed 80%' })
  subject: string;

  @ApiProperty({ enum: DELIVERY_STATUSES, enumName: 'DeliveryStatus' })
  status: DeliveryStatus;

  @ApiProperty({ example: 1 })
  attempts: number;

  @ApiProperty({ type: String, nullable: true, description: "The last failure's reason (no addresses)" })
  lastError: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'When the next attempt is due; null once sent or given up' })
  nextAttemptAt: string | null;

  @ApiProperty()
  createdAt: string;

  @ApiProperty()
  updatedAt: string;

  @ApiProperty({ type: String, nullable: true })
  sentAt: string | null;
}

export class DeliveryLogPageView {
  @ApiProperty({ type: [DeliveryLogEntryView] })
  items: DeliveryLogEntryView[];

  @ApiProperty({ example: 42 })
  total: number;

  @ApiProperty({ example: 1 })
  page: number;

  @ApiProperty({ example: 20 })
  pageSize: number;
}
