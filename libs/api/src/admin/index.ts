export * from './admin-users.dto';
export * from './errors';
export * from './delivery-log.dto';
export * from './inbox.dto';
export * from './notification-preferences.dto';
export * from './mail-catcher.dto';
