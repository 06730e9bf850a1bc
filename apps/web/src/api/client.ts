import createFetchClient, { type Middleware } from 'openapi-fetch';
import createQueryClient from 'openapi-react-query';
import type { components, paths } from './schema';
import { retryingOverload } from './overload';
import { sessionStore } from './session';

export type Schemas = components['schemas'];
export type ErrorBody = Schemas['ErrorBody'];
export type ErrorCode = Schemas['ErrorCode'];
export type FieldErrorBody = Schemas['FieldErrorBody'];
export type ErrorParams = NonNullable<ErrorBody['params']>;

/** A failed call: the server's coded answer, or `NETWORK` when it could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body:
      ErrorBody | { statusCode: 0; code: 'NETWORK'; message: string; params?: undefined; errors?: undefined; field?: undefined },
  ) {
    super(body.message);
  }

  get code(): ErrorCode | 'NETWORK' {
    return this.body.code;
  }

  /** Problems that name a field; the rest of the answer belongs to the action as a whole. */
  get fieldErrors(): FieldErrorBody[] {
    return this.body.errors ?? [];
  }
}

/** Calls that answer 401 end the session; the app takes the user to sign-in with a notice. */
let onSessionExpired: () => void = () => undefined;
export function whenSessionExpires(handler: () => void): void {
  onSessionExpired = handler;
}

const auth: Middleware = {
  onRequest({ request }) {
    const session = sessionStore.get();
    if (session && !request.url.endsWith('/api/auth/login')) request.headers.set('Authorization', `Bearer ${session.accessToken}`);
    return request;
  },
  async onResponse({ response, request }) {
    if (response.status === 401 && request.headers.has('Authorization')) {
      sessionStore.clear('expired');
      onSessionExpired();
    }
    // The API holds a temporary password's bearer to the password change; the app then leads there too.
    if (response.status === 403 && request.headers.has('Authorization')) {
      const body = (await response
        .clone()
        .json()
        .catch(() => null)) as { code?: string } | null;
      const session = sessionStore.get();
      if (body?.code === 'AUTH.PASSWORD_CHANGE_REQUIRED' && session && !session.user.mustChangePassword)
        sessionStore.updateUser({ ...session.user, mustChangePassword: true });
    }
    return response;
  },
};

/** The gateway's API, typed from its OpenAPI document. */
export const api = createFetchClient<paths>({
  baseUrl: '',
  headers: { Accept: 'application/json' },
  fetch: retryingOverload((request) => globalThis.fetch(request)),
});
api.use(auth);

/** TanStack Query hooks over the same client: `$api.useQuery('get', '/api/cohorts')`. */
export const $api = createQueryClient(api);

/** Turns a non-2xx answer into ApiError; a call that never got an answer into a NETWORK one. */
export function toApiError(error: unknown, response?: Response): ApiError {
  if (error instanceof ApiError) return error;
  const body = error as Partial<ErrorBody> | undefined;
  if (response && body && typeof body === 'object' && typeof body.code === 'string')
    return new ApiError(response.status, body as ErrorBody);
  if (response)
    return new ApiError(response.status, {
      statusCode: response.status,
      code: response.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST',
      message: response.statusText,
    } as ErrorBody);
  return new ApiError(0, { statusCode: 0, code: 'NETWORK', message: String((error as Error)?.message ?? error) });
}

/** Awaits an openapi-fetch call and answers its data, or throws ApiError. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (error) {
    throw toApiError(error);
  }
  if (result.error !== undefined || !result.response.ok) throw toApiError(result.error, result.response);
  return result.data as T;
}

/** Any failure (ApiError, an error body from a query hook, a fetch TypeError) as an ApiError. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error && typeof error === 'object' && typeof (error as ErrorBody).code === 'string') {
    const body = error as ErrorBody;
    return new ApiError(body.statusCode ?? 0, body);
  }
  return toApiError(error);
}
