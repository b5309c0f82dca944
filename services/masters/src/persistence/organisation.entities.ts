import { EntitySchema } from 'typeorm';
import type { Branch, Zone } from '../domain/organisation';

export const ZoneEntity = new EntitySchema<Zone>({
  name: 'Zone',
  tableName: 'zone',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    code: { type: 'varchar', length: 20, unique: true },
    name: { type: 'varchar', length: 100 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3, nullable: true },
    deactivatedAt: { name: 'deactivated_at', type: 'datetime', precision: 3, nullable: true },
  },
});

/** A branch row; its cities live in `branch_city`. */
export type BranchRow = Omit<Branch, 'cityIds'>;

export const BranchEntity = new EntitySchema<BranchRow>({
  name: 'Branch',
  tableName: 'branch',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    code: { type: 'varchar', length: 20, unique: true },
    name: { type: 'varchar', length: 100 },
    zoneId: { name: 'zone_id', type: 'varchar', length: 36 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3, nullable: true },
    deactivatedAt: { name: 'deactivated_at', type: 'datetime', precision: 3, nullable: true },
  },
});

/** One city a branch serves. */
export interface BranchCityRow {
  branchId: string;
  cityId: string;
}

export const BranchCityEntity = new EntitySchema<BranchCityRow>({
  name: 'BranchCity',
  tableName: 'branch_city',
  columns: {
    branchId: { name: 'branch_id', type: 'varchar', length: 36, primary: true },
    cityId: { name: 'city_id', type: 'varchar', length: 36, primary: true },
  },
});
