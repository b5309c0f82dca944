export * from './database';
export * from './columns';
export * from './pagination';
export * from './search';
