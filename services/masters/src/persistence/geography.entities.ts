import { EntitySchema } from 'typeorm';
import type { City, State } from '../domain/geography';

export const StateEntity = new EntitySchema<State>({
  name: 'State',
  tableName: 'state',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    code: { type: 'varchar', length: 10, unique: true },
    name: { type: 'varchar', length: 100 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3, nullable: true },
    deactivatedAt: { name: 'deactivated_at', type: 'datetime', precision: 3, nullable: true },
  },
});

export const CityEntity = new EntitySchema<City>({
  name: 'City',
  tableName: 'city',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    stateId: { name: 'state_id', type: 'varchar', length: 36 },
    code: { type: 'varchar', length: 20, unique: true },
    name: { type: 'varchar', length: 100 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3, nullable: true },
    deactivatedAt: { name: 'deactivated_at', type: 'datetime', precision: 3, nullable: true },
  },
});
