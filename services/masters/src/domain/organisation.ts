/** A zone (region) that groups branches. Never deleted: deactivated instead. */
export interface Zone {
  id: string;
  code: string;
  name: string;
  createdAt: Date;
  /** When the name was last edited; null when never. */
  updatedAt: Date | null;
  /** When the zone was deactivated; null while active. */
  deactivatedAt: Date | null;
}

/** A branch office in a zone, serving one or more cities. Never deleted: deactivated instead. */
export interface Branch {
  id: string;
  code: string;
  name: string;
  zoneId: string;
  /** The cities the branch serves, at least one, without repeats. */
  cityIds: string[];
  createdAt: Date;
  /** When the branch was last edited; null when never. */
  updatedAt: Date | null;
  /** When the branch was deactivated; null while active. */
  deactivatedAt: Date | null;
}

/** The distinct ids of a list, in first-seen order (a branch serves each city once). */
export function distinctIds(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.trim()))];
}
