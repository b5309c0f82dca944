import { EntitySchema, type ValueTransformer } from 'typeorm';
import type { Bso, BsoCitySetting, BsoMailSetting } from '../domain/bso';

/** Stores a list as JSON text (works the same on MySQL and SQLite). */
const json: ValueTransformer = {
  to: (value: unknown) => (value === undefined ? undefined : JSON.stringify(value)),
  from: (value: unknown) => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value),
};

export const BsoEntity = new EntitySchema<Bso>({
  name: 'Bso',
  tableName: 'bso',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    code: { type: 'varchar', length: 20, unique: true },
    name: { type: 'varchar', length: 100 },
    contacts: { type: 'text', transformer: json },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3, nullable: true },
    deactivatedAt: { name: 'deactivated_at', type: 'datetime', precision: 3, nullable: true },
  },
});

/**
 * A BSO city setting row. `activePair` is `<bsoId>|<cityId>` while the setting is active and null once it
 * is deactivated; its unique index lets only one active setting exist per BSO and city, on both engines
 * (both allow many nulls in a unique index), while deactivated ones stay as history.
 */
export type BsoCitySettingRow = BsoCitySetting & { activePair: string | null };

export const BsoCitySettingEntity = new EntitySchema<BsoCitySettingRow>({
  name: 'BsoCitySetting',
  tableName: 'bso_city_setting',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    bsoId: { name: 'bso_id', type: 'varchar', length: 36 },
    cityId: { name: 'city_id', type: 'varchar', length: 36 },
    activePair: { name: 'active_pair', type: 'varchar', length: 73, nullable: true, unique: true },
    to: { name: 'to_addresses', type: 'text', transformer: json },
    cc: { name: 'cc_addresses', type: 'text', transformer: json },
    tatHours: { name: 'tat_hours', type: 'int' },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3, nullable: true },
    deactivatedAt: { name: 'deactivated_at', type: 'datetime', precision: 3, nullable: true },
  },
});

/** What `scope` holds for the default mail setting (the one with no BSO). */
export const DEFAULT_MAIL_SCOPE = 'DEFAULT';

/**
 * A BSO mail setting row. `scope` is the BSO id, or `DEFAULT` for the default setting; its unique index
 * allows one setting per BSO and one default (a unique `bso_id` would allow many nulls).
 */
export type BsoMailSettingRow = BsoMailSetting & { scope: string };

export const BsoMailSettingEntity = new EntitySchema<BsoMailSettingRow>({
  name: 'BsoMailSetting',
  tableName: 'bso_mail_setting',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    bsoId: { name: 'bso_id', type: 'varchar', length: 36, nullable: true },
    scope: { type: 'varchar', length: 36, unique: true },
    senderEmail: { name: 'sender_email', type: 'varchar', length: 254 },
    senderName: { name: 'sender_name', type: 'varchar', length: 100 },
    subjectTemplate: { name: 'subject_template', type: 'varchar', length: 200 },
    bodyTemplate: { name: 'body_template', type: 'text' },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3, nullable: true },
  },
});
