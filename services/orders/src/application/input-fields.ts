import { z } from 'zod';
import { PHONE_PATTERN, normalizePhone } from '../domain/lead';

/** Optional free text: trimmed, and a blank value counts as not given. */
export const blankToNull = (value: unknown) =>
  typeof value === 'string' ? (value.trim() === '' ? null : value.trim()) : value;

/** The input fields leads and orders share, with the same rules and messages. */
export const fields = {
  clientMutationId: z
    .string()
    .trim()
    .min(1, 'clientMutationId must have 1–100 characters')
    .max(100, 'clientMutationId must have 1–100 characters'),
  customerName: z
    .string()
    .trim()
    .min(2, 'customerName must have at least 2 characters')
    .max(200, 'customerName must have at most 200 characters'),
  contactEmail: z.preprocess(
    blankToNull,
    z
      .email('contactEmail must be a valid e-mail address')
      .max(254, 'contactEmail must have at most 254 characters')
      .nullish(),
  ),
  /** Spaces, dashes, dots and brackets dropped, then 10–15 digits with an optional leading `+`. */
  contactPhone: z.preprocess(
    (value) => (typeof value === 'string' ? blankToNull(normalizePhone(value)) : value),
    z.string().regex(PHONE_PATTERN, 'contactPhone must be 10–15 digits with an optional leading +').nullish(),
  ),
};
