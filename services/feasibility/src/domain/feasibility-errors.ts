/**
 * The error codes feasibility returns beyond the shared ones (`VALIDATION_FAILED`, `NOT_FOUND`,
 * `REFERENCE_NOT_FOUND`, `IDEMPOTENCY_KEY_REUSED`): stable strings frontends switch on.
 */
export const FeasibilityErrorCode = {
  /** The caller may not act on this record (outside its branches, or not the assigned BSO's partner). */
  FORBIDDEN: 'FORBIDDEN',
  /** A referenced master exists but has been deactivated. */
  REFERENCE_INACTIVE: 'REFERENCE_INACTIVE',
  /** The request is not in a status that allows this (e.g. it was answered already). */
  INVALID_STATE: 'INVALID_STATE',
  /** A send for feasibility to every BSO of a city that no active BSO serves. */
  NO_BSO_SERVES_CITY: 'NO_BSO_SERVES_CITY',
} as const;

/** An expected refusal decided by a domain rule: the code and why, without the input path. */
export interface Refusal {
  code: string;
  message: string;
}
