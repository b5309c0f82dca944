import {
  asksForSame,
  draftApprovalMatrix,
  matrixNameKey,
  nextMatrixVersion,
  normalizeMatrixName,
} from './approval-matrix';

describe('matrix names', () => {
  it('drop surrounding spaces and fold inner whitespace', () => {
    expect(normalizeMatrixName('  ILL   Enterprise\tDOA ')).toBe('ILL Enterprise DOA');
  });

  it('name the same matrix whatever the case and spacing', () => {
    expect(matrixNameKey('ILL Enterprise DOA')).toBe(matrixNameKey(' ill  enterprise doa'));
    expect(matrixNameKey('ILL Enterprise DOA')).not.toBe(matrixNameKey('ILL SME DOA'));
  });
});

describe('nextMatrixVersion', () => {
  it('starts a new name at 1 and gives an existing name one more than its highest version', () => {
    expect(nextMatrixVersion(null)).toBe(1);
    expect(nextMatrixVersion(1)).toBe(2);
    expect(nextMatrixVersion(7)).toBe(8);
  });
});

describe('draftApprovalMatrix', () => {
  const at = new Date('2026-04-01T06:00:00.000Z');
  const matrix = draftApprovalMatrix(
    { name: ' ILL  Enterprise DOA ', description: 'Orders above 5 lakh' },
    { id: 'm-1', version: 3, at, actorId: 'admin-1', clientMutationId: null },
  );

  it('creates the version as a DRAFT under the normalized name', () => {
    expect(matrix).toEqual({
      id: 'm-1',
      name: 'ILL Enterprise DOA',
      nameKey: 'ill enterprise doa',
      version: 3,
      status: 'DRAFT',
      description: 'Orders above 5 lakh',
      clientMutationId: null,
      createdAt: at,
      createdBy: 'admin-1',
    });
  });

  it('recognises a resubmission of the same name and description, and nothing else', () => {
    expect(asksForSame(matrix, { name: 'ILL Enterprise  DOA', description: 'Orders above 5 lakh' })).toBe(
      true,
    );
    expect(asksForSame(matrix, { name: 'ILL Enterprise DOA', description: null })).toBe(false);
    expect(asksForSame(matrix, { name: 'ILL SME DOA', description: 'Orders above 5 lakh' })).toBe(false);
  });
});
