import { freePort } from './ports';

describe('freePort', () => {
  it('never hands out the same port twice in one process (a stack of five services once got one port for two)', async () => {
    const ports = [];
    for (let i = 0; i < 200; i++) ports.push(await freePort());
    expect(new Set(ports).size).toBe(ports.length);
  });
});
