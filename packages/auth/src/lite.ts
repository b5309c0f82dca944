// The parts of @oms/auth with no database dependency: what the gateway needs (tokens, proofs, keys, errors).
export * from './permissions';
export * from './keys';
export * from './proof';
export * from './tokens';
export * from './errors';
