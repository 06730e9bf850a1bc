import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

/** `GET /api/me/inbox`: a page of the caller's own inbox, newest first. */
export class InboxQuery {
  @ApiPropertyOptional({ description: 'Only the items not read yet', example: false })
  @IsOptional()
  // A query string carries text: only `true` and `false` are read as such.
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: '읽지 않음 필터는 true 또는 false입니다 / unread must be true or false' })
  unread?: boolean;

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

/** One notice in a person's inbox: what happened, a short text Korean first with English beside it, and where to look. */
export class InboxItemView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'examination.application.submitted' })
  eventType: string;

  @ApiProperty({ example: '[원서 접수] 9급 공채 / Application received' })
  title: string;

  @ApiProperty({ description: 'Korean first, then English', example: '응시원서가 접수되었습니다.\nYour application has been received.' })
  body: string;

  @ApiProperty({ type: String, nullable: true, description: 'Where the notice points on the site' })
  link: string | null;

  @ApiProperty()
  createdAt: string;

  @ApiProperty({ type: String, nullable: true, description: 'When it was marked read; null while unread' })
  readAt: string | null;
}

export class InboxPageView {
  @ApiProperty({ type: [InboxItemView] })
  items: InboxItemView[];

  @ApiProperty({ example: 42 })
  total: number;

  @ApiProperty({ example: 3, description: 'Unread items of the whole inbox, whatever the filter' })
  unread: number;

  @ApiProperty({ example: 1 })
  page: number;

  @ApiProperty({ example: 20 })
  pageSize: number;
}

/** The number the header's bell shows. */
export class InboxCountView {
  @ApiProperty({ example: 3 })
  unread: number;
}
