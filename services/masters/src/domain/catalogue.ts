/** A product category (e.g. ILL, VOIP, VAS). Never deleted: deactivated instead. */
export interface ProductCategory {
  id: string;
  code: string;
  name: string;
  createdAt: Date;
  /** When the name was last edited; null when never. */
  updatedAt: Date | null;
  /** When the category was deactivated; null while active. */
  deactivatedAt: Date | null;
}

/** A product sold in one category. Never deleted: deactivated instead. */
export interface Product {
  id: string;
  code: string;
  name: string;
  categoryId: string;
  createdAt: Date;
  /** When the product was last edited; null when never. */
  updatedAt: Date | null;
  /** When the product was deactivated; null while active. */
  deactivatedAt: Date | null;
}

/** The units a bandwidth is expressed in. */
export const BANDWIDTH_UNITS = ['KBPS', 'MBPS', 'GBPS'] as const;

/** A unit of bandwidth. */
export type BandwidthUnit = (typeof BANDWIDTH_UNITS)[number];

/** A bandwidth a product can be sold at; `rank` orders upgrades and downgrades (higher = more). */
export interface Bandwidth {
  id: string;
  value: number;
  unit: BandwidthUnit;
  /** Unique among bandwidths; higher means more. */
  rank: number;
  createdAt: Date;
  /** When the rank was last edited; null when never. */
  updatedAt: Date | null;
  /** When the bandwidth was deactivated; null while active. */
  deactivatedAt: Date | null;
}

const UNIT_LABEL: Record<BandwidthUnit, string> = { KBPS: 'Kbps', MBPS: 'Mbps', GBPS: 'Gbps' };

/** How a bandwidth reads to people, e.g. "100 Mbps". */
export function bandwidthLabel(bandwidth: Pick<Bandwidth, 'value' | 'unit'>): string {
  return `${bandwidth.value} ${UNIT_LABEL[bandwidth.unit]}`;
}

/** Bandwidths in rank order, lowest first (the order upgrade/downgrade rules use); leaves the input alone. */
export function inRankOrder<T extends Pick<Bandwidth, 'rank'>>(bandwidths: readonly T[]): T[] {
  return [...bandwidths].sort((a, b) => a.rank - b.rank);
}
