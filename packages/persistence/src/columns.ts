import type { QueryRunner, TableColumnOptions } from 'typeorm';
import type { Dialect } from './database';

/** The dialect a migration is running on. */
export function dialectOf(queryRunner: QueryRunner): Dialect {
  return queryRunner.connection.options.type === 'mysql' ? 'mysql' : 'sqlite';
}

/**
 * Column builders for migrations that must run on both MySQL and SQLite. They pick types both engines
 * accept and store the same way (UUIDs as strings, instants as UTC datetime with milliseconds).
 */
export function columns(queryRunner: QueryRunner) {
  const mysql = dialectOf(queryRunner) === 'mysql';
  return {
    uuid: (name = 'id', primary = name === 'id'): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: '36',
      isPrimary: primary,
    }),
    string: (name: string, length = 255, nullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable: nullable,
    }),
    text: (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: mysql ? 'mediumtext' : 'text',
      isNullable: nullable,
    }),
    int: (name: string, nullable = false, defaultValue?: number): TableColumnOptions => ({
      name,
      type: 'int',
      isNullable: nullable,
      default: defaultValue,
    }),
    /** An auto-increment primary key that orders rows by insertion. */
    sequence: (name = 'seq'): TableColumnOptions => ({
      name,
      type: mysql ? 'bigint' : 'integer',
      isPrimary: true,
      isGenerated: true,
      generationStrategy: 'increment',
    }),
    instant: (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: 'datetime',
      precision: 3,
      isNullable: nullable,
    }),
  };
}
