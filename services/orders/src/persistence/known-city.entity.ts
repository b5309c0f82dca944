import { EntitySchema } from 'typeorm';
import type { KnownCity } from '../domain/known-city';

export const KnownCityEntity = new EntitySchema<KnownCity>({
  name: 'KnownCity',
  tableName: 'known_city',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    stateId: { name: 'state_id', type: 'varchar', length: 36 },
    code: { type: 'varchar', length: 20 },
    name: { type: 'varchar', length: 100 },
    active: { type: 'boolean' },
  },
});
