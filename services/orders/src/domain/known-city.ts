/**
 * orders' local copy of a masters city, kept from `city.created` events, so leads can be checked against
 * real cities while masters is unreachable.
 */
export interface KnownCity {
  id: string;
  stateId: string;
  code: string;
  name: string;
}
