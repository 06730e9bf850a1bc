import { wonTransformer } from '@baeum/service-kit';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A refund owed to an applicant: requested with the cancellation, done once the provider has paid it back. */
@Entity({ name: 'refund' })
@Index('UQ_refund_payment', ['paymentId'], { unique: true })
@Index('IDX_refund_requested', ['status'])
export class Refund {
  /** Also the provider's idempotency key: a retried refund is paid back once. */
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'application_id' })
  applicationId: string;

  @Column('uuid', { name: 'payment_id' })
  paymentId: string;

  @Column('bigint', { transformer: wonTransformer })
  amount: bigint;

  @Column('text')
  reason: string;

  @Column('text')
  status: 'requested' | 'done';

  @Column('text', { name: 'provider_ref', nullable: true })
  providerRef: string | null;

  @Column('timestamptz', { name: 'requested_at', default: () => 'now()' })
  requestedAt: Date;

  @Column('timestamptz', { name: 'done_at', nullable: true })
  doneAt: Date | null;
}
