export * from './unique';
export * from './mysql';
export * from './kafka';
export * from './graphql-client';
export * from './service-env';
export * from './processes';
export * from './distributed';
export * from './service-under-test';
