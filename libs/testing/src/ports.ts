import { createServer } from 'node:net';

/** Ports this process has handed out: the system may offer a closed one again, and two services of one stack must never share one. */
const handedOut = new Set<number>();

function portNothingListensOn(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A loopback port nothing listens on right now, and not handed out before by this process. */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await portNothingListensOn();
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    return port;
  }
}
