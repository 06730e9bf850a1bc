import { Module } from '@nestjs/common';
import { CatcherController } from './catcher.controller';
import { CatcherQueries } from './catcher.queries';

/** The mail catcher of embedded mode: the messages recorded instead of sent, for the institute administrator. */
@Module({ controllers: [CatcherController], providers: [CatcherQueries] })
export class CatcherModule {}
