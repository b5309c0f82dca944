export * from './embedded';
export * from './embedded-env';
export * from './backup-schedule';
