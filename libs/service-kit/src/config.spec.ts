import { BaseEnv, ConfigError, loadEnv } from './config';

const valid = {
  PORT: '3001',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/baeum_curriculum',
  MESSAGING_TRANSPORT: 'kafka',
  KAFKA_BROKERS: '127.0.0.1:9092',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'x'.repeat(32),
};

describe('loadEnv', () => {
  it('parses numbers and booleans and applies defaults', () => {
    const env = loadEnv(BaseEnv, { ...valid, RUN_MIGRATIONS: 'false' });
    expect(env).toMatchObject({
      PORT: 3001,
      DB_POOL_SIZE: 10,
      RUN_MIGRATIONS: false,
      SEED_DEMO: false,
      LOG_LEVEL: 'info',
      KAFKA_SESSION_TIMEOUT_MS: 30000,
    });
  });

  it('names every bad variable in one error', () => {
    expect(() =>
      loadEnv(BaseEnv, { ...valid, PORT: 'abc', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short', KAFKA_BROKERS: 'nohost' }),
    ).toThrow(ConfigError);
    try {
      loadEnv(BaseEnv, { ...valid, PORT: 'abc', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short', KAFKA_BROKERS: 'nohost' });
    } catch (e) {
      const message = (e as Error).message;
      for (const name of ['PORT', 'DATABASE_URL', 'JWT_SECRET', 'KAFKA_BROKERS']) expect(message).toContain(`- ${name}:`);
    }
  });

  it('needs no brokers in embedded mode', () => {
    expect(
      loadEnv(BaseEnv, { ...valid, MESSAGING_TRANSPORT: 'embedded', KAFKA_BROKERS: undefined, REDIS_URL: 'memory' }).MESSAGING_TRANSPORT,
    ).toBe('embedded');
  });
});
