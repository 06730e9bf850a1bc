import { EnrollmentNotificationView, INSTITUTE_USERS } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { noticesForRole, noticesOfTraineeUser } from './notifications.queries';

/** The caller's notices: a trainee's own, or those for their role in their institute. */
@ApiTags('notifications')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff, agency admins and trainees; not the public nor assessors
// (docs/security/role-matrix.md).
@Roles(...INSTITUTE_USERS)
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOkResponse({ type: [EnrollmentNotificationView] })
  async list(@CurrentUser() user: AuthUser): Promise<EnrollmentNotificationView[]> {
    if (user.role === 'trainee') return noticesOfTraineeUser(this.dataSource.manager, user.userId);
    return noticesForRole(this.dataSource.manager, user.tenantId, user.role === 'admin' ? 'course_manager' : user.role);
  }
}
