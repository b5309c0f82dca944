export * from './load-config';
export * from './fields';
export * from './service-config';
export * from './logger';
export * from './log-context';
