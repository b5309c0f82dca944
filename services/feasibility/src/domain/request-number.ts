/** The counter that numbers feasibility requests, one row per calendar year. */
export const FEASIBILITY_REQUEST_SEQUENCE = 'feasibility_request';

/** The prefix of every feasibility request number. */
export const REQUEST_NO_PREFIX = 'FR';

/** How many digits the yearly sequence part of a request number has. */
export const REQUEST_NO_DIGITS = 6;

/** The most requests one year can number before the format runs out of digits. */
export const MAX_REQUESTS_PER_YEAR = 10 ** REQUEST_NO_DIGITS - 1;

/** Raised when a year's counter would overflow the six-digit format: an outage to escalate, not bad input. */
export class RequestNumberExhaustedError extends Error {
  constructor(year: number) {
    super(`feasibility request numbers for ${year} are exhausted (more than ${MAX_REQUESTS_PER_YEAR})`);
    this.name = 'RequestNumberExhaustedError';
  }
}

/**
 * The calendar year a request raised at `at` is numbered in. Years are counted in UTC so that every replica
 * and the embedded mode agree regardless of the machine's time zone.
 */
export function requestNoYear(at: Date): number {
  return at.getUTCFullYear();
}

/** The human number of the `sequence`-th request of `year`: `FR-2026-000123`. */
export function formatRequestNo(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`year ${year} is not a four-digit year`);
  }
  if (!Number.isInteger(sequence) || sequence < 1) {
    throw new RangeError(`sequence ${sequence} is not a positive integer`);
  }
  if (sequence > MAX_REQUESTS_PER_YEAR) throw new RequestNumberExhaustedError(year);
  return `${REQUEST_NO_PREFIX}-${year}-${String(sequence).padStart(REQUEST_NO_DIGITS, '0')}`;
}
