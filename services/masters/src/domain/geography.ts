/** A state (province); owns a set of cities. Never deleted: deactivated (`deactivatedAt` set) instead. */
export interface State {
  id: string;
  code: string;
  name: string;
  createdAt: Date;
  /** When the name was last edited; null when never. */
  updatedAt: Date | null;
  /** When the state was deactivated; null while active. */
  deactivatedAt: Date | null;
}

/** A city in a state, where services are sold and installed. Never deleted: deactivated instead. */
export interface City {
  id: string;
  stateId: string;
  code: string;
  name: string;
  createdAt: Date;
  /** When the name was last edited; null when never. */
  updatedAt: Date | null;
  /** When the city was deactivated; null while active. */
  deactivatedAt: Date | null;
}

/** Master codes are compared and stored upper case, without surrounding spaces. */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}
