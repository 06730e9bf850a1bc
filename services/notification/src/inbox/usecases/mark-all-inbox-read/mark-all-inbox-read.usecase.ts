import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InboxQueries } from '../../inbox.queries';
import { MarkAllInboxReadCommand } from './mark-all-inbox-read.command';

/** Marks every unread item of the owner read; answers how many were marked. */
@Injectable()
export class MarkAllInboxReadUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly inbox: InboxQueries,
  ) {}

  execute(command: MarkAllInboxReadCommand): Promise<number> {
    return this.dataSource.transaction((tx) => this.inbox.markAllRead(tx, command.owner));
  }
}
