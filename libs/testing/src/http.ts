import { randomUUID } from 'node:crypto';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
}

/**
 * How long a call keeps trying again while it is answered 503 with Retry-After: a service on a busy
 * machine may shed a burst for a while, and a test must not fail because the machine is slow.
 */
const OVERLOAD_PATIENCE_MS = 120_000;

/** A small JSON client for driving the gateway the way the web page does. */
export class ApiClient {
  /** 503s with Retry-After answered to any client of this process (each was tried again), for a test to report. */
  static overloadAnswers = 0;

  constructor(
    readonly baseUrl: string,
    private token?: string,
    /** Awaited before each call: an invented person's account being made (tokens.ts). */
    private readonly ready?: Promise<void>,
  ) {}

  withToken(token: string | undefined): ApiClient {
    return new ApiClient(this.baseUrl, token);
  }

  /**
   * One call. An answer of 503 with Retry-After (a service shedding load, or the gateway getting no
   * answer in time) or 409 with Retry-After (the same write still in progress) is tried again, with
   * the same Idempotency-Key, after about the pause it asks for (jittered, so a shed burst does not
   * come back at once), as a well-behaved client does, for up to `OVERLOAD_PATIENCE_MS`.
   */
  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const started = Date.now();
    // A write carries a key of its own, kept on each try, as the web's do: a retried write is applied once.
    // A test of a write sent without any key names the header with an empty value: it is left out.
    const keyed =
      method === 'GET' || Object.keys(headers).some((name) => name.toLowerCase() === 'idempotency-key')
        ? headers
        : { ...headers, 'Idempotency-Key': randomUUID() };
    for (;;) {
      const answer = await this.once<T>(method, path, body, keyed);
      // 409 with Retry-After: the same write is still being worked on (REQUEST.IN_PROGRESS).
      const again = (answer.status === 503 || answer.status === 409) && answer.retryAfter !== undefined;
      if (!again || Date.now() - started >= OVERLOAD_PATIENCE_MS) return { status: answer.status, body: answer.body };
      ApiClient.overloadAnswers++;
      await new Promise((resolve) => setTimeout(resolve, answer.retryAfter! * 1000 * (0.5 + Math.random())));
    }
  }

  private async once<T>(
    method: string,
    path: string,
    body: unknown,
    headers: Record<string, string>,
  ): Promise<ApiResponse<T> & { retryAfter?: number }> {
    await this.ready;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== '')),
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (a page or metrics): keep the text
    }
    const retryAfter = Number(response.headers.get('retry-after') ?? NaN);
    return { status: response.status, body: parsed as T, retryAfter: Number.isFinite(retryAfter) ? retryAfter : undefined };
  }

  /** The raw response, with the client's token: for files in (uploads) and out (PDF, spreadsheets). */
  async raw(path: string, init: RequestInit = {}): Promise<Response> {
    await this.ready;
    return fetch(`${this.baseUrl}${path}`, {
      ...init,
      headers: {
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }

  post<T = any>(path: string, body: unknown) {
    return this.request<T>('POST', path, body);
  }

  /** Signs in and returns a client carrying the token. */
  async signIn(tenant: string, email: string, password: string): Promise<ApiClient> {
    const { status, body } = await this.post('/api/auth/login', { tenant, email, password });
    if (status !== 200) throw new Error(`sign-in of ${email} failed: ${status} ${JSON.stringify(body)}`);
    return this.withToken(body.accessToken);
  }
}
