import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inboxItemNotFound } from '../../inbox.errors';
import { InboxQueries } from '../../inbox.queries';
import { MarkInboxReadCommand } from './mark-inbox-read.command';

/** Marks one item read, only within the owner's own inbox; answers the unread count after it. */
@Injectable()
export class MarkInboxReadUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly inbox: InboxQueries,
  ) {}

  async execute(command: MarkInboxReadCommand): Promise<number> {
    const found = await this.dataSource.transaction((tx) => this.inbox.markRead(tx, command.owner, command.id));
    if (!found) throw inboxItemNotFound();
    return this.inbox.unreadCount(command.owner);
  }
}
