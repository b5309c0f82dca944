import { z } from 'zod';
import { FEASIBILITY_REQUEST_LIMITS as LIMITS } from '../domain/feasibility-request';

/** An id issued by another service (a UUID) in input `field`, stored in its canonical lower case. */
export const foreignId = (field: string, what: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.uuid(`${field} must be the id of a ${what} (a UUID)`));

/**
 * The input fields of what is asked of a BSO, shared by createFeasibilityRequest and sendForFeasibility:
 * the idempotency key, the lead, city and branch (UUIDs), the bandwidth and the address.
 */
export const askInput = {
  clientMutationId: z
    .string()
    .trim()
    .min(1, 'clientMutationId must have 1–100 characters')
    .max(100, 'clientMutationId must have 1–100 characters')
    .nullish(),
  leadId: foreignId('leadId', 'lead'),
  cityId: foreignId('cityId', 'city'),
  branchId: foreignId('branchId', 'branch'),
  bandwidthMbps: z
    .number()
    .int('bandwidthMbps must be a whole number of Mbps')
    .min(LIMITS.bandwidthMbps.min, `bandwidthMbps must be at least ${LIMITS.bandwidthMbps.min}`)
    .max(LIMITS.bandwidthMbps.max, `bandwidthMbps must be at most ${LIMITS.bandwidthMbps.max}`),
  address: z
    .string()
    .trim()
    .min(LIMITS.address.min, `address must have at least ${LIMITS.address.min} characters`)
    .max(LIMITS.address.max, `address must have at most ${LIMITS.address.max} characters`),
};
