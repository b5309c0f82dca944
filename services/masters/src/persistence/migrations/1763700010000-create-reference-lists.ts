import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';
import { insertRows, seedInstant } from './seed-rows';

type Seed = [code: string, name: string, attribute?: number | string];

/**
 * The initial items of each list, in dropdown order. Ids are fixed (`5eed…-00000000LLII`: list LL, item II)
 * so that every installation has the same ids for them.
 */
const SEEDS: Record<string, { attribute?: 'days' | 'months' | 'charge'; items: Seed[] }> = {
  TERMINATION_REASON: {
    items: [
      ['RELOCATION', 'Customer is relocating'],
      ['BUSINESS_CLOSURE', 'Customer business closed'],
      ['SERVICE_QUALITY', 'Dissatisfied with service quality'],
      ['COMMERCIAL', 'Price or commercial reasons'],
      ['COMPETITOR', 'Moved to another provider'],
    ],
  },
  CANCELLATION_REASON: {
    items: [
      ['CUSTOMER_REQUEST', 'Cancelled at customer request'],
      ['NOT_FEASIBLE', 'Not technically feasible'],
      ['COMMERCIAL', 'Commercial terms not agreed'],
      ['DUPLICATE_ORDER', 'Duplicate order'],
    ],
  },
  REJECTION_REASON: {
    items: [
      ['INCOMPLETE_DOCUMENTS', 'Documents incomplete'],
      ['INCORRECT_DETAILS', 'Order details incorrect'],
      ['PRICE_BELOW_FLOOR', 'Price below the approved floor'],
      ['CREDIT_CHECK_FAILED', 'Credit check failed'],
    ],
  },
  OTHER_REQUIREMENT_TYPE: {
    items: [
      ['BILLING_CYCLE_CHANGE', 'Billing cycle change'],
      ['BACKUP_LINK', 'Backup link'],
      ['DEMO_UPGRADE', 'Demo upgrade'],
      ['CUSTOMER_NAME_CHANGE', 'Customer name change'],
      ['IP_ADDITION', 'Additional IP addresses'],
    ],
  },
  DELIVERY_MODE: {
    items: [
      ['FIBER', 'Fiber'],
      ['RF', 'RF (radio)'],
      ['COPPER', 'Copper'],
    ],
  },
  PAYMENT_TERM: {
    attribute: 'days',
    items: [
      ['ADVANCE', 'In advance', 0],
      ['NET15', 'Net 15 days', 15],
      ['NET30', 'Net 30 days', 30],
    ],
  },
  BILLING_CYCLE: {
    attribute: 'months',
    items: [
      ['MONTHLY', 'Monthly', 1],
      ['QUARTERLY', 'Quarterly', 3],
      ['HALF_YEARLY', 'Half-yearly', 6],
      ['YEARLY', 'Yearly', 12],
    ],
  },
  PRICE_COMPONENT: {
    attribute: 'charge',
    items: [
      ['OTC', 'One-time charge', 'ONE_TIME'],
      ['MRC', 'Monthly recurring charge', 'RECURRING'],
      ['ARC', 'Annual recurring charge', 'RECURRING'],
    ],
  },
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The reference lists (reasons, delivery modes, payment terms, billing cycles, ...) in one table, seeded. */
export class CreateReferenceLists1763700010000 implements MigrationInterface {
  name = 'CreateReferenceLists1763700010000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'reference_item',
        columns: [
          c.uuid('id'),
          c.string('list_kind', 30),
          c.string('code', 30),
          c.string('name', 100),
          c.string('description', 500, true),
          c.int('sort_order'),
          c.int('days', true),
          c.int('months', true),
          c.string('charge', 10, true),
          c.instant('created_at'),
          c.instant('updated_at', true),
          c.instant('deactivated_at', true),
        ],
        indices: [
          new TableIndex({
            name: 'ux_reference_item_list_code',
            columnNames: ['list_kind', 'code'],
            isUnique: true,
          }),
          // The list order: sort order, then code, then id.
          new TableIndex({
            name: 'ix_reference_item_list_order',
            columnNames: ['list_kind', 'sort_order', 'code', 'id'],
          }),
        ],
      }),
    );
    const createdAt = seedInstant(new Date(1763700010000));
    const lists = Object.entries(SEEDS);
    for (const [l, [list, { attribute, items }]] of lists.entries()) {
      await insertRows(
        queryRunner,
        'reference_item',
        items.map(([code, name, value], i) => ({
          id: `5eed0000-0000-4000-8000-00000000${pad(l + 1)}${pad(i + 1)}`,
          list_kind: list,
          code,
          name,
          description: null,
          sort_order: (i + 1) * 10,
          days: attribute === 'days' ? (value ?? null) : null,
          months: attribute === 'months' ? (value ?? null) : null,
          charge: attribute === 'charge' ? (value ?? null) : null,
          created_at: createdAt,
          updated_at: null,
          deactivated_at: null,
        })),
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('reference_item');
  }
}
