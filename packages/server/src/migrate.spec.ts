import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EntitySchema, Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { loadServiceEnv } from '@oms/config';
import { Database } from '@oms/persistence';
import { migrateServiceDatabase } from './migrate';

class CreateWidget1800000000000 implements MigrationInterface {
  name = 'CreateWidget1800000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'widget',
        columns: [{ name: 'id', type: 'varchar', length: '36', isPrimary: true }],
      }),
    );
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('widget');
  }
}

const Widget = new EntitySchema<{ id: string }>({
  name: 'Widget',
  tableName: 'widget',
  columns: { id: { type: 'varchar', length: 36, primary: true } },
});

/** The `migrate` command on the embedded (SQLite) database; the MySQL path and its lock run in e2e/test. */
describe('migrateServiceDatabase on SQLite', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'oms-migrate-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const env = loadServiceEnv({ DATA_DIR: dataDir, GATEWAY_PROOF_PUBLIC_KEYS: 'unused' });
  const module = { name: 'orders' as const, entities: [Widget], migrations: [CreateWidget1800000000000] };

  it('applies the shared and the service migrations once, then finds nothing to do', async () => {
    const first = await migrateServiceDatabase(module, env);
    expect(first.service).toBe('orders');
    expect(first.applied.length).toBeGreaterThan(1);
    expect(first.applied.at(-1)).toBe('CreateWidget1800000000000');
    expect(first.recorded).toBe(first.applied.length);
    expect(first.latest).toBe('CreateWidget1800000000000');

    const again = await migrateServiceDatabase(module, env);
    expect(again).toEqual({ ...first, applied: [] });
  });

  it('leaves a schema the service opens without pending migrations', async () => {
    const db = await Database.open({
      service: 'orders',
      dataDir,
      entities: [Widget],
      migrations: [],
      runMigrations: false,
    });
    try {
      await expect(db.manager.query('SELECT COUNT(*) AS n FROM widget')).resolves.toEqual([{ n: 0 }]);
    } finally {
      await db.close();
    }
  });
});
