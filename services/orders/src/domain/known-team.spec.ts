import { coversCity, teamFor, type KnownTeam } from './known-team';

const team = (code: string, overrides: Partial<KnownTeam> = {}): KnownTeam => ({
  id: `t-${code}`,
  code,
  name: code,
  kind: 'INSTALLATION',
  branchId: 'b-pune',
  cityIds: [],
  mailAddress: null,
  members: [],
  active: true,
  ...overrides,
});
const wanted = { kind: 'INSTALLATION', branchId: 'b-pune', cityId: 'c-pune' } as const;

describe('coversCity', () => {
  it('is true for a listed city, and for every city when the team lists none', () => {
    expect(coversCity({ cityIds: ['c-pune', 'c-pcmc'] }, 'c-pcmc')).toBe(true);
    expect(coversCity({ cityIds: ['c-pune'] }, 'c-goa')).toBe(false);
    expect(coversCity({ cityIds: [] }, 'c-goa')).toBe(true);
  });
});

describe('teamFor', () => {
  it('finds the active team of the kind working for the branch', () => {
    const whole = team('INST_PUNE');
    expect(
      teamFor(
        [
          team('PROV_PUNE', { kind: 'PROVISIONING' }),
          team('INST_GOA', { branchId: 'b-goa' }),
          whole,
          team('INST_CLOSED', { active: false }),
        ],
        wanted,
      ),
    ).toBe(whole);
  });

  it('prefers a team that lists the city to one covering the whole branch', () => {
    const pune = team('Z_PUNE_ONLY', { cityIds: ['c-pune'] });
    expect(teamFor([team('A_WHOLE'), pune], wanted)).toBe(pune);
    // For another city of the branch the city team does not fit, and the whole-branch team takes it.
    expect(teamFor([team('A_WHOLE'), pune], { ...wanted, cityId: 'c-pcmc' })?.code).toBe('A_WHOLE');
  });

  it('skips a team listing only other cities, and an inactive team listing the city', () => {
    expect(teamFor([team('INST_PCMC', { cityIds: ['c-pcmc'] })], wanted)).toBeNull();
    expect(
      teamFor([team('INST_OLD', { cityIds: ['c-pune'], active: false }), team('INST_ALL')], wanted)?.code,
    ).toBe('INST_ALL');
  });

  it('picks the lowest code between equally specific teams, whatever their order', () => {
    const teams = [team('INST_B', { cityIds: ['c-pune'] }), team('INST_A', { cityIds: ['c-pune', 'c-x'] })];
    expect(teamFor(teams, wanted)?.code).toBe('INST_A');
    expect(teamFor([...teams].reverse(), wanted)?.code).toBe('INST_A');
  });

  it('is null when no team fits', () => {
    expect(teamFor([], wanted)).toBeNull();
    expect(teamFor([team('INST_PUNE')], { ...wanted, kind: 'BILLING' })).toBeNull();
  });
});
