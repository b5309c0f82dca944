/** A state (province); owns a set of cities. */
export interface State {
  id: string;
  code: string;
  name: string;
  createdAt: Date;
}

/** A city in a state, where services are sold and installed. */
export interface City {
  id: string;
  stateId: string;
  code: string;
  name: string;
  createdAt: Date;
}

/** Master codes are compared and stored upper case, without surrounding spaces. */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}
