/**
 * orders' local copy of a masters team, kept from masters' `team.*` events: provisioning and installation
 * work goes to the team of the right kind for the order's branch and city, and its members and mail address
 * are who hears about it. It must keep working while masters is down.
 */

/** The kinds of work a team does (masters' `TeamKind`). */
export const TEAM_KINDS = ['PROVISIONING', 'INSTALLATION', 'BILLING', 'TECHNICAL', 'LOGISTICS'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];

/** A member of a team, with the address work mail goes to. */
export interface KnownTeamMember {
  userId: string;
  email: string;
}

/** A team as orders knows it. */
export interface KnownTeam {
  id: string;
  /** Short code, never changes (e.g. INST_PUNE). */
  code: string;
  name: string;
  kind: TeamKind;
  /** The branch it works for. */
  branchId: string;
  /** The cities it covers; empty: every city of its branch. */
  cityIds: string[];
  /** The team's shared mail address, if any. */
  mailAddress: string | null;
  /** The active members, in masters' order (a deactivated user leaves every team in masters). */
  members: KnownTeamMember[];
  /** False once masters deactivated the team: it gets no new work. */
  active: boolean;
}

/** Whether a team covers a city: it lists the city, or lists none and so covers its whole branch. */
export function coversCity(team: Pick<KnownTeam, 'cityIds'>, cityId: string): boolean {
  return team.cityIds.length === 0 || team.cityIds.includes(cityId);
}

/** Where a piece of work is: the kind of team it needs, the branch that owns it and the city it is in. */
export interface TeamWanted {
  kind: TeamKind;
  branchId: string;
  cityId: string;
}

/**
 * The team that takes work of `wanted.kind` for its branch and city, among `teams`: an active team of that
 * kind working for the branch and covering the city. A team that lists the city is more specific than one
 * covering the whole branch and wins over it; between equally specific teams (masters does not forbid them),
 * the lowest code wins, so the answer is stable. Null when no team fits.
 */
export function teamFor<T extends Omit<KnownTeam, 'members'>>(
  teams: readonly T[],
  wanted: TeamWanted,
): T | null {
  const fitting = teams.filter(
    (t) =>
      t.active && t.kind === wanted.kind && t.branchId === wanted.branchId && coversCity(t, wanted.cityId),
  );
  const specificity = (t: T) => (t.cityIds.length > 0 ? 0 : 1);
  const [best] = [...fitting].sort(
    (a, b) => specificity(a) - specificity(b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  return best ?? null;
}
