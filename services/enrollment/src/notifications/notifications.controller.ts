import { EnrollmentNotificationView, INSTITUTE_USERS } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Trainee } from '../trainees/trainee.entity';
import { Notification } from './notification.entity';

/** The caller's notices: a trainee's own, or those for their role in their institute. */
@ApiTags('notifications')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff, agency admins and trainees; not the public nor assessors (docs/security/role-matrix.md).
@Roles(...INSTITUTE_USERS)
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOkResponse({ type: [EnrollmentNotificationView] })
  async list(@CurrentUser() user: AuthUser): Promise<EnrollmentNotificationView[]> {
    const repo = this.dataSource.getRepository(Notification);
    if (user.role === 'trainee') {
      const trainee = await this.dataSource.getRepository(Trainee).findOne({ where: { userId: user.userId } });
      return trainee ? repo.find({ where: { traineeId: trainee.id }, order: { createdAt: 'DESC' }, take: 50 }) : [];
    }
    const role = user.role === 'admin' ? 'course_manager' : user.role;
    return repo.find({ where: { tenantId: user.tenantId, audienceRole: role }, order: { createdAt: 'DESC' }, take: 50 });
  }
}
