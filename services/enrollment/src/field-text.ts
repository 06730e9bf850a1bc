import type { HttpException } from '@nestjs/common';

/**
 * A coded error about one field keeps its sentence in `errors[].messages` too, where the old pages
 * read each field's text (the service kit's `CodedException` names the field and code only).
 */
export function withFieldText<E extends HttpException>(error: E): E {
  const body = error.getResponse();
  if (typeof body === 'object' && body !== null) {
    const { message, errors } = body as { message?: unknown; errors?: { messages?: string[] }[] };
    if (typeof message === 'string') for (const entry of errors ?? []) entry.messages ??= [message];
  }
  return error;
}
