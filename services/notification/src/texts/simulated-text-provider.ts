import type { Logger } from 'pino';
import { eucKrBytes, PermanentTextError, TextKind, TextMessageProvider } from './text-message-provider';
import { TextMessagesQueries } from './text-messages.queries';

/** Failures to act out, by number: a count of transient failures first, or `permanent`. */
export type SimulatedFailures = Map<string, number | 'permanent'>;

/**
 * `SMS_SIMULATED_FAILURES`: `010-0000-0001=2,010-0000-0002=permanent` makes the first two texts to
 * the first number fail as a provider that is briefly away would, and every text to the second fail
 * as a refused number would. Empty: nothing fails.
 */
export function parseSimulatedFailures(value: string | undefined): SimulatedFailures {
  const failures: SimulatedFailures = new Map();
  for (const part of (value ?? '').split(',').map((p) => p.trim())) {
    if (!part) continue;
    const [number, how] = part.split('=').map((p) => p.trim());
    if (!number || !how || (how !== 'permanent' && !/^\d+$/.test(how))) {
      throw new Error(`SMS_SIMULATED_FAILURES: "${part}" is not <number>=<count> or <number>=permanent`);
    }
    failures.set(number, how === 'permanent' ? 'permanent' : Number(how));
  }
  return failures;
}

/**
 * No real provider (SMS_PROVIDER=simulated, the default): each text is recorded in the notification
 * database, once per reference, for the mail catcher and the tests; nothing reaches a phone.
 */
export class SimulatedTextProvider implements TextMessageProvider {
  readonly kind = 'simulated';
  private readonly failed = new Map<string, number>();

  constructor(
    private readonly texts: TextMessagesQueries,
    private readonly failures: SimulatedFailures,
    private readonly logger: Logger,
  ) {}

  async send(to: string, text: string, options: { kind: TextKind; reference: string }): Promise<{ providerMessageId: string }> {
    const failure = this.failures.get(to);
    if (failure === 'permanent') throw new PermanentTextError('simulated provider: number refused (permanent)');
    if (failure !== undefined && (this.failed.get(to) ?? 0) < failure) {
      this.failed.set(to, (this.failed.get(to) ?? 0) + 1);
      throw new Error('simulated provider: temporarily unavailable (503)');
    }
    const id = await this.texts.record({ reference: options.reference, toNumber: to, kind: options.kind, bytes: eucKrBytes(text), text });
    this.logger.info({ providerMessageId: id, kind: options.kind }, 'text recorded by the simulated provider (SMS_PROVIDER=simulated)');
    return { providerMessageId: `sim:${id}` };
  }
}
