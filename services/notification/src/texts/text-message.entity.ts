import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A text the simulated provider took (SMS_PROVIDER=simulated, the embedded and test default): kept so
 * that the demo's mail catcher and the tests can read what would have reached the phone.
 */
@Entity({ name: 'text_message' })
@Index('UQ_text_message_reference', ['reference'], { unique: true })
@Check('CHK_text_message_kind', `"kind" IN ('sms', 'lms')`)
export class TextMessage {
  /** The provider's message id. */
  @PrimaryColumn('uuid')
  id: string;

  /** The sender's reference (the delivery id): one text per reference. */
  @Column('text')
  reference: string;

  @Column('text', { name: 'to_number' })
  toNumber: string;

  @Column('text')
  kind: 'sms' | 'lms';

  /** Its length in EUC-KR bytes, as carriers count. */
  @Column('int')
  bytes: number;

  @Column('text')
  text: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}
