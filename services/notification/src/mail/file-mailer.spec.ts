import { parseMail } from '@baeum/testing';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { Writable } from 'node:stream';
import { FileMailer } from './file-mailer';

describe('FileMailer (no SMTP_URL)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baeum-mail-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the mail as an .eml file named by its event and logs its links, not its address', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
    const mailer = new FileMailer(join(dir, 'mail'), '배움 Baeum <no-reply@baeum.test>', logger);
    const delivery = await mailer.send({
      to: 'kim@example.com',
      subject: '가입 확인 / Confirm your sign-up',
      text: '가입 확인하기:\nhttp://localhost:3000/seoul-hrd/verify-email?token=abc\n',
      html: '<p><a href="http://localhost:3000/seoul-hrd/verify-email?token=abc">가입 확인하기</a></p>',
      messageId: '<0b6f7c1e-1111-4a4a-8a8a-000000000001@baeum>',
    });
    await mailer.close();

    const [file] = readdirSync(join(dir, 'mail'));
    expect(file).toMatch(/-0b6f7c1e-1111-4a4a-8a8a-000000000001\.eml$/);
    expect(delivery.providerMessageId).toBe(`file:${join(dir, 'mail', file)}`);
    const mail = parseMail(readFileSync(join(dir, 'mail', file), 'utf8'));
    expect(mail).toMatchObject({ to: 'kim@example.com', subject: '가입 확인 / Confirm your sign-up' });
    expect(mail.text).toContain('http://localhost:3000/seoul-hrd/verify-email?token=abc');

    const logged = JSON.parse(lines.find((l) => l.includes('mail written'))!);
    expect(logged.links).toEqual(['http://localhost:3000/seoul-hrd/verify-email?token=abc']);
    expect(lines.join('')).not.toContain('kim@example.com');
  });
});
