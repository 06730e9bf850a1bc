import type { components } from './schema';

export type User = components['schemas']['UserView'];
export type Role = User['role'];

export interface Session {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  user: User;
}

// sessionStorage: the token goes away with the tab and is not shared with other tabs.
const SESSION_KEY = 'baeum.session';
const listeners = new Set<() => void>();
let cached: Session | null | undefined;
/** Why the last session ended, for the sign-in page to say (once). */
export type SessionEnd = 'expired' | 'signedOut';
let ended: SessionEnd | null = null;

function read(): Session | null {
  try {
    const session = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as Session | null;
    return session && session.expiresAt > Date.now() ? session : null;
  } catch {
    return null;
  }
}

/** The signed-in session, or null. A store React reads with useSyncExternalStore. */
export const sessionStore = {
  get(): Session | null {
    if (cached === undefined) cached = read();
    if (cached && cached.expiresAt <= Date.now()) cached = null;
    return cached;
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  start(answer: { accessToken: string; expiresIn: number; user: User }): Session {
    const session: Session = { accessToken: answer.accessToken, expiresAt: Date.now() + answer.expiresIn * 1000, user: answer.user };
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
    cached = session;
    ended = null;
    listeners.forEach((l) => l());
    return session;
  },
  /** The signed-in user changed (a new password set): same token, new user. */
  updateUser(user: User): void {
    const session = this.get();
    if (!session) return;
    cached = { ...session, user };
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(cached));
    listeners.forEach((l) => l());
  },
  /** Ends the session; `why` is told on the sign-in page. */
  clear(why?: SessionEnd): void {
    ended = why ?? null;
    sessionStorage.removeItem(SESSION_KEY);
    cached = null;
    listeners.forEach((l) => l());
  },
  /** Why the last session ended, if it ended while this page was open. */
  endReason(): SessionEnd | null {
    return ended;
  },
};
