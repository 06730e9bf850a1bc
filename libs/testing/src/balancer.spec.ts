import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RoundRobinBalancer } from './balancer';
import { freePort } from './ports';

const serve = (name: string) =>
  new Promise<Server>((resolve) => {
    const server = createServer((_req, res) => res.end(name));
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
const portOf = (server: Server) => (server.address() as AddressInfo).port;
// A fresh connection per request, so each request is balanced on its own.
const ask = async (port: number) => (await fetch(`http://127.0.0.1:${port}/`, { headers: { connection: 'close' } })).text();

describe('RoundRobinBalancer', () => {
  it('spreads connections over the instances and skips one that is down', async () => {
    const [a, b] = await Promise.all([serve('a'), serve('b')]);
    const port = await freePort();
    const balancer = await RoundRobinBalancer.start(port, [portOf(a), portOf(b)]);
    try {
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await ask(port));
      expect(answers.sort()).toEqual(['a', 'a', 'b', 'b']);
      await new Promise((resolve) => b.close(resolve));
      const afterStop = [];
      for (let i = 0; i < 4; i++) afterStop.push(await ask(port));
      expect(afterStop).toEqual(['a', 'a', 'a', 'a']);
    } finally {
      await balancer.stop();
      a.close();
    }
  });
});
