import { LOGGER, SERVICE_ENV } from '@baeum/service-kit';
import { Global, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import type { NotificationEnv } from '../config/env';
import { parseSimulatedFailures, SimulatedTextProvider } from './simulated-text-provider';
import { TEXT_MESSAGE_PROVIDER, TextMessageProvider } from './text-message-provider';
import { TextMessagesQueries } from './text-messages.queries';

/** The text-message provider SMS_PROVIDER names (only `simulated` so far). */
export function textProviderFor(env: NotificationEnv, logger: Logger, texts: TextMessagesQueries): TextMessageProvider {
  const provider = new SimulatedTextProvider(texts, parseSimulatedFailures(env.SMS_SIMULATED_FAILURES), logger.child({ component: 'sms' }));
  logger.warn('SMS_PROVIDER=simulated: text messages are recorded in the database, not sent');
  return provider;
}

/** Text messages: the provider port and its adapter. Global, as the mail module is. */
@Global()
@Module({
  providers: [
    TextMessagesQueries,
    { provide: TEXT_MESSAGE_PROVIDER, inject: [SERVICE_ENV, LOGGER, TextMessagesQueries], useFactory: textProviderFor },
  ],
  exports: [TEXT_MESSAGE_PROVIDER, TextMessagesQueries],
})
export class TextsModule {}
