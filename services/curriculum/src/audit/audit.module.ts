import { auditLogController } from '@baeum/service-kit';
import { Module } from '@nestjs/common';

/** curriculum's part of the audit log of administrative changes (GET /audit), read by the gateway; above every feature. */
@Module({
  controllers: [auditLogController('curriculum', 'curriculum')],
})
export class AuditModule {}
