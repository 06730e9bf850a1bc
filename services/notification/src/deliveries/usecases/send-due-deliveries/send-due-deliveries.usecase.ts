import { PermanentEventError } from '@baeum/messaging';
import { LOGGER, SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { NotificationEnv } from '../../../config/env';
import { withoutAddresses } from '../../../mail/mailer';
import { PreferencesQueries } from '../../../preferences/preferences.queries';
import { textSendableAt } from '../../../preferences/quiet-hours';
import { DELIVERY_CHANNELS, DeliveryChannel } from '../../channel';
import { DeliveriesQueries } from '../../deliveries.queries';
import { SendDueDeliveriesCommand } from './send-due-deliveries.command';

/** The retry policy of the sender (from the environment). */
export type RetryPolicy = Pick<
  NotificationEnv,
  'DELIVERY_MAX_ATTEMPTS' | 'DELIVERY_RETRY_BASE_MS' | 'DELIVERY_RETRY_MAX_MS' | 'SMTP_TIMEOUT_MS'
>;

/** The wait before attempt `attempts + 1`: doubling from the base, capped. */
export const backoffMs = (policy: RetryPolicy, attempts: number): number =>
  Math.min(policy.DELIVERY_RETRY_MAX_MS, policy.DELIVERY_RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1));

/**
 * Sends the deliveries that are due, each on its channel. A failure is recorded with its reason
 * (addresses left out) and retried with backoff until the attempts run out; a refusal for good is
 * not retried. Nothing due is ever dropped: it stays in the log as failed.
 *
 * A text is never sent in its recipient's quiet hours: one claimed in them (a retry falling there, or
 * quiet hours changed since the event came) is put off, without counting an attempt, until they end.
 */
@Injectable()
export class SendDueDeliveriesUseCase {
  constructor(
    private readonly deliveries: DeliveriesQueries,
    private readonly preferences: PreferencesQueries,
    @Inject(DELIVERY_CHANNELS) private readonly channels: DeliveryChannel[],
    @Inject(SERVICE_ENV) private readonly policy: RetryPolicy,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async execute(command: SendDueDeliveriesCommand): Promise<number> {
    // A claim lasts longer than a send can take, so a claimed delivery is never sent twice at once.
    const due = await this.deliveries.claimDue(command.limit, this.policy.SMTP_TIMEOUT_MS * 3);
    for (const d of due) {
      if (d.channel === 'sms') {
        const now = new Date();
        const sendable = textSendableAt(now, (await this.preferences.find(d.tenantId, d.recipient)).quietHours);
        if (sendable > now) {
          await this.deliveries.postpone(d.id, sendable);
          this.logger.info({ deliveryId: d.id, eventId: d.eventId, until: sendable }, 'text held for quiet hours');
          continue;
        }
      }
      const attempt = d.attempts + 1;
      try {
        const channel = this.channels.find((c) => c.name === d.channel);
        if (!channel) throw new PermanentEventError(`no channel ${d.channel}`);
        const { providerMessageId } = await channel.send({
          deliveryId: d.id,
          eventId: d.eventId,
          recipient: d.recipient,
          address: d.address,
          subject: d.subject,
          content: d.content,
        });
        await this.deliveries.markSent(d.id, providerMessageId);
        this.logger.info({ deliveryId: d.id, eventId: d.eventId, channel: d.channel, attempt }, 'delivery sent');
      } catch (error) {
        const reason = withoutAddresses((error as Error)?.message ?? String(error));
        const final = error instanceof PermanentEventError || attempt >= this.policy.DELIVERY_MAX_ATTEMPTS;
        const retryAt = final ? null : new Date(Date.now() + backoffMs(this.policy, attempt));
        await this.deliveries.markFailed(d.id, reason, retryAt);
        this.logger.warn(
          { deliveryId: d.id, eventId: d.eventId, attempt, retryAt, reason },
          final ? 'delivery failed for good' : 'delivery failed, will retry',
        );
      }
    }
    return due.length;
  }
}
