import type { RoomKind } from '@baeum/api';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'room' })
@Index('IDX_room_tenant_code', ['tenantId', 'code'], { unique: true })
export class Room {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('text')
  code: string;

  @Column('text', { name: 'name_ko' })
  nameKo: string;

  @Column('text', { name: 'name_en' })
  nameEn: string;

  @Column('text')
  kind: RoomKind;

  /** Normal seating capacity; the distancing rule halves it when a tenant switches it on. */
  @Column('int')
  capacity: number;

  @Column('text', { array: true })
  equipment: string[];

  @Column('text', { nullable: true })
  building: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}
