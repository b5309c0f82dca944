import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';

/** Login sessions, their refresh tokens (hashed) and failed-login throttling. */
export class CreateAuth1763700040000 implements MigrationInterface {
  name = 'CreateAuth1763700040000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'auth_session',
        columns: [
          c.uuid('id'),
          c.string('user_id', 36),
          c.instant('created_at'),
          c.instant('expires_at'),
          c.instant('revoked_at', true),
          c.string('revoked_reason', 40, true),
        ],
        indices: [new TableIndex({ name: 'ix_auth_session_user', columnNames: ['user_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'refresh_token',
        columns: [
          { ...c.string('token_hash', 64), isPrimary: true },
          c.string('session_id', 36),
          c.instant('issued_at'),
          c.instant('used_at', true),
        ],
        indices: [new TableIndex({ name: 'ix_refresh_token_session', columnNames: ['session_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'login_throttle',
        columns: [
          { ...c.string('email_key', 64), isPrimary: true },
          c.int('failures'),
          c.instant('locked_until', true),
          c.instant('last_failure_at', true),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('login_throttle');
    await queryRunner.dropTable('refresh_token');
    await queryRunner.dropTable('auth_session');
  }
}
