/** Stops containers the global setup started; local processes stay up for the next run. */
export default async function globalTeardown(): Promise<void> {
  await Promise.all((globalThis.__baeumContainers ?? []).map((c) => c.stop()));
}
