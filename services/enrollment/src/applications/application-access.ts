import { AuthUser, notFound } from '@baeum/service-kit';
import type { EntityManager } from 'typeorm';
import { traineeOfUser } from '../trainees/trainees.queries';
import { Application } from './application.entity';
import { applicationById } from './applications.queries';

/**
 * Who sees an application: the trainee it belongs to, their agency's admin (in the trainee's
 * home tenant) and the host institute's staff. Anyone else gets 404, as if it did not exist.
 */
export async function mayAccess(tx: EntityManager, user: AuthUser, app: Application): Promise<boolean> {
  switch (user.role) {
    case 'trainee': {
      const own = await traineeOfUser(tx, user.userId);
      return own?.id === app.traineeId;
    }
    case 'agency_admin':
      return app.traineeTenantId === user.tenantId && app.agencyCode === user.agencyCode;
    case 'admin':
    case 'course_manager':
      return app.tenantId === user.tenantId;
    default:
      return false;
  }
}

export async function accessibleApplication(tx: EntityManager, user: AuthUser, applicationId: string): Promise<Application> {
  const app = await applicationById(tx, applicationId);
  if (!app || !(await mayAccess(tx, user, app)))
    throw notFound('APPLICATION.NOT_FOUND', { message: '신청을 찾을 수 없습니다 / Application not found' });
  return app;
}
