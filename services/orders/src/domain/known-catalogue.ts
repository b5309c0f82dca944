/**
 * orders' local copies of masters' products and bandwidths, kept from masters' `product.*` and
 * `bandwidth.*` events. Upgrade and downgrade rules compare bandwidth ranks, and they must keep working while
 * masters is down.
 */

/** The units a bandwidth is given in. */
export type BandwidthUnit = 'KBPS' | 'MBPS' | 'GBPS';

/** A product as orders knows it. */
export interface KnownProduct {
  id: string;
  /** Short code, never changes (e.g. ILL). */
  code: string;
  categoryId: string;
  /**
   * The bandwidths the product offers, as masters last listed them (lowest rank first at the time). Ranks can
   * change afterwards, so readers order by the bandwidths' current ranks, not by this list.
   */
  bandwidthIds: string[];
  active: boolean;
}

/** A bandwidth as orders knows it; `rank` orders upgrades and downgrades (higher = more). */
export interface KnownBandwidth {
  id: string;
  value: number;
  unit: BandwidthUnit;
  rank: number;
  active: boolean;
}

/** Bandwidths lowest rank first (ties, which masters never makes, by id so the order is stable). */
export function inRankOrder<B extends Pick<KnownBandwidth, 'id' | 'rank'>>(bandwidths: readonly B[]): B[] {
  return [...bandwidths].sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
