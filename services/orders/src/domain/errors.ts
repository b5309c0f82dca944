/** Error codes of the orders service beyond the shared ones (`ErrorCode` in @oms/server). */
export const OrdersErrorCode = {
  /** An idempotency key (`clientMutationId`) was sent again with different input. */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
} as const;
