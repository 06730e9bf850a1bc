import type { InboxOwner } from '../../inbox.queries';

/** The owner marks one of their items read. */
export interface MarkInboxReadCommand {
  owner: InboxOwner;
  id: string;
}
