export * from './errors';
export * from './institutes.dto';
