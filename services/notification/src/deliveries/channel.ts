/** A message due on a channel, as the sender hands it over. */
export interface OutgoingMessage {
  deliveryId: string;
  eventId: string;
  recipient: string;
  address: string;
  subject: string;
  content: { text: string; html: string };
}

/**
 * A way of telling someone: e-mail now; text messages and the in-app inbox are further channels
 * behind this port. A thrown `PermanentEventError` means the provider refused for good (no retry);
 * any other error is retried with backoff.
 */
export interface DeliveryChannel {
  readonly name: string;
  send(message: OutgoingMessage): Promise<{ providerMessageId: string }>;
}

/** The channels the sender knows, by name. */
export const DELIVERY_CHANNELS = Symbol('DELIVERY_CHANNELS');
