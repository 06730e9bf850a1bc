import { wonTransformer } from '@baeum/service-kit';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type PaymentStatus = 'pending' | 'paid' | 'declined';

/** One attempt to pay an application's fee through the payment provider. */
@Entity({ name: 'payment' })
@Index('IDX_payment_application', ['applicationId'])
export class Payment {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'application_id' })
  applicationId: string;

  @Column('bigint', { transformer: wonTransformer })
  amount: bigint;

  @Column('text')
  status: PaymentStatus;

  @Column('text', { name: 'provider_ref', nullable: true })
  providerRef: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt: Date | null;
}
