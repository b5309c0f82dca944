import { archiveNameAt, archivesToPrune, parseArchiveName, type ArchiveFile } from './retention';

const at = (iso: string, sequence = 0): ArchiveFile =>
  parseArchiveName(archiveNameAt(new Date(iso), sequence))!;
const names = (files: ArchiveFile[]) => files.map((f) => f.name).sort();

describe('archive names and retention', () => {
  it('names an archive after its UTC second and reads the time back', () => {
    const name = archiveNameAt(new Date('2026-12-07T12:00:00.123Z'));
    expect(name).toBe('oms-backup-20261207T120000Z.tar.gz');
    expect(parseArchiveName(name)?.createdAt.toISOString()).toBe('2026-12-07T12:00:00.000Z');
    expect(archiveNameAt(new Date('2026-12-07T12:00:00Z'), 2)).toBe('oms-backup-20261207T120000Z-2.tar.gz');
    expect(parseArchiveName('oms-backup-20261207T120000Z-2.tar.gz')?.createdAt.toISOString()).toBe(
      '2026-12-07T12:00:00.000Z',
    );
  });

  it('leaves files that are not archives alone', () => {
    for (const other of [
      'notes.txt',
      'oms-backup-2026.tar.gz',
      '.work-abc',
      'oms-backup-20261207T120000Z.tar',
    ])
      expect(parseArchiveName(other)).toBeNull();
  });

  it('prunes archives older than the retention days', () => {
    const now = new Date('2026-12-15T02:00:00Z');
    const archives = [
      at('2026-12-01T02:00:00Z'),
      at('2026-12-01T02:00:01Z'),
      at('2026-12-08T01:59:59Z'),
      at('2026-12-08T02:00:00Z'),
      at('2026-12-14T02:00:00Z'),
    ];
    expect(names(archivesToPrune(archives, now, { days: 7 }))).toEqual([
      'oms-backup-20261201T020000Z.tar.gz',
      'oms-backup-20261201T020001Z.tar.gz',
      'oms-backup-20261208T015959Z.tar.gz',
    ]);
  });

  it('with a count keeps only the newest archives, and the archive just written always stays', () => {
    const now = new Date('2026-12-15T02:00:00Z');
    const archives = [
      at('2026-12-12T02:00:00Z'),
      at('2026-12-13T02:00:00Z'),
      at('2026-12-14T02:00:00Z', 10),
      at('2026-12-14T02:00:00Z'),
      at('2026-12-14T02:00:00Z', 2),
    ];
    // Of one second, the later sequence numbers are the newer archives.
    expect(names(archivesToPrune(archives, now, { days: 30, count: 2 }))).toEqual([
      'oms-backup-20261212T020000Z.tar.gz',
      'oms-backup-20261213T020000Z.tar.gz',
      'oms-backup-20261214T020000Z.tar.gz',
    ]);
    // A clock set back makes the new archive look old: it is kept nonetheless.
    const fresh = at('2020-01-01T00:00:00Z');
    expect(archivesToPrune([fresh], now, { days: 1, count: 1 }, fresh.name)).toEqual([]);
  });
});
