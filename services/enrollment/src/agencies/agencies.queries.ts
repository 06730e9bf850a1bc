import type { EntityManager } from 'typeorm';
import { Agency } from './agency.entity';

/** Reads of agencies. */

/** The tenant's agencies by Korean name. */
export const agenciesOf = (tx: EntityManager, tenantId: string): Promise<Agency[]> =>
  tx.getRepository(Agency).find({ where: { tenantId }, order: { nameKo: 'ASC' } });
