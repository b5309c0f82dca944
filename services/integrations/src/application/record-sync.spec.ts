import type { EntityManager } from 'typeorm';
import { syncRecorded, type EventDefinition } from '@oms/contracts';
import type { OutboxWriter, Transaction } from '@oms/messaging';
import { aLeadCreated } from '../../test/lead-created.builder';
import { leadSyncRecord } from '../domain/lead-sync';
import type { SyncRecord, SyncSystem } from '../domain/sync-record';
import type { SyncRecordRepository } from '../persistence/sync-record.repository';
import { RecordSync } from './record-sync';

/** An in-memory stand-in for the repository, with the same (system, event id) uniqueness. */
function memoryRepository(): { repo: SyncRecordRepository; rows: SyncRecord[] } {
  const rows: SyncRecord[] = [];
  const repo = {
    bySystemAndEvent: async (_em: EntityManager, system: SyncSystem, eventId: string) =>
      rows.find((r) => r.system === system && r.eventId === eventId) ?? null,
    insert: async (_em: EntityManager, record: SyncRecord) => {
      if (rows.some((r) => r.system === record.system && r.eventId === record.eventId)) {
        throw new Error('duplicate (system, event_id)');
      }
      rows.push(record);
    },
  };
  return { repo: repo as unknown as SyncRecordRepository, rows };
}

/** A transaction whose outbox only remembers what was published. */
function recordingTransaction() {
  const published: { def: EventDefinition; aggregateId: string; payload: unknown }[] = [];
  const events = {
    publish: async (def: EventDefinition, aggregateId: string, payload: unknown) => {
      published.push({ def, aggregateId, payload });
    },
  } as unknown as OutboxWriter;
  const tx: Transaction = {
    em: {} as EntityManager,
    events,
    context: { correlationId: 'c-1', causationId: null, actor: { kind: 'SYSTEM', id: 'system' } },
  };
  return { tx, published };
}

describe('RecordSync', () => {
  const now = new Date('2026-11-22T10:15:01.000Z');

  it('stores the record and publishes sync.recorded keyed by the record id, matching the contract', async () => {
    const { repo, rows } = memoryRepository();
    const { tx, published } = recordingTransaction();
    const event = aLeadCreated().build();
    const outcome = await new RecordSync(repo).execute(tx, leadSyncRecord(event, 'rec-1', now));

    expect(outcome.created).toBe(true);
    expect(rows.map((r) => r.id)).toEqual(['rec-1']);
    expect(published).toHaveLength(1);
    expect(published[0].def).toBe(syncRecorded);
    expect(published[0].aggregateId).toBe('rec-1');
    expect(syncRecorded.payload.parse(published[0].payload)).toEqual({
      syncRecordId: 'rec-1',
      eventId: event.id,
      eventType: 'lead.created',
      system: 'LMS',
      createdAt: now.toISOString(),
    });
  });

  it('keeps the first record and publishes nothing when the same event arrives again', async () => {
    const { repo, rows } = memoryRepository();
    const { tx, published } = recordingTransaction();
    const event = aLeadCreated().build();
    const useCase = new RecordSync(repo);
    await useCase.execute(tx, leadSyncRecord(event, 'rec-1', now));
    const again = await useCase.execute(tx, leadSyncRecord(event, 'rec-2', now));

    expect(again).toEqual({ record: rows[0], created: false });
    expect(again.record.id).toBe('rec-1');
    expect(rows).toHaveLength(1);
    expect(published).toHaveLength(1);
  });
});
