import { bandwidthLabel, inRankOrder } from './catalogue';

describe('bandwidthLabel', () => {
  it('reads as value and unit', () => {
    expect(bandwidthLabel({ value: 100, unit: 'MBPS' })).toBe('100 Mbps');
    expect(bandwidthLabel({ value: 512, unit: 'KBPS' })).toBe('512 Kbps');
    expect(bandwidthLabel({ value: 1, unit: 'GBPS' })).toBe('1 Gbps');
  });
});

describe('inRankOrder', () => {
  it('orders by rank, lowest first, without touching the input', () => {
    const input = [
      { id: 'c', rank: 30 },
      { id: 'a', rank: -1 },
      { id: 'b', rank: 10 },
    ];
    expect(inRankOrder(input).map((b) => b.id)).toEqual(['a', 'b', 'c']);
    expect(input.map((b) => b.id)).toEqual(['c', 'a', 'b']);
  });

  it('keeps an empty list empty', () => {
    expect(inRankOrder([])).toEqual([]);
  });
});
