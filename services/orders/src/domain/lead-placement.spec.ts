import type { KnownBranch } from './known-branch';
import type { KnownCity } from './known-city';
import { placementProblems } from './lead-placement';

const pune: KnownCity = { id: 'c-pune', stateId: 's-mh', code: 'PUNE', name: 'Pune', active: true };
const goa: KnownCity = { id: 'c-goa', stateId: 's-ga', code: 'GOA', name: 'Goa', active: true };
const puneCamp: KnownBranch = {
  id: 'b-pune',
  code: 'PUNE_01',
  name: 'Pune Camp',
  zoneId: 'z-west',
  cityIds: ['c-pune', 'c-pcmc'],
  active: true,
};

describe('placementProblems', () => {
  it('accepts an active branch that serves the active city', () => {
    expect(placementProblems(pune, puneCamp)).toEqual([]);
  });

  it('needs the branch to serve the city', () => {
    expect(placementProblems(goa, puneCamp)).toEqual([{ field: 'branchId', problem: 'NOT_SERVING_CITY' }]);
  });

  it('refuses unknown and inactive cities and branches, one problem per field', () => {
    expect(placementProblems(null, null)).toEqual([
      { field: 'cityId', problem: 'UNKNOWN' },
      { field: 'branchId', problem: 'UNKNOWN' },
    ]);
    expect(placementProblems({ ...pune, active: false }, { ...puneCamp, active: false })).toEqual([
      { field: 'cityId', problem: 'INACTIVE' },
      { field: 'branchId', problem: 'INACTIVE' },
    ]);
    expect(placementProblems(null, puneCamp)).toEqual([{ field: 'cityId', problem: 'UNKNOWN' }]);
    expect(placementProblems(pune, null)).toEqual([{ field: 'branchId', problem: 'UNKNOWN' }]);
  });

  it('reports an inactive branch as inactive, whatever cities it serves', () => {
    expect(placementProblems(goa, { ...puneCamp, active: false })).toEqual([
      { field: 'branchId', problem: 'INACTIVE' },
    ]);
  });
});
