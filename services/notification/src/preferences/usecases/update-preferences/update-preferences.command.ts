import type { Preferences } from '../../preferences.queries';

/** A person sets how they are told. The actor is the person; they change only their own. */
export interface UpdatePreferencesCommand {
  owner: { tenantId: string; userId: string };
  email: boolean;
  sms: boolean;
  quietStart: string | null;
  quietEnd: string | null;
}

export type { Preferences };
