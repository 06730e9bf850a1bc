const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls until `check` returns a value that is not undefined/false, or fails with the last error.
 * The default wait is sized for a loaded two-core CI machine, where an event's way through the relay,
 * Kafka and a consumer has taken over 30 s; a wait that succeeds costs no more for it.
 */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  { timeoutMs = 90_000, intervalMs = 200, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value as T;
    } catch (error) {
      lastError = error;
    }
    await sleep(intervalMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${(lastError as Error).message}` : ''}`);
}

export { sleep };
