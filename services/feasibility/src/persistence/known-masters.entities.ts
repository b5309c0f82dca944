import { EntitySchema, type ValueTransformer } from 'typeorm';
import type { KnownBranch, KnownBso, KnownBsoCitySetting } from '../domain/known-masters';

/** Stores a list as JSON text (the same on MySQL and SQLite). */
export const json: ValueTransformer = {
  to: (value: unknown) => (value === undefined || value === null ? value : JSON.stringify(value)),
  from: (value: unknown) => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value),
};

export const KnownBsoEntity = new EntitySchema<KnownBso>({
  name: 'KnownBso',
  tableName: 'known_bso',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    code: { type: 'varchar', length: 20 },
    name: { type: 'varchar', length: 100 },
    active: { type: 'boolean' },
  },
});

export const KnownBsoCitySettingEntity = new EntitySchema<KnownBsoCitySetting>({
  name: 'KnownBsoCitySetting',
  tableName: 'known_bso_city_setting',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    bsoId: { name: 'bso_id', type: 'varchar', length: 36 },
    cityId: { name: 'city_id', type: 'varchar', length: 36 },
    to: { name: 'to_addresses', type: 'text', transformer: json },
    cc: { name: 'cc_addresses', type: 'text', transformer: json },
    tatHours: { name: 'tat_hours', type: 'int' },
    active: { type: 'boolean' },
  },
});

export const KnownBranchEntity = new EntitySchema<KnownBranch>({
  name: 'KnownBranch',
  tableName: 'known_branch',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    code: { type: 'varchar', length: 20 },
    name: { type: 'varchar', length: 100 },
    cityIds: { name: 'city_ids', type: 'text', transformer: json },
    active: { type: 'boolean' },
  },
});
