import { RoomView } from '@baeum/api';
import type { EntityManager } from 'typeorm';
import { settingsOf } from '../shared/tenant-settings';
import { Room } from './room.entity';
import { roomLimit } from './room-rules';

/** Rooms with their capacity now: halved under the distancing rule when the tenant has it on. */
export const toRoomView = ({ tenantId: _t, createdAt: _c, ...room }: Room, distancing: boolean): RoomView => ({
  ...room,
  seatsNow: roomLimit(room.capacity, distancing),
});

/** Whether the tenant has the distancing rule on now. */
export const distancingOf = async (m: EntityManager, tenantId: string): Promise<boolean> =>
  (await settingsOf(m, tenantId)).distancingEnabled;

export const roomsOf = (m: EntityManager, tenantId: string): Promise<Room[]> =>
  m.find(Room, { where: { tenantId }, order: { code: 'ASC' } });

export const roomById = (m: EntityManager, tenantId: string, id: string): Promise<Room | null> =>
  m.findOne(Room, { where: { id, tenantId } });

export const roomCodeTaken = (m: EntityManager, tenantId: string, code: string): Promise<boolean> =>
  m.exists(Room, { where: { tenantId, code } });
