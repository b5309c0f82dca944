export * from './user-error';
export * from './request-context';
export * from './subgraph-server';
export * from './service-runtime';
export * from './loaders';
export * from './shutdown';
