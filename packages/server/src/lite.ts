// The parts of @oms/server with no database, broker or GraphQL-server dependency: what the gateway needs.
export * from './request-context';
export * from './shutdown';
export * from './metrics';
export * from './operation-metrics';
