import {
  branchRefusal,
  bsoAssignmentRefusal,
  bsoRecipients,
  type KnownBso,
  type KnownBsoCitySetting,
} from './known-masters';

const bso: KnownBso = { id: 'bso-1', code: 'AIRLINK', name: 'Airlink Networks', active: true };
const setting: KnownBsoCitySetting = {
  id: 's-1',
  bsoId: 'bso-1',
  cityId: 'city-1',
  to: ['feasibility@airlink.example'],
  cc: [],
  tatHours: 48,
  active: true,
};

describe('bsoAssignmentRefusal', () => {
  it('accepts an active BSO with an active setting for the city', () => {
    expect(bsoAssignmentRefusal(bso, setting)).toBeNull();
  });

  it('refuses an unknown BSO with REFERENCE_NOT_FOUND', () => {
    expect(bsoAssignmentRefusal(null, null)).toEqual({
      code: 'REFERENCE_NOT_FOUND',
      message: 'no BSO has this id',
    });
  });

  it('refuses an inactive BSO with REFERENCE_INACTIVE', () => {
    expect(bsoAssignmentRefusal({ ...bso, active: false }, null)).toEqual({
      code: 'REFERENCE_INACTIVE',
      message: 'BSO AIRLINK is inactive',
    });
  });

  it('refuses a BSO that does not serve the city (no setting, or an inactive one) with VALIDATION_FAILED', () => {
    const refusal = {
      code: 'VALIDATION_FAILED',
      message: 'BSO AIRLINK does not serve the city of the request',
    };
    expect(bsoAssignmentRefusal(bso, null)).toEqual(refusal);
    expect(bsoAssignmentRefusal(bso, { ...setting, active: false })).toEqual(refusal);
    expect(bsoAssignmentRefusal(bso, { ...setting, bsoId: 'bso-2' })).toEqual(refusal);
  });
});

describe('branchRefusal', () => {
  const branch = { id: 'b-1', code: 'PUNE_01', name: 'Pune 1', cityIds: ['city-1'], active: true };

  it('accepts a known active branch and refuses an unknown or inactive one', () => {
    expect(branchRefusal(branch)).toBeNull();
    expect(branchRefusal(null)).toEqual({ code: 'REFERENCE_NOT_FOUND', message: 'no branch has this id' });
    expect(branchRefusal({ ...branch, active: false })).toEqual({
      code: 'REFERENCE_INACTIVE',
      message: 'branch PUNE_01 is inactive',
    });
  });
});

describe('bsoRecipients', () => {
  it('addresses the mail to the setting’s To addresses and copies its Cc addresses, as the BSO', () => {
    expect(
      bsoRecipients({ ...setting, to: ['a@bso.example', 'b@bso.example'], cc: ['c@bso.example'] }),
    ).toEqual([
      { email: 'a@bso.example', name: null, role: 'BSO', kind: 'TO' },
      { email: 'b@bso.example', name: null, role: 'BSO', kind: 'TO' },
      { email: 'c@bso.example', name: null, role: 'BSO', kind: 'CC' },
    ]);
    expect(bsoRecipients({ ...setting, to: [], cc: [] })).toEqual([]);
  });
});
