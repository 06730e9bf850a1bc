/** The demo's 2021 completions and surveys, generated for a tenant and imported. */
export interface ImportResults2021Command {
  tenantId: string;
  /** The share of the source's completions to generate (1: all 721,046). */
  scale: number;
  /** How often to look whether curriculum's 2021 catalog has arrived. */
  pollMs?: number;
}
