import { SMTPServer } from 'smtp-server';
import { freePort } from './ports';

/** A mail as the test SMTP server received it, its headers and parts decoded. */
export interface ReceivedMail {
  /** The envelope's recipients (RCPT TO). */
  recipients: string[];
  from: string;
  to: string;
  subject: string;
  messageId: string;
  text: string;
  html: string;
  raw: string;
}

/**
 * A real SMTP server on a free loopback port for tests of what services send: it keeps every mail
 * it accepts, and can be told to refuse a recipient (a 4xx asks the sender to try again later).
 */
export class TestSmtpServer {
  readonly mails: ReceivedMail[] = [];
  /** RCPT TO attempts per address, refused ones included. */
  private readonly tries = new Map<string, number>();
  private readonly refusals = new Map<string, { left: number; code: number }>();

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(): Promise<TestSmtpServer> {
    const port = await freePort();
    let self: TestSmtpServer | undefined;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (address, _session, callback) => self!.onRecipient(address.address, callback),
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const recipients = session.envelope.rcptTo.map((a) => a.address.toLowerCase());
          self!.mails.push({ recipients, ...parseMail(Buffer.concat(chunks).toString('utf8')) });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    self = new TestSmtpServer(server, port);
    return self;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Refuses the next `times` mails to `address` with `code` (451: try later; 550: never). */
  refuse(address: string, times: number, code = 451) {
    this.refusals.set(address.toLowerCase(), { left: times, code });
  }

  /** Mails accepted for an address. */
  mailsTo(address: string): ReceivedMail[] {
    return this.mails.filter((m) => m.recipients.includes(address.toLowerCase()));
  }

  /** How many times a sender tried the address (accepted or refused). */
  triesFor(address: string): number {
    return this.tries.get(address.toLowerCase()) ?? 0;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private onRecipient(address: string, callback: (err?: Error | null) => void) {
    const key = address.toLowerCase();
    this.tries.set(key, (this.tries.get(key) ?? 0) + 1);
    const refusal = this.refusals.get(key);
    if (refusal && refusal.left > 0) {
      refusal.left--;
      const error = Object.assign(new Error(refusal.code < 500 ? 'Try again later' : 'Mailbox unavailable'), {
        responseCode: refusal.code,
      });
      callback(error);
      return;
    }
    callback();
  }
}

/** Just enough MIME for what services send: headers with encoded words, multipart/alternative, base64 and quoted-printable. */
export function parseMail(raw: string): Omit<ReceivedMail, 'recipients'> {
  const { headers, body } = splitEntity(raw);
  const parts = leafParts(headers, body);
  const partOf = (type: string) => parts.find((p) => (p.headers['content-type'] ?? 'text/plain').startsWith(type));
  return {
    from: decodeWords(headers.from ?? ''),
    to: decodeWords(headers.to ?? ''),
    subject: decodeWords(headers.subject ?? ''),
    messageId: headers['message-id'] ?? '',
    text: partOf('text/plain') ? decodeBody(partOf('text/plain')!) : '',
    html: partOf('text/html') ? decodeBody(partOf('text/html')!) : '',
    raw,
  };
}

interface Entity {
  headers: Record<string, string>;
  body: string;
}

function splitEntity(raw: string): Entity {
  const text = raw.replace(/\r\n/g, '\n');
  const end = text.indexOf('\n\n');
  const head = end < 0 ? text : text.slice(0, end);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body: end < 0 ? '' : text.slice(end + 2) };
}

function leafParts(headers: Record<string, string>, body: string): Entity[] {
  const type = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!type.startsWith('multipart/') || !boundary) return [{ headers, body }];
  return (
    `\n${body}`
      // The line break before a boundary belongs to the boundary, not to the part.
      .split(`\n--${boundary}`)
      .slice(1)
      .filter((chunk) => !chunk.startsWith('--'))
      .flatMap((chunk) => {
        const part = splitEntity(chunk.replace(/^\n/, ''));
        return leafParts(part.headers, part.body);
      })
  );
}

function decodeBody(part: Entity): string {
  const encoding = (part.headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return quotedPrintable(part.body.replace(/=\n/g, '')).toString('utf8');
  return part.body;
}

function quotedPrintable(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i], 'utf8'));
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words; adjacent words are joined before decoding (a character may span two). */
function decodeWords(value: string): string {
  const words = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;
  let out = '';
  let pending: Buffer[] = [];
  let last = 0;
  const flush = () => {
    out += Buffer.concat(pending).toString('utf8');
    pending = [];
  };
  for (let match = words.exec(value); match; match = words.exec(value)) {
    const between = value.slice(last, match.index);
    if (!/^\s*$/.test(between) || pending.length === 0) {
      flush();
      out += between;
    }
    const [, , kind, data] = match;
    pending.push(kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : quotedPrintable(data.replace(/_/g, ' ')));
    last = match.index + match[0].length;
  }
  flush();
  return out + value.slice(last);
}
