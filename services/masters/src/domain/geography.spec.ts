import { normalizeCode } from './geography';

describe('normalizeCode', () => {
  it('upper-cases and trims', () => {
    expect(normalizeCode('  pune ')).toBe('PUNE');
  });
});
