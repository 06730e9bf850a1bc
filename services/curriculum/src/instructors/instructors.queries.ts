import { InstructorView } from '@baeum/api';
import type { AuthUser } from '@baeum/service-kit';
import type { EntityManager } from 'typeorm';
import { STAFF } from '../shared/roles';
import { Instructor } from './instructor.entity';

/** An instructor as the caller may see them: contact details (email, phone) for staff only. */
export function toInstructorView(i: Instructor, withContact: boolean): InstructorView {
  return {
    id: i.id,
    name: i.name,
    kind: i.kind,
    affiliation: i.affiliation,
    specialties: i.specialties,
    recommendedBy: i.recommendedBy,
    ...(withContact ? { email: i.email, phone: i.phone } : {}),
    rating: i.ratingCount === 0 ? null : Math.round((i.ratingSum * 100) / i.ratingCount) / 100,
    ratingCount: i.ratingCount,
  };
}

export const isStaff = (user: AuthUser): boolean => STAFF.includes(user.role);

export const instructorsOf = (m: EntityManager, tenantId: string): Promise<Instructor[]> =>
  m.find(Instructor, { where: { tenantId }, order: { name: 'ASC' } });

export const instructorById = (m: EntityManager, tenantId: string, id: string): Promise<Instructor | null> =>
  m.findOne(Instructor, { where: { id, tenantId } });
