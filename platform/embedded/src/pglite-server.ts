import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketHandler } from '@electric-sql/pglite-socket';
import { createServer, Server, Socket } from 'node:net';

const SYNC = 0x53; // 'S': ends an extended-query round trip
const QUERY = 0x51; // 'Q': a simple query is a whole round trip
const TERMINATE = 0x58; // 'X'
const PROTOCOL_3 = 196608;

/** True for a message after which the client waits for ReadyForQuery. */
function endsRoundTrip(message: Uint8Array): boolean {
  const isStartup =
    message.length >= 8 && Buffer.from(message.buffer, message.byteOffset, message.byteLength).readInt32BE(4) === PROTOCOL_3;
  return isStartup || message[0] === SYNC || message[0] === QUERY || message[0] === TERMINATE;
}

interface Pending {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
}

/**
 * Shares PGlite's single session among many client connections. pglite-socket's own queue
 * interleaves connections message by message, so one client's Parse could be bound by another's
 * Bind. Here a connection keeps the session from its first message until its round trip ends
 * (Sync or a simple Query) with no transaction open: statements never mix, and a transaction
 * belongs to one connection until it commits or rolls back.
 */
export class SessionQueue {
  private queue: Pending[] = [];
  private owner: number | null = null;
  private draining = false;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.drain();
    });
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    this.queue = this.queue.filter((p) => {
      if (p.handlerId !== handlerId) return true;
      p.reject(new Error('connection closed'));
      return false;
    });
  }

  /** A connection that goes away mid-transaction loses its transaction, not everyone's session. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.owner = null;
    void this.drain();
  }

  private next(): Pending | undefined {
    if (this.owner === null) return this.queue.shift();
    const index = this.queue.findIndex((p) => p.handlerId === this.owner);
    return index === -1 ? undefined : this.queue.splice(index, 1)[0];
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      for (let item = this.next(); item; item = this.next()) {
        this.owner = item.handlerId;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
          item.resolve(bytes);
        } catch (error) {
          item.reject(error);
        }
        if (endsRoundTrip(item.message) && !this.db.isInTransaction()) this.owner = null;
      }
    } finally {
      this.draining = false;
    }
  }
}

/** PGlite on a loopback TCP port for the ordinary `pg` driver, with the session queue above. */
export class PgliteServer {
  private server?: Server;
  private readonly handlers = new Set<PGLiteSocketHandler>();
  private readonly queue: SessionQueue;
  port = 0;

  constructor(
    db: PGlite,
    private readonly maxConnections: number,
  ) {
    this.queue = new SessionQueue(db);
  }

  async start(host: string, port: number): Promise<void> {
    this.server = createServer((socket) => void this.accept(socket));
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, host, () => resolve());
    });
    this.port = (this.server.address() as { port: number }).port;
  }

  private async accept(socket: Socket) {
    if (this.handlers.size >= this.maxConnections) {
      socket.end();
      return;
    }
    const handler = new PGLiteSocketHandler({ queryQueue: this.queue as never, closeOnDetach: true });
    this.handlers.add(handler);
    const forget = () => this.handlers.delete(handler);
    handler.addEventListener('close', forget);
    handler.addEventListener('error', forget);
    await handler.attach(socket);
  }

  async stop(): Promise<void> {
    for (const handler of this.handlers) await handler.detach(true);
    this.handlers.clear();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
