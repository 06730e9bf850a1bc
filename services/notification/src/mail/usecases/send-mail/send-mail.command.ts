import type { RenderedMail } from '../../templates/mail-template';

/** Send one mail an event asks for. The actor is the event: its id makes the sending happen once. */
export interface SendMailCommand {
  event: { id: string; type: string; tenantId: string };
  to: string;
  mail: RenderedMail;
}
