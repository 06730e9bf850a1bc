import { Injectable } from '@nestjs/common';
import { DirectoryQueries } from '../identity/directory.queries';

export interface HostTenant {
  id: string;
  nameKo: string;
  nameEn: string;
}

/** Institutes by id, so a trainee sees which institute hosts a cohort of another tenant. */
@Injectable()
export class HostTenants {
  constructor(private readonly directory: DirectoryQueries) {}

  async byId(): Promise<Map<string, HostTenant>> {
    const tenants = await this.directory.tenants();
    return new Map(tenants.map((t) => [t.id, { id: t.id, nameKo: t.nameKo, nameEn: t.nameEn }]));
  }

  /** Adds `hostTenant` to each item that names a `hostTenantId` (directly or in its `cohort`). */
  async label<T extends { hostTenantId?: string; cohort?: { hostTenantId: string } }>(
    items: T[],
  ): Promise<(T & { hostTenant: HostTenant | null })[]> {
    const tenants = await this.byId();
    return items.map((item) => ({ ...item, hostTenant: tenants.get(item.hostTenantId ?? item.cohort?.hostTenantId ?? '') ?? null }));
  }
}
