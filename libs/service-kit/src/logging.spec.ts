import { Writable } from 'node:stream';
import { createLogger, readableLogDestination } from './logging';
import { runInContext } from './request-context';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { lines, logger: createLogger('gateway', 'info', stream) };
}

describe('createLogger', () => {
  it('writes JSON with the service and the correlation id of the work in hand', () => {
    const { lines, logger } = capture();
    runInContext({ correlationId: 'req-42', causationId: null }, () => logger.info({ eventId: 'e-1' }, 'event applied'));
    expect(lines[0]).toMatchObject({ level: 'info', service: 'gateway', correlationId: 'req-42', eventId: 'e-1', msg: 'event applied' });
  });

  it('redacts secrets and personal data', () => {
    const { lines, logger } = capture();
    logger.info(
      {
        user: { email: 'kim@seoul.go.kr', password: 'pw', phone: '010-1234-5678', birthDate: '1990-01-01', name: '김' },
        req: { headers: { authorization: 'Bearer abc' } },
      },
      'sign-in',
    );
    const text = JSON.stringify(lines[0]);
    for (const secret of ['kim@seoul.go.kr', '"pw"', '010-1234-5678', '1990-01-01', 'Bearer abc']) expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({ user: { email: '[redacted]', name: '김' } });
  });

  it('writes lines a person reads at a terminal, with the service of each, still without personal data', () => {
    let text = '';
    const output = new Writable({
      write(chunk, _encoding, done) {
        text += chunk.toString();
        done();
      },
    });
    const logger = createLogger('embedded', 'info', readableLogDestination(false, output));
    logger.child({ service: 'curriculum' }).warn({ user: { email: 'kim@seoul.go.kr' } }, 'cohort not replicated yet');
    expect(text).toMatch(/^\[\d\d:\d\d:\d\d\] WARN: curriculum \| cohort not replicated yet\n/);
    expect(text).toContain('[redacted]');
    expect(text).not.toContain('kim@seoul.go.kr');
    expect(text).not.toContain('{"level"');
  });
});
