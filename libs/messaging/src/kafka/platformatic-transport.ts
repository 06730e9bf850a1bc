import { consumerLag, eventsPublished } from '@baeum/service-kit';
import type { Admin, Consumer, Message, MessagesStream, Producer } from '@platformatic/kafka';
import { constants, Script } from 'node:vm';
import type { Logger } from 'pino';
import type { ConsumerRuntime } from '../consumer-runtime';
import type { InboundMessage } from '../types';
import { CONSUMER_RESTART_DELAY_MS, ConsumerSettings, deadLetterOf, KafkaTransport, MessageHeaders, OutgoingMessage } from './transport';

type Bytes = string | Buffer;
type Received = Message<string, Buffer, string, Buffer>;

type PlatformaticKafka = typeof import('@platformatic/kafka');
/**
 * The client is an ES module, and TypeScript compiles `import()` to `require`. So a script imports it
 * through Node's own loader in the main context. Under Jest, an `import()` compiled in a spec's context
 * can be tied (through V8's compilation cache) to an earlier spec file's environment, torn down by then.
 */
const importClient = (): Promise<PlatformaticKafka> =>
  new Script("import('@platformatic/kafka')", {
    filename: __filename,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  }).runInThisContext();

const toBytes = (data?: Bytes) => (data === undefined ? undefined : Buffer.isBuffer(data) ? data : Buffer.from(data));
const asBuffer = (data?: Buffer) => data;

/** Partitions whose batches are applied at once, as kafkajs's `partitionsConsumedConcurrently`. */
const PARTITIONS_AT_ONCE = 6;
/** The most messages one batch applies in one transaction. */
const BATCH_MAX = 500;
/** Messages held here, fetched and not yet applied, before fetching pauses (and again resumes). */
const HELD_MAX = 5000;
const HELD_RESUME = 2500;
const LAG_EVERY_MS = 5000;

/** Closes the stream, then the consumer (leaving its group), each as far as it goes: a failure to close is not one to act on. */
async function closeQuietly(stream?: MessagesStream<string, Buffer, string, Buffer>, consumer?: Consumer<string, Buffer, string, Buffer>) {
  await stream?.close().catch(() => undefined);
  if (consumer) await Promise.resolve(consumer.close(true)).catch(() => undefined);
}

/**
 * `@platformatic/kafka` behind the transport's surface (ADR 0018): the same idempotent producer with
 * acks from all in-sync replicas and Java's key hash, and a consumer group whose fetched messages are
 * applied per partition in order, up to six partitions at once, each partition's offset committed
 * after its batch's effect. The client heartbeats on its own timer, so a long batch never needs a
 * heartbeat from here; after a rebalance it fetches again from the committed offsets, and a message
 * seen twice is absorbed by the inbox.
 */
export class PlatformaticTransport implements KafkaTransport {
  private producer?: Producer<Bytes, Bytes, Bytes, Bytes>;
  private sending: Promise<unknown> = Promise.resolve();
  private admin?: Admin;
  private consumer?: Consumer<string, Buffer, string, Buffer>;
  private stream?: MessagesStream<string, Buffer, string, Buffer>;
  /**
   * Each partition's messages waiting, in arrival order, keyed `topic:partition`. A lane is here while
   * its drain runs, which applies a batch at a time, one batch of a partition at a time.
   */
  private readonly lanes = new Map<string, Received[]>();
  private held = 0;
  private applying = 0;
  private readonly turns: (() => void)[] = [];
  private readonly running = new Set<Promise<void>>();
  /** Set while the consumer is taken down (to stop, or to start again after a failure). */
  private closing = false;
  /** Set once the service stops it: nothing starts it again. */
  private stopped = false;
  /** Set while a restart waits to take the consumer down and start it again. */
  private restarting = false;

  /** `topicPrefix` goes before every topic on the wire; callers keep using the contracts' names. */
  constructor(
    private readonly brokers: string[],
    private readonly clientId: string,
    private readonly logger: Logger,
    private readonly topicPrefix = '',
  ) {}

  private client?: Promise<PlatformaticKafka>;
  private platformatic(): Promise<PlatformaticKafka> {
    return (this.client ??= importClient());
  }

  private get base() {
    return { clientId: this.clientId, bootstrapBrokers: this.brokers, retries: 8, retryDelay: 200 };
  }

  async connectProducer(): Promise<void> {
    const { Admin, compatibilityPartitioner, Producer } = await this.platformatic();
    // As kafkajs's: idempotent, acks from all in-sync replicas, keys hashed as Java's clients hash
    // them, so a key stays on its partition whichever client sent it (and per-key order with it).
    this.producer = new Producer({
      ...this.base,
      idempotent: true,
      acks: -1,
      autocreateTopics: false,
      partitioner: compatibilityPartitioner,
      serializers: { key: toBytes, value: toBytes, headerKey: toBytes, headerValue: toBytes },
    });
    this.admin = new Admin(this.base);
    await this.describe();
  }

  async send(messages: OutgoingMessage[], service: string): Promise<void> {
    const producer = this.producer;
    if (!producer) throw new Error('producer not connected');
    // One send at a time (the relay's and a dead letter's): the idempotent producer numbers each
    // partition's records, and two requests in flight to one partition can reach it out of order,
    // which the broker refuses. The kafkajs transport keeps one request in flight too.
    const sent = this.sending.then(() =>
      producer.send({
        messages: messages.map((m) => ({ topic: this.topicPrefix + m.topic, key: m.key, value: m.value, headers: m.headers })),
      }),
    );
    this.sending = sent.catch(() => undefined);
    await sent;
    const counts = new Map<string, number>();
    for (const m of messages) counts.set(m.topic, (counts.get(m.topic) ?? 0) + 1);
    for (const [topic, count] of counts) eventsPublished().inc({ service, topic }, count);
  }

  async startConsumer(settings: ConsumerSettings, runtime: ConsumerRuntime): Promise<void> {
    if (runtime.topics.length === 0 || this.stopped) return;
    this.closing = false;
    try {
      await this.consume(settings, runtime);
    } catch (error) {
      // Joining can fail for longer than the client retries (a new cluster's coordinator still
      // loading, say). The service starts anyway and the consumer keeps trying, as kafkajs's does.
      this.restart(error, settings, runtime);
    }
  }

  private async consume(settings: ConsumerSettings, runtime: ConsumerRuntime): Promise<void> {
    const topics = runtime.topics;
    const { Consumer, MessagesStreamFallbackModes, MessagesStreamModes, stringDeserializer } = await this.platformatic();
    const consumer = new Consumer({
      ...this.base,
      groupId: settings.group,
      sessionTimeout: settings.sessionTimeoutMs,
      heartbeatInterval: Math.floor(settings.sessionTimeoutMs / 10),
      autocommit: false,
      maxWaitTime: 250,
      deserializers: { key: stringDeserializer, value: asBuffer, headerKey: stringDeserializer, headerValue: asBuffer },
    });
    this.consumer = consumer;
    // A member that lost its place in the group and could not join again within the client's retries
    // (the coordinator away, say) is reported as an 'error' event, which with no listener would end the
    // process: it is taken down and started again instead.
    consumer.on('error', (error: unknown) => {
      if (this.consumer === consumer) this.restart(error, settings, runtime);
    });
    const stream = await consumer.consume({
      topics: topics.map((t) => this.topicPrefix + t),
      mode: MessagesStreamModes.COMMITTED,
      fallbackMode: MessagesStreamFallbackModes.EARLIEST,
    });
    if (this.closing) {
      // Stopped while it joined: the take-down found nothing to close yet, so what joined leaves now.
      await closeQuietly(stream, consumer);
      if (this.consumer === consumer) this.consumer = undefined;
      return;
    }
    this.stream = stream;
    stream.on('data', (message: Received) => this.hold(message, settings, runtime));
    // A stream that failed (no broker reachable for long, say) is not started again by the client.
    stream.on('error', (error) => this.restart(error, settings, runtime));
    const lag = consumerLag();
    consumer.on('consumer:lag', (offsets: Map<string, bigint[]>) => {
      for (const [topic, partitions] of offsets)
        partitions.forEach((behind, partition) => {
          if (behind >= 0n)
            lag.set({ group: settings.group, topic: topic.slice(this.topicPrefix.length), partition: String(partition) }, Number(behind));
        });
    });
    consumer.on('consumer:lag:error', () => undefined); // a missed look; the next one comes
    consumer.startLagMonitoring({ topics: topics.map((t) => this.topicPrefix + t) }, LAG_EVERY_MS);
  }

  private hold(message: Received, settings: ConsumerSettings, runtime: ConsumerRuntime) {
    if (this.closing) return;
    const key = `${message.topic}:${message.partition}`;
    const lane = this.lanes.get(key);
    if (lane) lane.push(message);
    else {
      const started = [message];
      this.lanes.set(key, started);
      this.track(this.drain(key, started, settings, runtime));
    }
    if (++this.held >= HELD_MAX) this.stream?.pause();
  }

  private track(work: Promise<void>) {
    this.running.add(work);
    void work.finally(() => this.running.delete(work));
  }

  /** Applies the lane's messages a batch at a time until none wait, then lets the lane go. */
  private async drain(key: string, lane: Received[], settings: ConsumerSettings, runtime: ConsumerRuntime): Promise<void> {
    try {
      while (lane.length > 0 && !this.closing) {
        await this.turn();
        try {
          if (this.closing) break;
          const batch = lane.slice(0, BATCH_MAX);
          await this.apply(batch, settings, runtime);
          lane.splice(0, batch.length);
          this.released(batch.length);
        } finally {
          this.nextTurn();
        }
      }
    } finally {
      // A partition revoked in a rebalance leaves no lane behind.
      if (this.lanes.get(key) === lane) this.lanes.delete(key);
    }
  }

  /** One batch: its effects, then its partition's offset. A failure is tried again after a pause. */
  private async apply(batch: Received[], settings: ConsumerSettings, runtime: ConsumerRuntime): Promise<void> {
    const topic = batch[0].topic.slice(this.topicPrefix.length);
    const inbound: InboundMessage[] = batch.map((m) => ({
      topic,
      key: m.key ?? '',
      value: m.value ?? null,
      position: `${m.partition}/${m.offset}`,
    }));
    const headersAt = new Map(batch.map((m) => [`${m.partition}/${m.offset}`, Object.fromEntries(m.headers) as MessageHeaders]));
    for (;;) {
      try {
        await runtime.process(inbound, {
          deadLetter: (message, error, attempts) =>
            this.send([deadLetterOf(message, headersAt.get(message.position) ?? {}, error, attempts, settings)], settings.service),
        });
        break;
      } catch (error) {
        if (this.closing) return;
        this.logger.error({ err: error, group: settings.group, position: inbound[0].position }, 'batch failed; trying it again');
        await new Promise((resolve) => setTimeout(resolve, CONSUMER_RESTART_DELAY_MS));
      }
    }
    // Committing makes the effect's position survive a restart; a commit refused (the partition went
    // to another member in a rebalance) leaves it to that member, which applies nothing twice.
    await Promise.resolve(batch[batch.length - 1].commit()).catch((error: unknown) => {
      this.logger.warn({ err: error, group: settings.group, position: inbound[inbound.length - 1].position }, 'offset not committed');
    });
  }

  private released(count: number) {
    this.held -= count;
    if (this.held <= HELD_RESUME && this.stream?.isPaused()) this.stream.resume();
  }

  private async turn(): Promise<void> {
    if (this.applying < PARTITIONS_AT_ONCE) {
      this.applying++;
      return;
    }
    await new Promise<void>((resolve) => this.turns.push(resolve));
  }

  private nextTurn() {
    const next = this.turns.shift();
    if (next) next();
    else this.applying--;
  }

  /** After a failure: takes the consumer down and starts it again, after a pause, until it runs. */
  private restart(error: unknown, settings: ConsumerSettings, runtime: ConsumerRuntime) {
    if (this.closing || this.restarting) return;
    this.restarting = true;
    this.logger.error({ err: error, group: settings.group }, 'consumer stopped after a failure; starting it again');
    const again = async () => {
      await this.takeDown().catch((failure: unknown) => this.logger.warn({ err: failure, group: settings.group }, 'consumer not closed'));
      this.restarting = false;
      await this.startConsumer(settings, runtime);
    };
    setTimeout(() => void again(), CONSUMER_RESTART_DELAY_MS).unref();
  }

  /** Drains: the batches in hand finish (what waits behind them is fetched again by the group), then it leaves the group. */
  async stopConsumer(): Promise<void> {
    this.stopped = true;
    await this.takeDown();
  }

  /**
   * Readiness: a metadata request the broker answers. Without `forceUpdate` the client answers from
   * its metadata cache once it has one, and the cluster would look up with every broker gone. With
   * no broker listening, it fails after the client's retries (a few seconds); the health check gives
   * up on it sooner anyway.
   */
  async describe(): Promise<void> {
    if (!this.admin) throw new Error('not connected');
    await this.admin.metadata({ topics: [], forceUpdate: true });
  }

  private async takeDown(): Promise<void> {
    this.closing = true;
    this.stream?.pause();
    // Every drain has ended by then, and each let its lane go: no lane is left.
    await Promise.allSettled([...this.running]);
    this.held = 0;
    this.consumer?.stopLagMonitoring();
    await closeQuietly(this.stream, this.consumer);
    this.stream = undefined;
    this.consumer = undefined;
  }

  async close(): Promise<void> {
    await this.stopConsumer();
    await this.producer?.close();
    await this.admin?.close();
  }
}
