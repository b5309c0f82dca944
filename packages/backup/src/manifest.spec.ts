import { SERVICES } from '@oms/contracts';
import {
  FORMAT_VERSION,
  formatManifest,
  memberOf,
  parseManifest,
  sameCounts,
  type Manifest,
} from './manifest';

function aManifest(mode: Manifest['mode'] = 'mysql'): Manifest {
  return {
    format: 'oms-backup',
    formatVersion: FORMAT_VERSION,
    createdAt: '2026-12-07T12:00:00.000Z',
    mode,
    databases: SERVICES.map((service) => ({
      service,
      database: mode === 'mysql' ? `oms_${service}` : `${service}.sqlite`,
      file: memberOf(service, mode),
      sha256: 'a'.repeat(64),
      size: 10,
      tables: { migrations: 3, things: 1 },
      migrations: { count: 3, latest: 'Third1700000000002' },
    })),
  };
}

describe('backup manifest', () => {
  it('reads back what it writes', () => {
    for (const mode of ['mysql', 'embedded'] as const)
      expect(parseManifest(formatManifest(aManifest(mode)))).toEqual(aManifest(mode));
  });

  it('refuses what is not JSON, another format version, or a malformed entry', () => {
    expect(() => parseManifest('{"format":')).toThrow(/manifest.json is not valid JSON/);
    expect(() => parseManifest(JSON.stringify({ ...aManifest(), formatVersion: 2 }))).toThrow(
      /format version 2; this version of the tool reads version 1/,
    );
    const bad = aManifest();
    bad.databases[0].sha256 = 'xyz';
    expect(() => parseManifest(JSON.stringify(bad))).toThrow(/malformed: databases\.0\.sha256/);
  });

  it('refuses a manifest that misses a service, lists one twice or points elsewhere', () => {
    const missing = aManifest();
    missing.databases = missing.databases.filter((d) => d.service !== 'masters');
    expect(() => parseManifest(JSON.stringify(missing))).toThrow(/no database of the masters service/);
    const twice = aManifest();
    twice.databases.push(twice.databases[0]);
    expect(() => parseManifest(JSON.stringify(twice))).toThrow(/lists the orders service 2 times/);
    const elsewhere = aManifest();
    elsewhere.databases[1].file = 'databases/orders.jsonl';
    expect(() => parseManifest(JSON.stringify(elsewhere))).toThrow(
      /names databases\/orders\.jsonl for approvals/,
    );
    const wrongKind = aManifest('embedded');
    wrongKind.databases[0].file = 'databases/orders.jsonl';
    expect(() => parseManifest(JSON.stringify(wrongKind))).toThrow(
      /embedded archive keeps it in databases\/orders\.sqlite/,
    );
  });

  it('compares row counts by table, whatever the key order', () => {
    expect(sameCounts({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameCounts({ a: 1, b: 2 }, { a: 1, b: 3 })).toBe(false);
    expect(sameCounts({ a: 1 }, { a: 1, b: 0 })).toBe(false);
    expect(sameCounts({ a: 1, b: 0 }, { a: 1 })).toBe(false);
  });
});
