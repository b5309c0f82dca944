// The part of sql.js (SQLite compiled to WebAssembly, no native build) this package uses; sql.js ships no types.
declare module 'sql.js' {
  export type SqlValue = number | string | Uint8Array | null;
  export interface QueryExecResult {
    columns: string[];
    values: SqlValue[][];
  }
  export interface SqlJsDatabase {
    exec(sql: string): QueryExecResult[];
    export(): Uint8Array;
    close(): void;
  }
  export interface SqlJsStatic {
    Database: new (data?: Uint8Array) => SqlJsDatabase;
  }
  export default function initSqlJs(): Promise<SqlJsStatic>;
}
