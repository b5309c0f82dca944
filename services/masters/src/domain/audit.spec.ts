import { changedFields, stateAfter } from './audit';

describe('audit states', () => {
  it('lays an edit over the state before it', () => {
    const before = { zoneId: 'z1', code: 'WEST', name: 'West', createdAt: 't0' };
    const after = stateAfter(before, { zoneId: 'z1', name: 'Western', updatedAt: 't1' });
    expect(after).toEqual({ zoneId: 'z1', code: 'WEST', name: 'Western', createdAt: 't0', updatedAt: 't1' });
    expect(changedFields(before, after)).toEqual(['name', 'updatedAt']);
  });

  it('treats a creation as every field changed', () => {
    const after = stateAfter(null, { zoneId: 'z1', code: 'WEST' });
    expect(changedFields(null, after)).toEqual(['code', 'zoneId']);
  });

  it('compares lists and objects by value', () => {
    expect(changedFields({ cityIds: ['a', 'b'] }, { cityIds: ['a', 'b'] })).toEqual([]);
    expect(changedFields({ cityIds: ['a'] }, { cityIds: ['a', 'b'] })).toEqual(['cityIds']);
  });
});
