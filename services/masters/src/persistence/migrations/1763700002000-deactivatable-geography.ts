import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';

/** States and cities can be renamed and deactivated (never deleted). */
export class DeactivatableGeography1763700002000 implements MigrationInterface {
  name = 'DeactivatableGeography1763700002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    for (const table of ['state', 'city']) {
      await queryRunner.addColumns(table, [
        new TableColumn(c.instant('updated_at', true)),
        new TableColumn(c.instant('deactivated_at', true)),
      ]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['city', 'state']) {
      await queryRunner.dropColumn(table, 'deactivated_at');
      await queryRunner.dropColumn(table, 'updated_at');
    }
  }
}
