import { auditLogController } from '@baeum/service-kit';
import { Module } from '@nestjs/common';

/** enrollment's part of the audit log of administrative changes (GET /audit), read by the gateway; above every feature. */
@Module({
  controllers: [auditLogController('enrollment', 'enrollment')],
})
export class AuditModule {}
