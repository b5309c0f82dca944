/**
 * orders' local copy of a masters city, kept from masters' `city.*` events, so leads can be checked against
 * real cities while masters is unreachable.
 */
export interface KnownCity {
  id: string;
  stateId: string;
  code: string;
  name: string;
  /** False once masters deactivated the city: existing leads keep it, new leads may not use it. */
  active: boolean;
}
