export * from './envelope';
export * from './topics';
export * from './catalog';
export * from './validate';
export * from './access';
