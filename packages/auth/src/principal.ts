import type { AccessSnapshot } from '@oms/contracts';
import type { Permission } from './permissions';

/** Where a record lives, as far as data scope is concerned; a record names what applies to it. */
export interface DataScope {
  /** The branch that owns the record. */
  branchId?: string | null;
  /** The city where an installation happens (installation-city rights). */
  installationCityId?: string | null;
  /** The BSO a partner record belongs to (partner isolation). */
  bsoId?: string | null;
}

/** Who is calling, as every subgraph sees it after the gateway's proof was verified. */
export class Principal {
  private readonly granted: ReadonlySet<string>;
  private readonly branches: ReadonlySet<string>;
  private readonly installationCities: ReadonlySet<string>;

  private constructor(
    readonly snapshot: AccessSnapshot | null,
    /** The login session the call belongs to (what logout revokes). */
    readonly sessionId: string | null = null,
  ) {
    this.granted = new Set(snapshot?.permissions ?? []);
    this.branches = new Set(snapshot?.branchIds ?? []);
    this.installationCities = new Set(snapshot?.installationCityIds ?? []);
  }

  /** A caller who has not logged in: only public operations (login, refresh) are open to it. */
  static anonymous(): Principal {
    return new Principal(null);
  }

  /** A signed-in user with the access masters computed for them. */
  static of(snapshot: AccessSnapshot, sessionId: string | null = null): Principal {
    return new Principal(snapshot, sessionId);
  }

  get authenticated(): boolean {
    return this.snapshot !== null;
  }

  get userId(): string | null {
    return this.snapshot?.userId ?? null;
  }

  get isPartner(): boolean {
    return this.snapshot?.kind === 'PARTNER';
  }

  /** The BSO a partner account belongs to. */
  get bsoId(): string | null {
    return this.snapshot?.bsoId ?? null;
  }

  /** Whether the caller holds a permission. */
  can(permission: Permission): boolean {
    return this.granted.has(permission);
  }

  /** Whether the caller holds at least one of the permissions. */
  canAny(permissions: readonly Permission[]): boolean {
    return permissions.some((p) => this.granted.has(p));
  }

  /** Every branch (null) or the branches the caller may read and act in; partners have none. */
  get branchScope(): readonly string[] | null {
    if (!this.snapshot || this.snapshot.kind === 'PARTNER') return [];
    if (this.snapshot.allBranches) return null;
    return [...this.branches];
  }

  /** Every city (null) or the cities the caller may act on for installations. */
  get installationCityScope(): readonly string[] | null {
    if (!this.snapshot || this.snapshot.kind === 'PARTNER') return [];
    if (this.snapshot.allBranches) return null;
    return [...this.installationCities];
  }

  /**
   * Whether a record with this scope is within the caller's reach: a partner only reaches its own BSO's
   * records; staff reach the records of their branches and (for installations) their installation cities,
   * or every one when a group gives them the ALL data scope. A record that names neither a branch nor a city
   * is not branch-scoped: every active staff member reaches it.
   */
  reaches(scope: DataScope): boolean {
    const s = this.snapshot;
    if (!s || !s.active) return false;
    if (s.kind === 'PARTNER') return !!scope.bsoId && scope.bsoId === s.bsoId;
    if (s.allBranches) return true;
    if (scope.branchId !== undefined && (scope.branchId === null || !this.branches.has(scope.branchId)))
      return false;
    if (
      scope.installationCityId !== undefined &&
      (scope.installationCityId === null || !this.installationCities.has(scope.installationCityId))
    )
      return false;
    return true;
  }
}
