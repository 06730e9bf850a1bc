import { PermanentEventError } from '@baeum/messaging';
import { asTextMessage, PermanentTextError, TextMessageProvider } from '../texts/text-message-provider';
import { DeliveryChannel, OutgoingMessage } from './channel';

/**
 * Text messages through the provider port: the delivery's short text, as an SMS when it fits in 90
 * EUC-KR bytes, else an LMS. The delivery id is the provider's reference, so a resend is recognised.
 */
export class SmsChannel implements DeliveryChannel {
  readonly name = 'sms';

  constructor(private readonly provider: TextMessageProvider) {}

  async send(message: OutgoingMessage): Promise<{ providerMessageId: string }> {
    const { kind, text } = asTextMessage(message.content.text);
    try {
      return await this.provider.send(message.address, text, { kind, reference: message.deliveryId });
    } catch (error) {
      // The sender gives up at once on a PermanentEventError and retries anything else.
      if (error instanceof PermanentTextError) throw new PermanentEventError(error.message);
      throw error;
    }
  }
}
