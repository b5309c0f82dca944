import { EntitySchema } from 'typeorm';
import type { KnownBranch } from '../domain/known-branch';

export const KnownBranchEntity = new EntitySchema<KnownBranch>({
  name: 'KnownBranch',
  tableName: 'known_branch',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    code: { type: 'varchar', length: 20 },
    name: { type: 'varchar', length: 100 },
    zoneId: { name: 'zone_id', type: 'varchar', length: 36 },
    // The whole list travels in every branch event and is replaced whole, so it is kept as one JSON value.
    cityIds: { name: 'city_ids', type: 'simple-json' },
    active: { type: 'boolean' },
  },
});
