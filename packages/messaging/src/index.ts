export * from './tables';
export * from './transport';
export * from './in-process-transport';
export * from './kafka-transport';
export * from './outbox';
export * from './unit-of-work';
export * from './relay';
export * from './consumer';
