import { ApiError, toApiError, type ErrorBody } from './client';
import { sessionStore } from './session';
import { retryingOverload } from './overload';

/** Files, too, are asked for again when the server sheds the request (503 with Retry-After). */
const fetchRetryingOverload = retryingOverload((request) => globalThis.fetch(request));

const authHeaders = (): Record<string, string> => {
  const session = sessionStore.get();
  return session ? { Authorization: `Bearer ${session.accessToken}` } : {};
};

async function failure(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => null)) as ErrorBody | null;
  return toApiError(body ?? undefined, res);
}

/** The name the server gave a file (Content-Disposition, RFC 5987), else the fallback. */
function fileName(res: Response, fallback: string): string {
  const disposition = res.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  return encoded ? decodeURIComponent(encoded) : fallback;
}

/** Fetches a file the API makes (an .xlsx or CSV export, a PDF) and saves it under the server's name. */
export async function downloadFile(path: string, fallbackName: string, query?: Record<string, string>): Promise<void> {
  const url = query ? `${path}?${new URLSearchParams(query)}` : path;
  let res: Response;
  try {
    res = await fetchRetryingOverload(new Request(url, { headers: authHeaders() }));
  } catch (error) {
    throw toApiError(error);
  }
  if (!res.ok) throw await failure(res);
  const href = URL.createObjectURL(await res.blob());
  const link = Object.assign(document.createElement('a'), { href, download: fileName(res, fallbackName) });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** Fetches an image the API serves to the signed-in person (their own photo) as an object URL; the caller revokes it. */
export async function fetchObjectUrl(path: string): Promise<string> {
  let res: Response;
  try {
    res = await fetchRetryingOverload(new Request(path, { headers: authHeaders() }));
  } catch (error) {
    throw toApiError(error);
  }
  if (!res.ok) throw await failure(res);
  return URL.createObjectURL(await res.blob());
}

/** Sends a file as the raw request body (imports); the server reads its name from X-File-Name. */
export async function uploadFile<T>(path: string, file: File, options: { method?: 'POST' | 'PUT'; contentType?: string } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetchRetryingOverload(
      new Request(path, {
        method: options.method ?? 'POST',
        headers: {
          ...authHeaders(),
          Accept: 'application/json',
          'Content-Type': options.contentType ?? 'application/octet-stream',
          'X-File-Name': encodeURIComponent(file.name),
        },
        body: file,
      }),
    );
  } catch (error) {
    throw toApiError(error);
  }
  if (!res.ok) throw await failure(res);
  return (res.status === 204 ? undefined : await res.json()) as T;
}
