export * from './database';
export * from './columns';
export * from './pagination';
export * from './search';
export * from './sql-errors';
export * from './number-sequence';
export * from './named-lock';
