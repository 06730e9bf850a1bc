import { eventually, useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { notificationDatabase } from '../../../database/settings';
import { MailQueries } from '../../mail.queries';
import { Delivery, Mailer, OutgoingMail } from '../../mailer';
import { signUpVerificationMail } from '../../templates/sign-up-verification.template';
import { SendMailUseCase } from './send-mail.usecase';

/** A mail server stand-in that refuses as long as it is told to, and keeps what it accepted. */
class ScriptedMailer implements Mailer {
  readonly kind = 'smtp';
  readonly accepted: OutgoingMail[] = [];
  refusals = 0;

  async send(mail: OutgoingMail): Promise<Delivery> {
    if (this.refusals > 0) {
      this.refusals--;
      throw new Error(`451 try again later <${mail.to}>`);
    }
    this.accepted.push(mail);
    return { providerMessageId: `provider-${this.accepted.length}` };
  }

  async close() {}
}

const db = useSpecDatabase(notificationDatabase({ DATABASE_URL: '', DB_POOL_SIZE: 4 } as never));
const logger = pino({ level: 'silent' });

function setUp() {
  const mailer = new ScriptedMailer();
  const useCase = new SendMailUseCase(mailer, new MailQueries(db.dataSource), logger);
  const event = { id: randomUUID(), type: 'identity.sign_up.verification_requested', tenantId: randomUUID() };
  const mail = signUpVerificationMail(
    {
      userId: randomUUID(),
      email: 'kim@example.com',
      name: '김민지',
      tenantSlug: 'seoul-hrd',
      tenantName: '서울특별시 인재개발원',
      verifyPath: '/verify?token=t',
      expiresAt: '2027-01-01T00:00:00Z',
      locale: 'ko',
    },
    'http://localhost:3000',
  );
  const command = { event, to: 'kim@example.com', mail };
  const send = () => db.dataSource.transaction((tx) => useCase.execute(tx, command));
  const logOf = () =>
    db.dataSource.query(
      `SELECT recipient, template, locale, subject, status, attempts, provider_message_id, last_error, sent_at IS NOT NULL AS sent
         FROM notification.messages WHERE event_id = $1`,
      [event.id],
    );
  return { mailer, send, logOf, useCase, command };
}

describe('SendMailUseCase', () => {
  it('sends the mail and records it as sent, with the provider’s id', async () => {
    const { mailer, send, logOf, command } = setUp();
    await send();
    expect(mailer.accepted).toEqual([
      expect.objectContaining({ to: 'kim@example.com', subject: command.mail.subject, messageId: `<${command.event.id}@baeum>` }),
    ]);
    expect(await logOf()).toEqual([
      {
        recipient: 'kim@example.com',
        template: 'sign-up-verification',
        locale: 'ko',
        subject: command.mail.subject,
        status: 'sent',
        attempts: 1,
        provider_message_id: 'provider-1',
        last_error: null,
        sent: true,
      },
    ]);
  });

  it('records a refusal as failed, without the address, and throws so that the consumer retries', async () => {
    const { mailer, send, logOf } = setUp();
    mailer.refusals = 1;
    await expect(send()).rejects.toThrow('451');
    const [failed] = await eventually(async () => ((await logOf()).length === 1 ? logOf() : undefined), { what: 'the failure record' });
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, provider_message_id: null, sent: false });
    expect(failed.last_error).toBe('451 try again later <[address]>');
  });

  it('is sent by the retry that finds the server accepting, counting the attempts', async () => {
    const { mailer, send, logOf } = setUp();
    mailer.refusals = 2;
    await expect(send()).rejects.toThrow();
    await expect(send()).rejects.toThrow();
    await send();
    expect(mailer.accepted).toHaveLength(1);
    // The failure records are written beside the retries; the log settles on sent after three attempts.
    await eventually(async () => (await logOf())[0]?.attempts === 3, { what: 'three attempts in the log' });
    expect(await logOf()).toEqual([
      expect.objectContaining({ status: 'sent', attempts: 3, last_error: expect.stringContaining('451'), sent: true }),
    ]);
  });

  it('does not send again when its transaction rolled back after sending (a batch failing for another event)', async () => {
    const { mailer, send, logOf, useCase, command } = setUp();
    await expect(
      db.dataSource.transaction(async (tx) => {
        await useCase.execute(tx, command);
        throw new Error('another event of the batch failed');
      }),
    ).rejects.toThrow('another event');
    expect(mailer.accepted).toHaveLength(1);
    expect(await logOf()).toEqual([]);
    // The consumer handles it again, on its own: recorded as sent, not sent a second time.
    await send();
    expect(mailer.accepted).toHaveLength(1);
    expect(await logOf()).toEqual([expect.objectContaining({ status: 'sent', attempts: 2, provider_message_id: 'provider-1' })]);
  });
});
