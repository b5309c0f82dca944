import { deactivated, deactivationRefusal, isActive, MasterErrorCode } from './master-lifecycle';
import { distinctIds } from './organisation';

const active = { deactivatedAt: null };
const inactive = { deactivatedAt: new Date('2026-11-01T00:00:00Z') };

describe('deactivationRefusal', () => {
  it('allows deactivating an active master nothing active depends on', () => {
    expect(deactivationRefusal(active, 'state MH', 0, ['city', 'cities'])).toBeNull();
  });

  it('refuses a second deactivation', () => {
    expect(deactivationRefusal(inactive, 'state MH', 0, ['city', 'cities'])).toEqual({
      code: MasterErrorCode.ALREADY_INACTIVE,
      message: 'state MH is already inactive',
    });
  });

  it('refuses while active dependents remain, naming how many', () => {
    expect(deactivationRefusal(active, 'state MH', 1, ['city', 'cities'])?.message).toBe(
      'state MH is used by 1 active city',
    );
    expect(deactivationRefusal(active, 'zone W', 3, ['branch', 'branches'])).toEqual({
      code: MasterErrorCode.IN_USE,
      message: 'zone W is used by 3 active branches',
    });
  });

  it('reports being inactive before being in use', () => {
    expect(deactivationRefusal(inactive, 'zone W', 2, ['branch', 'branches'])?.code).toBe('ALREADY_INACTIVE');
  });
});

describe('deactivated / isActive', () => {
  it('stamps the time and keeps everything else', () => {
    const at = new Date('2026-11-22T10:00:00Z');
    const row = { id: 'z1', name: 'West', deactivatedAt: null as Date | null };
    const after = deactivated(row, at);
    expect(after).toEqual({ id: 'z1', name: 'West', deactivatedAt: at });
    expect(isActive(row)).toBe(true);
    expect(isActive(after)).toBe(false);
  });
});

describe('distinctIds', () => {
  it('drops repeats and keeps order', () => {
    expect(distinctIds(['b', 'a', 'b', ' a'])).toEqual(['b', 'a']);
  });
});

describe('deactivationRefusal with several kinds of dependents', () => {
  const kinds = (branches: number, settings: number) => [
    { count: branches, nouns: ['branch', 'branches'] as const },
    { count: settings, nouns: ['BSO city setting', 'BSO city settings'] as const },
  ];

  it('allows deactivating when no kind has active records', () => {
    expect(deactivationRefusal(active, 'city PUNE', kinds(0, 0))).toBeNull();
    expect(deactivationRefusal(active, 'city PUNE', [])).toBeNull();
  });

  it('names only the kinds that still have active records, in order', () => {
    expect(deactivationRefusal(active, 'city PUNE', kinds(0, 1))).toEqual({
      code: MasterErrorCode.IN_USE,
      message: 'city PUNE is used by 1 active BSO city setting',
    });
    expect(deactivationRefusal(active, 'city PUNE', kinds(2, 3))?.message).toBe(
      'city PUNE is used by 2 active branches and 3 active BSO city settings',
    );
  });

  it('words a single kind exactly as the one-count form does', () => {
    expect(deactivationRefusal(active, 'city PUNE', kinds(2, 0))).toEqual(
      deactivationRefusal(active, 'city PUNE', 2, ['branch', 'branches']),
    );
  });

  it('reports being inactive first', () => {
    expect(deactivationRefusal(inactive, 'city PUNE', kinds(1, 1))?.code).toBe('ALREADY_INACTIVE');
  });

  it('lists three or more kinds with commas and a final "and"', () => {
    const city = (branches: number, settings: number, users: number, teams: number) => [
      ...kinds(branches, settings),
      { count: users, nouns: ['user', 'users'] as const },
      { count: teams, nouns: ['team', 'teams'] as const },
    ];
    expect(deactivationRefusal(active, 'city PUNE', city(1, 2, 3, 1))).toEqual({
      code: MasterErrorCode.IN_USE,
      message:
        'city PUNE is used by 1 active branch, 2 active BSO city settings, 3 active users and 1 active team',
    });
    expect(deactivationRefusal(active, 'city PUNE', city(0, 1, 0, 2))?.message).toBe(
      'city PUNE is used by 1 active BSO city setting and 2 active teams',
    );
    expect(deactivationRefusal(active, 'city PUNE', city(0, 0, 1, 0))?.message).toBe(
      'city PUNE is used by 1 active user',
    );
    expect(deactivationRefusal(active, 'city PUNE', city(0, 0, 0, 0))).toBeNull();
  });
});

describe('what each master is refused for while in use', () => {
  it('words a branch used by users and teams', () => {
    const branch = (users: number, teams: number) =>
      deactivationRefusal(active, 'branch PUNE_01', [
        { count: users, nouns: ['user', 'users'] },
        { count: teams, nouns: ['team', 'teams'] },
      ]);
    expect(branch(2, 1)).toEqual({
      code: MasterErrorCode.IN_USE,
      message: 'branch PUNE_01 is used by 2 active users and 1 active team',
    });
    expect(branch(0, 3)?.message).toBe('branch PUNE_01 is used by 3 active teams');
    expect(branch(0, 0)).toBeNull();
  });

  it('words a BSO used by city settings and partner users', () => {
    const bso = (settings: number, partners: number) =>
      deactivationRefusal(active, 'BSO AIRLINK', [
        { count: settings, nouns: ['city setting', 'city settings'] },
        { count: partners, nouns: ['partner user', 'partner users'] },
      ]);
    expect(bso(0, 1)).toEqual({
      code: MasterErrorCode.IN_USE,
      message: 'BSO AIRLINK is used by 1 active partner user',
    });
    expect(bso(2, 3)?.message).toBe(
      'BSO AIRLINK is used by 2 active city settings and 3 active partner users',
    );
    // Unchanged from the one-kind form the BSO used before partner users counted.
    expect(bso(1, 0)).toEqual(
      deactivationRefusal(active, 'BSO AIRLINK', 1, ['city setting', 'city settings']),
    );
  });
});
