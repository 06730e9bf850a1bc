export * from './envelope';
export * from './schema';
export * from './topics';
export * from './events';
export * from './asyncapi';
export * from './examples';
export * from './reliance';
