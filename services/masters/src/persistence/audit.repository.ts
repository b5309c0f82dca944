import type { EntityManager } from 'typeorm';
import { paginateBy, type Page } from '@oms/persistence';
import type { AuditEntry } from '../domain/audit';
import { AuditEntryEntity, type AuditEntryRow } from './audit.entities';

/** What the audit trail can be filtered by. */
export interface AuditFilter {
  entityType?: string | null;
  entityId?: string | null;
  actorId?: string | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
}

const toEntry = (row: AuditEntryRow): AuditEntry => ({
  ...row,
  before: row.before === null ? null : (JSON.parse(row.before) as Record<string, unknown>),
  after: JSON.parse(row.after) as Record<string, unknown>,
  changedFields: JSON.parse(row.changedFields) as string[],
});

/** Writes and reads the audit trail. */
export class AuditRepository {
  async insert(em: EntityManager, entry: AuditEntry): Promise<void> {
    await em.getRepository(AuditEntryEntity).insert({
      ...entry,
      before: entry.before === null ? null : JSON.stringify(entry.before),
      after: JSON.stringify(entry.after),
      changedFields: JSON.stringify(entry.changedFields),
    });
  }

  /** The latest entry of one record, to take its state before the next change. */
  async latest(em: EntityManager, entityType: string, entityId: string): Promise<AuditEntry | null> {
    const row = await em
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .where('a.entityType = :entityType AND a.entityId = :entityId', { entityType, entityId })
      .orderBy('a.occurredAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .getOne();
    return row ? toEntry(row) : null;
  }

  async byIds(em: EntityManager, ids: readonly string[]): Promise<AuditEntry[]> {
    if (ids.length === 0) return [];
    const rows = await em
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .where('a.id IN (:...ids)', { ids })
      .getMany();
    return rows.map(toEntry);
  }

  /** Newest first, with cursors. */
  async list(
    em: EntityManager,
    args: { filter?: AuditFilter | null; first?: number | null; after?: string | null },
  ): Promise<Page<AuditEntry>> {
    const qb = em.getRepository(AuditEntryEntity).createQueryBuilder('a');
    const f = args.filter ?? {};
    if (f.entityType) qb.andWhere('a.entityType = :entityType', { entityType: f.entityType });
    if (f.entityId) qb.andWhere('a.entityId = :entityId', { entityId: f.entityId });
    if (f.actorId) qb.andWhere('a.actorId = :actorId', { actorId: f.actorId });
    if (f.action) qb.andWhere('a.action = :action', { action: f.action });
    if (f.from) qb.andWhere('a.occurredAt >= :from', { from: f.from });
    if (f.to) qb.andWhere('a.occurredAt < :to', { to: f.to });
    const page = await paginateBy(qb, args, [
      { property: 'occurredAt', direction: 'DESC', type: 'date' },
      { property: 'id', direction: 'DESC', type: 'string' },
    ]);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toEntry(e.node) })) };
  }
}
