import type { InboxOwner } from '../../inbox.queries';

/** The owner marks everything in their inbox read. */
export interface MarkAllInboxReadCommand {
  owner: InboxOwner;
}
