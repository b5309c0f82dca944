export * from './user-error';
export * from './idempotency';
export * from './date-time.scalar';
export * from './request-context';
export * from './subgraph-server';
export * from './service-runtime';
export * from './loaders';
export * from './shutdown';
