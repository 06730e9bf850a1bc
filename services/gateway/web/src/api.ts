/** The gateway's HTTP API as the pages use it, and the signed-in session. */

export interface User {
  id: string;
  name: string;
  email: string;
  role: string;
  /** The agency of a trainee or agency admin, by code. */
  agencyCode: string | null;
  tenantId: string;
  tenantSlug: string;
  tenantName: string;
  tenantNameEn?: string;
  /** Signed in with a temporary password: asked for a new one before anything else. */
  mustChangePassword?: boolean;
}

export interface Course {
  id: string;
  code: string;
  nameKo: string;
  nameEn: string;
}

export interface BudgetLine {
  code: string;
  nameKo: string;
  nameEn: string;
  amount: string;
  committed: string;
  remaining: string;
}

export interface Cohort {
  id: string;
  courseId: string;
  courseCode: string;
  courseNameKo: string;
  courseNameEn: string;
  startDate: string;
  endDate: string;
  capacity: number;
  /** null until enrollment has processed the cohort's event. */
  seatsFree: number | null;
  estimatedCost: string;
  budgetLineCode: string;
  /** null until finance has processed the cohort's event. */
  committedAmount: string | null;
  status: string;
  createdAt: string;
}

export interface NewCohort {
  courseId?: string;
  startDate?: string;
  endDate?: string;
  capacity?: number;
  estimatedCost?: number;
  budgetLineCode?: string;
}

export interface FieldError {
  field: string;
  messages: string[];
}

/** A non-2xx answer; `status` 0 means the server could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: FieldError[] = [],
    /** The whole error answer, for details a page knows how to show (a booking's conflicts). */
    readonly body: unknown = null,
  ) {
    super(message);
  }
}

export interface Session {
  accessToken: string;
  expiresAt: number;
  user: User;
}

// sessionStorage: the token goes away with the tab and is not shared with other tabs.
const SESSION_KEY = 'baeum.session';

export function loadSession(): Session | null {
  try {
    const session = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as Session | null;
    return session && session.expiresAt > Date.now() ? session : null;
  } catch {
    return null;
  }
}

export function clearSession(): void {
  sessionStorage.removeItem(SESSION_KEY);
}

/** Called on any 401 from an authenticated call (set by main). */
let onUnauthorized: () => void = () => undefined;
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

/** A JSON call to the gateway with the session's token; a non-2xx answer throws ApiError. */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const session = loadSession();
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (session && path !== '/api/auth/login') headers.Authorization = `Bearer ${session.accessToken}`;

  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, '');
  }
  const data = (await res.json().catch(() => null)) as { message?: unknown; errors?: FieldError[] } | null;
  if (res.ok) return data as T;

  throw failure(res.status, path, data);
}

function failure(status: number, path: string, data: { message?: unknown; errors?: FieldError[] } | null): ApiError {
  if (status === 401 && path !== '/api/auth/login') {
    clearSession();
    onUnauthorized();
  }
  // Nest may answer `message` as a list of strings.
  const message = Array.isArray(data?.message) ? data.message.join(', ') : typeof data?.message === 'string' ? data.message : '';
  return new ApiError(status, message, Array.isArray(data?.errors) ? data.errors : [], data);
}

const authHeaders = (): Record<string, string> => {
  const session = loadSession();
  return session ? { Authorization: `Bearer ${session.accessToken}` } : {};
};

/** Fetches a file (an .xlsx or CSV export, a PDF) with the session's token and saves it under the server's name. */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(path, { headers: authHeaders() });
  } catch {
    throw new ApiError(0, '');
  }
  if (!res.ok) throw failure(res.status, path, await res.json().catch(() => null));
  const disposition = res.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Sends a file as the raw request body (imports); the server reads its name from `X-File-Name`. */
export async function uploadFile<T>(path: string, file: File): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { method: 'POST', headers: { ...authHeaders(), Accept: 'application/json', 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) }, body: file });
  } catch {
    throw new ApiError(0, '');
  }
  const data = await res.json().catch(() => null);
  if (res.ok) return data as T;
  throw failure(res.status, path, data);
}

export async function login(tenant: string, email: string, password: string): Promise<Session> {
  return startSession(await request<{ accessToken: string; expiresIn: number; user: User }>('POST', '/api/auth/login', { tenant, email, password }));
}

/** Keeps a freshly issued token (a sign-in, or an applicant's sign-up) as the session. */
export function startSession(res: { accessToken: string; expiresIn: number; user: User }): Session {
  const session: Session = { accessToken: res.accessToken, expiresAt: Date.now() + res.expiresIn * 1000, user: res.user };
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  return session;
}

/** The signed-in user changed (a new password set): the session keeps the token, with the new user. */
export function updateSessionUser(user: User): void {
  const session = loadSession();
  if (session) sessionStorage.setItem(SESSION_KEY, JSON.stringify({ ...session, user }));
}

export const changePassword = (currentPassword: string, newPassword: string) => request<null>('POST', '/api/me/password', { currentPassword, newPassword });

export const getCourses = () => request<Course[]>('GET', '/api/courses');
export const getBudgetLines = () => request<BudgetLine[]>('GET', '/api/budget-lines');
export const getCohorts = () => request<Cohort[]>('GET', '/api/cohorts');
export const scheduleCohort = (cohort: NewCohort) => request<Cohort>('POST', '/api/cohorts', cohort);
