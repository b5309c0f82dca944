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
});
