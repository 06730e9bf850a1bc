import type { RenderedMail } from '../../../mail/templates/mail-template';

/** The people an event concerns and the mail each gets. The actor is the event. */
export interface EnqueueDeliveriesCommand {
  event: { id: string; type: string; tenantId: string };
  mails: { recipient: string; address: string; mail: RenderedMail }[];
}
