import { EntityManager } from 'typeorm';
import { Application } from '../applications/application.entity';
import { Payment } from '../fees/payment.entity';

/** A payment by id, locked for update, so that repeated callbacks of one payment run one at a time. */
export function lockedPayment(tx: EntityManager, paymentId: string): Promise<Payment | null> {
  return tx.getRepository(Payment).createQueryBuilder('p').where('p.id = :id', { id: paymentId }).setLock('pessimistic_write').getOne();
}

/** The payment's application, locked for update; it exists (a payment is made for one). */
export function lockedApplication(tx: EntityManager, applicationId: string): Promise<Application> {
  return tx
    .getRepository(Application)
    .createQueryBuilder('a')
    .where('a.id = :id', { id: applicationId })
    .setLock('pessimistic_write')
    .getOneOrFail();
}
