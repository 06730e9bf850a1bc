/** Someone a held notice may wait for has been announced. The actor is the announcing event. */
export type ReleaseHeldNoticesCommand =
  | { tenantId: string; person: { userId: string; roles: string[]; active: boolean; announcedAt: string } }
  | { tenantId: string; traineeId: string };
