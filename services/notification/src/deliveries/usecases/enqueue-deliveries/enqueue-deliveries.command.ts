import type { RenderedMail } from '../../../mail/templates/mail-template';

/**
 * The people an event concerns and the mail each gets. The actor is the event. Each names the
 * recipient's e-mail address and mobile number (null when none is known), as the caller read them
 * with the recipient, so that choosing channels reads no contact again.
 */
export interface EnqueueDeliveriesCommand {
  event: { id: string; type: string; tenantId: string };
  mails: { recipient: string; address: string; phone: string | null; mail: RenderedMail }[];
}
