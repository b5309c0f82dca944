import { requestVisibility } from './request-visibility';

describe('requestVisibility', () => {
  it('shows a partner its own BSO only, and nothing without a BSO', () => {
    expect(requestVisibility({ isPartner: true, bsoId: 'bso-1', branchScope: [] })).toEqual({
      kind: 'BSO',
      bsoId: 'bso-1',
    });
    // Even a partner snapshot that claimed every branch sees only its BSO.
    expect(requestVisibility({ isPartner: true, bsoId: 'bso-1', branchScope: null })).toEqual({
      kind: 'BSO',
      bsoId: 'bso-1',
    });
    expect(requestVisibility({ isPartner: true, bsoId: null, branchScope: [] })).toEqual({ kind: 'NONE' });
  });

  it('shows staff their branches, every request with the ALL scope, and nothing without a branch', () => {
    expect(requestVisibility({ isPartner: false, bsoId: null, branchScope: ['b-1', 'b-2'] })).toEqual({
      kind: 'BRANCHES',
      branchIds: ['b-1', 'b-2'],
    });
    expect(requestVisibility({ isPartner: false, bsoId: null, branchScope: null })).toEqual({ kind: 'ALL' });
    expect(requestVisibility({ isPartner: false, bsoId: null, branchScope: [] })).toEqual({ kind: 'NONE' });
  });
});
