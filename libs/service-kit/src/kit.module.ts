import {
  Controller,
  DynamicModule,
  Get,
  Global,
  Header,
  Headers,
  Inject,
  Injectable,
  MiddlewareConsumer,
  Module,
  NestModule,
  OnApplicationShutdown,
  OnModuleDestroy,
  OnModuleInit,
  Type,
} from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, ModuleRef, Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ApiExcludeController } from '@nestjs/swagger';
import { createHash, createSecretKey, timingSafeEqual } from 'node:crypto';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AuthGuard, CREDENTIAL_CHECK, CredentialCheck, Public } from './auth';
import { CacheStore, createCacheStore } from './cache';
import { BaseEnv, metricsAccess } from './config';
import { CodedException } from './errors';
import { HealthController, HealthRegistry } from './health';
import { IDEMPOTENCY_TTL_SECONDS, IdempotencyInterceptor } from './idempotency';
import { requestKeyQueries } from './kept-answers';
import { httpContextMiddleware } from './http-context';
import { metricsContentType, metricsText } from './metrics';

export const SERVICE_NAME = Symbol('SERVICE_NAME');
export const SERVICE_ENV = Symbol('SERVICE_ENV');
export const LOGGER = Symbol('LOGGER');
export const CACHE = Symbol('CACHE');

/**
 * Prometheus' scrape: with METRICS_TOKEN set, only for `Authorization: Bearer <METRICS_TOKEN>`
 * (401 otherwise); without it, open outside production and absent (404) in production.
 */
@ApiExcludeController()
@Public()
@Controller('metrics')
class MetricsController {
  private readonly access: ReturnType<typeof metricsAccess>;

  constructor(@Inject(SERVICE_ENV) env: BaseEnv) {
    this.access = metricsAccess(env);
  }

  @Get()
  @Header('Cache-Control', 'no-store')
  async metrics(@Headers('authorization') authorization: string | undefined): Promise<string> {
    if (this.access === 'closed') throw new CodedException(404, 'NOT_FOUND', { message: '찾을 수 없습니다 / Not found' });
    if (this.access !== 'open' && !sameSecret(authorization, `Bearer ${this.access.token}`))
      throw new CodedException(401, 'UNAUTHORIZED', { message: '측정값 토큰이 필요합니다 / Metrics token required' });
    return metricsText();
  }
}

/** Compares in constant time (no early exit that tells how much of the token was right). */
function sameSecret(given: string | undefined, expected: string): boolean {
  const a = createHash('sha256')
    .update(given ?? '')
    .digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** Forgets keyed writes' keys once their day is over, hourly; every replica does, and a DELETE done twice is harmless. */
@Injectable()
class RequestKeysPurge implements OnModuleInit, OnModuleDestroy {
  private timer?: NodeJS.Timeout;

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit() {
    const dataSource = this.moduleRef.get(DataSource, { strict: false });
    this.timer = setInterval(() => void requestKeyQueries.purge(dataSource, IDEMPOTENCY_TTL_SECONDS).catch(() => undefined), 3_600_000);
    this.timer.unref();
  }

  onModuleDestroy() {
    clearInterval(this.timer);
  }
}

export interface ServiceKitOptions {
  service: string;
  env: BaseEnv;
  logger: Logger;
  /** Checks each token against its user's current state; the gateway, which holds the users, gives one. */
  credentialCheck?: Type<CredentialCheck>;
  /**
   * Honour `Idempotency-Key` on writes (idempotency.ts; default on). The gateway, which passes its
   * writes on to the services that honour it, turns it off.
   */
  idempotency?: boolean;
}

/** Everything a service gets for free: auth guard, health, metrics, cache, logging context. */
@Global()
@Module({})
export class ServiceKitModule implements NestModule, OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(SERVICE_NAME) private readonly service: string,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(CACHE) private readonly cache: CacheStore,
    @Inject(SERVICE_ENV) private readonly env: BaseEnv,
    private readonly health: HealthRegistry,
    private readonly moduleRef: ModuleRef,
  ) {}

  static forRoot(options: ServiceKitOptions): DynamicModule {
    return {
      module: ServiceKitModule,
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: SERVICE_NAME, useValue: options.service },
        { provide: SERVICE_ENV, useValue: options.env },
        { provide: LOGGER, useValue: options.logger },
        { provide: CACHE, useFactory: () => createCacheStore(options.env.REDIS_URL, options.env.REDIS_KEY_PREFIX, options.service) },
        // A KeyObject, made once: given a string, jsonwebtoken tries to parse it as a PEM public key on
        // every verification, which cost about an eighth of a busy service's CPU.
        {
          provide: JwtService,
          useValue: new JwtService({
            secret: createSecretKey(Buffer.from(options.env.JWT_SECRET)) as unknown as Buffer,
            signOptions: { algorithm: 'HS256' },
          }),
        },
        HealthRegistry,
        { provide: APP_GUARD, useClass: AuthGuard },
        ...(options.credentialCheck ? [{ provide: CREDENTIAL_CHECK, useClass: options.credentialCheck }] : []),
        ...(options.idempotency === false
          ? []
          : [
              {
                provide: APP_INTERCEPTOR,
                useFactory: (cache: CacheStore, reflector: Reflector, moduleRef: ModuleRef) =>
                  new IdempotencyInterceptor(cache, reflector, options.env, () => moduleRef.get(DataSource, { strict: false })),
                inject: [CACHE, Reflector, ModuleRef],
              },
              RequestKeysPurge,
            ]),
      ],
      exports: [SERVICE_NAME, SERVICE_ENV, LOGGER, CACHE, JwtService, HealthRegistry],
    };
  }

  configure(consumer: MiddlewareConsumer) {
    consumer.apply(httpContextMiddleware(this.service, this.logger)).forRoutes('*');
  }

  onModuleInit() {
    const dataSource = this.moduleRef.get(DataSource, { strict: false });
    this.health.register('database', async () => {
      await dataSource.query('SELECT 1');
    });
    if (this.env.REDIS_URL !== 'memory') this.health.register('redis', () => this.cache.ping());
  }

  async onApplicationShutdown() {
    await this.cache.close();
  }
}
