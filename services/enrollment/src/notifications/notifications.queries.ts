import type { EntityManager } from 'typeorm';
import { Trainee } from '../trainees/trainee.entity';
import { Notification } from './notification.entity';

/** Reads of notices. */

/** The latest 50 notices of the trainee whose account this is (none when the account has no trainee record yet). */
export async function noticesOfTraineeUser(tx: EntityManager, userId: string): Promise<Notification[]> {
  const trainee = await tx.getRepository(Trainee).findOne({ where: { userId } });
  return trainee ? tx.getRepository(Notification).find({ where: { traineeId: trainee.id }, order: { createdAt: 'DESC' }, take: 50 }) : [];
}

/** The latest 50 notices for a role of an institute. */
export const noticesForRole = (tx: EntityManager, tenantId: string, audienceRole: string): Promise<Notification[]> =>
  tx.getRepository(Notification).find({ where: { tenantId, audienceRole }, order: { createdAt: 'DESC' }, take: 50 });

export const insertNotice = (tx: EntityManager, notice: Notification) => tx.insert(Notification, notice);
