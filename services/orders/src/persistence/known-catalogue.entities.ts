import { EntitySchema } from 'typeorm';
import type { KnownBandwidth, KnownProduct } from '../domain/known-catalogue';

export const KnownProductEntity = new EntitySchema<KnownProduct>({
  name: 'KnownProduct',
  tableName: 'known_product',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    code: { type: 'varchar', length: 20 },
    categoryId: { name: 'category_id', type: 'varchar', length: 36 },
    // Replaced whole by every `product.bandwidths_set`, so kept as one JSON value.
    bandwidthIds: { name: 'bandwidth_ids', type: 'simple-json' },
    active: { type: 'boolean' },
  },
});

export const KnownBandwidthEntity = new EntitySchema<KnownBandwidth>({
  name: 'KnownBandwidth',
  tableName: 'known_bandwidth',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    value: { type: 'int' },
    unit: { type: 'varchar', length: 10 },
    rank: { name: 'rank_no', type: 'int' },
    active: { type: 'boolean' },
  },
});
