import {
  Controller,
  DynamicModule,
  Get,
  Global,
  Header,
  Inject,
  MiddlewareConsumer,
  Module,
  NestModule,
  OnApplicationShutdown,
  OnModuleInit,
  Type,
} from '@nestjs/common';
import { APP_GUARD, ModuleRef } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ApiExcludeController } from '@nestjs/swagger';
import { createSecretKey } from 'node:crypto';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AuthGuard, CREDENTIAL_CHECK, CredentialCheck, Public } from './auth';
import { CacheStore, createCacheStore } from './cache';
import { BaseEnv } from './config';
import { HealthController, HealthRegistry } from './health';
import { httpContextMiddleware } from './http-context';
import { metricsContentType, metricsText } from './metrics';

export const SERVICE_NAME = Symbol('SERVICE_NAME');
export const SERVICE_ENV = Symbol('SERVICE_ENV');
export const LOGGER = Symbol('LOGGER');
export const CACHE = Symbol('CACHE');

@ApiExcludeController()
@Public()
@Controller('metrics')
class MetricsController {
  @Get()
  @Header('Cache-Control', 'no-store')
  async metrics(): Promise<string> {
    return metricsText();
  }
}

export interface ServiceKitOptions {
  service: string;
  env: BaseEnv;
  logger: Logger;
  /** Checks each token against its user's current state; the gateway, which holds the users, gives one. */
  credentialCheck?: Type<CredentialCheck>;
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
