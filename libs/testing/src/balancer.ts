import { createConnection, createServer, Server, Socket } from 'node:net';

/**
 * A round-robin TCP balancer in front of a service's instances, as a Kubernetes Service is in
 * front of its pods: each new connection goes to the next instance, and an instance that refuses
 * the connection (killed, restarting) is skipped for that connection.
 */
export class RoundRobinBalancer {
  private next = 0;
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    private readonly backendPorts: number[],
  ) {}

  static start(port: number, backendPorts: number[]): Promise<RoundRobinBalancer> {
    const server = createServer();
    const balancer = new RoundRobinBalancer(server, backendPorts);
    server.on('connection', (client) => balancer.accept(client));
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve(balancer));
    });
  }

  private accept(client: Socket) {
    this.track(client);
    client.pause();
    this.connect(client, this.backendPorts.length);
  }

  private connect(client: Socket, triesLeft: number) {
    if (triesLeft === 0 || client.destroyed) {
      client.destroy();
      return;
    }
    const port = this.backendPorts[this.next++ % this.backendPorts.length];
    const backend = createConnection({ host: '127.0.0.1', port });
    this.track(backend);
    // Refused before connecting: the next instance gets this connection.
    const refused = () => this.connect(client, triesLeft - 1);
    backend.once('error', refused);
    backend.once('connect', () => {
      backend.off('error', refused);
      backend.on('error', () => client.destroy());
      client.on('error', () => backend.destroy());
      backend.on('close', () => client.destroy());
      client.on('close', () => backend.destroy());
      client.pipe(backend);
      backend.pipe(client);
      client.resume();
    });
  }

  private track(socket: Socket) {
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
