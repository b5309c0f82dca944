export * from './embedded';
export * from './embedded-env';
