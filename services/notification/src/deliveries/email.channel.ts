import { Mailer } from '../mail/mailer';
import { DeliveryChannel, OutgoingMessage } from './channel';

/** E-mail through the service's mailer (SMTP, or `.eml` files without SMTP_URL). */
export class EmailChannel implements DeliveryChannel {
  readonly name = 'email';

  constructor(private readonly mailer: Mailer) {}

  send(message: OutgoingMessage): Promise<{ providerMessageId: string }> {
    return this.mailer.send({
      to: message.address,
      subject: message.subject,
      text: message.content.text,
      html: message.content.html,
      // One id per event and person: should a mail ever go out twice, mail programs show it once.
      messageId: `<${message.eventId}.${message.recipient}@baeum>`,
    });
  }
}
