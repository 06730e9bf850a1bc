import { DeliveryLogEntryView, DeliveryLogPageView, DeliveryLogQuery, DeliveryStatus } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DeliveriesQueries } from './deliveries.queries';

const iso = (value: unknown): string | null => (value ? new Date(value as string).toISOString() : null);

/** 발송 기록: the institute administrator's view of every message sent, retried or failed, in their tenant only. */
@ApiTags('deliveries')
@ApiBearerAuth()
@Controller('deliveries')
@Roles('admin')
export class DeliveryLogController {
  constructor(private readonly deliveries: DeliveriesQueries) {}

  @Get()
  @ApiOkResponse({ type: DeliveryLogPageView })
  async list(@CurrentUser() user: AuthUser, @Query() query: DeliveryLogQuery): Promise<DeliveryLogPageView> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { total, rows } = await this.deliveries.page(
      user.tenantId,
      { status: query.status, eventType: query.eventType, recipient: query.recipient?.trim() || undefined },
      { limit: pageSize, offset: (page - 1) * pageSize },
    );
    const items: DeliveryLogEntryView[] = rows.map((r) => ({
      id: r.id as string,
      eventId: r.event_id as string,
      eventType: r.event_type as string,
      recipient: r.recipient as string,
      channel: r.channel as string,
      address: r.address as string,
      template: r.template as string,
      subject: r.subject as string,
      status: r.status as DeliveryStatus,
      attempts: r.attempts as number,
      lastError: (r.last_error as string | null) ?? null,
      nextAttemptAt: iso(r.next_attempt_at),
      createdAt: iso(r.created_at)!,
      updatedAt: iso(r.updated_at)!,
      sentAt: iso(r.sent_at),
    }));
    return { items, total, page, pageSize };
  }
}
