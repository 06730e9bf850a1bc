/** A mail ready to go: one recipient, plain text and HTML. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /**
   * The Message-ID header, made from the causing event's id: should a mail ever go out twice
   * (sent, then the transaction recording it failed), mail clients see one message.
   */
  messageId: string;
}

/** What the provider said it did with a mail. */
export interface Delivery {
  providerMessageId: string;
}

/**
 * The mail port. A failure it throws is retried by the consumer (and finally dead-lettered);
 * a `PermanentEventError` (the server refused the mail for good) is dead-lettered at once.
 */
export interface Mailer {
  /** `smtp` sends; `file` writes `.eml` files (no SMTP_URL configured). */
  readonly kind: 'smtp' | 'file';
  send(mail: OutgoingMail): Promise<Delivery>;
  close(): Promise<void>;
}

export const MAILER = Symbol('MAILER');

/** Addresses out of text that goes to logs and dead letters (docs/architecture.md, rule 9). */
export const withoutAddresses = (text: string): string => text.replace(/[^\s<>@"'(),;:]+@[^\s<>"'(),;:]+/g, '[address]');
