export * from './admin-users.dto';
export * from './errors';
