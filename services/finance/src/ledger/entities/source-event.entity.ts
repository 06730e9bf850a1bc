import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An event that caused entries, kept so that a line's detail can show what happened and why. */
@Entity({ name: 'source_event' })
export class SourceEvent {
  @PrimaryColumn('uuid', { name: 'event_id' })
  eventId: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('text')
  type: string;

  @Column('int')
  version: number;

  @Column('text')
  source: string;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt: Date;

  @Column('text', { name: 'correlation_id' })
  correlationId: string;

  @Column('jsonb')
  payload: object;
}
