import { EntitySchema } from 'typeorm';
import type { ReferenceItem } from '../domain/reference-lists';

/** Every reference list in one table; `list_kind` says which list a row belongs to. */
export const ReferenceItemEntity = new EntitySchema<ReferenceItem>({
  name: 'ReferenceItem',
  tableName: 'reference_item',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    list: { name: 'list_kind', type: 'varchar', length: 30 },
    code: { type: 'varchar', length: 30 },
    name: { type: 'varchar', length: 100 },
    description: { type: 'varchar', length: 500, nullable: true },
    sortOrder: { name: 'sort_order', type: 'int' },
    days: { type: 'int', nullable: true },
    months: { type: 'int', nullable: true },
    charge: { type: 'varchar', length: 10, nullable: true },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3, nullable: true },
    deactivatedAt: { name: 'deactivated_at', type: 'datetime', precision: 3, nullable: true },
  },
  uniques: [{ name: 'ux_reference_item_list_code', columns: ['list', 'code'] }],
});
