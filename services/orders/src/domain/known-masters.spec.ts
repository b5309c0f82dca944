import { servesCity } from './known-branch';
import { inRankOrder } from './known-catalogue';

describe('inRankOrder', () => {
  it('puts the lowest rank first, whatever order the bandwidths come in', () => {
    const bandwidths = [
      { id: 'bw-1g', rank: 90 },
      { id: 'bw-10m', rank: 10 },
      { id: 'bw-100m', rank: 50 },
    ];
    expect(inRankOrder(bandwidths).map((b) => b.id)).toEqual(['bw-10m', 'bw-100m', 'bw-1g']);
    expect(bandwidths[0].id).toBe('bw-1g');
  });

  it('orders equal ranks by id, so the answer is stable', () => {
    expect(
      inRankOrder([
        { id: 'b', rank: 1 },
        { id: 'a', rank: 1 },
      ]).map((b) => b.id),
    ).toEqual(['a', 'b']);
  });
});

describe('servesCity', () => {
  it('is true only for the cities in the branch list', () => {
    expect(servesCity({ cityIds: ['c1', 'c2'] }, 'c2')).toBe(true);
    expect(servesCity({ cityIds: ['c1', 'c2'] }, 'c3')).toBe(false);
  });
});
