import { createHash } from 'node:crypto';
import { IsNull, type QueryRunner } from 'typeorm';
import type { Logger } from '@oms/config';
import type { Database } from '@oms/persistence';
import { OutboxEntity, type OutboxRow } from './tables';
import type { MessageTransport } from './transport';

/** Settings of a service's outbox relay. */
export interface RelayOptions {
  service: string;
  pollMs: number;
  batchSize: number;
  logger: Logger;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Publishes a service's outbox in commit order and marks rows published once the transport acknowledged
 * them. A crash between publish and mark republishes those rows on restart (consumers deduplicate). On
 * MySQL only one replica relays at a time (a named lock held on a dedicated connection), which keeps the
 * order per aggregate across replicas.
 */
export class OutboxRelay {
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private pending = false;
  private lockRunner: QueryRunner | null = null;
  private lockName: string | null = null;
  private failures = 0;
  /** Rows published since start; read by metrics and tests. */
  published = 0;

  constructor(
    private readonly db: Database,
    private readonly transport: MessageTransport,
    private readonly options: RelayOptions,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Asks for a publish pass now instead of at the next poll (called after a commit that wrote events). */
  nudge(): void {
    this.pending = true;
    this.wake?.();
  }

  /** Finishes the pass in progress, then stops. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.releaseLock();
  }

  /** Publishes everything currently in the outbox (one caller at a time). Returns how many rows went out. */
  async drainOnce(): Promise<number> {
    if (!(await this.holdLock())) return 0;
    let total = 0;
    for (;;) {
      // Read inside a transaction: on SQLite that queues the read behind a use case's open transaction
      // (sql.js has one connection, so a plain read would see, and publish, rows that may still roll back).
      const rows = await this.db.transaction((em) =>
        em.getRepository(OutboxEntity).find({
          where: { publishedAt: IsNull() },
          order: { seq: 'ASC' },
          take: this.options.batchSize,
        }),
      );
      if (rows.length === 0) return total;
      await this.transport.publish(rows.map((r) => toMessage(r)));
      await this.db.transaction((em) =>
        em.getRepository(OutboxEntity).update(
          rows.map((r) => r.seq),
          { publishedAt: new Date() },
        ),
      );
      total += rows.length;
      this.published += rows.length;
      if (rows.length < this.options.batchSize) return total;
    }
  }

  /** How many events are committed but not yet published. */
  backlog(): Promise<number> {
    return this.db.transaction((em) =>
      em.getRepository(OutboxEntity).count({ where: { publishedAt: IsNull() } }),
    );
  }

  /**
   * The unpublished events and when the oldest of them was written (for metrics). Both reads use the
   * `(published_at, seq)` index, so they stay cheap however long the published history grows.
   */
  async backlogStatus(): Promise<{ events: number; oldestCreatedAt: Date | null }> {
    return this.db.read(async (em) => {
      const repo = em.getRepository(OutboxEntity);
      const [events, oldest] = await Promise.all([
        repo.count({ where: { publishedAt: IsNull() } }),
        repo.findOne({
          select: { seq: true, createdAt: true },
          where: { publishedAt: IsNull() },
          order: { seq: 'ASC' },
        }),
      ]);
      return { events, oldestCreatedAt: oldest?.createdAt ?? null };
    });
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.pending = false;
      try {
        await this.drainOnce();
        this.failures = 0;
      } catch (err) {
        this.failures += 1;
        this.options.logger.warn({ err, failures: this.failures }, 'outbox relay pass failed; will retry');
        await this.releaseLock();
      }
      if (!this.running) break;
      if (this.pending) continue;
      const delay =
        this.failures > 0 ? Math.min(this.options.pollMs * 2 ** this.failures, 10000) : this.options.pollMs;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
      if (this.failures > 0 && this.pending) await sleep(50);
    }
  }

  private async holdLock(): Promise<boolean> {
    if (this.db.dialect !== 'mysql') return true;
    if (this.lockRunner) {
      // Re-check each pass: if our connection died the lock went with it and another replica may hold it.
      const [check] = (await this.lockRunner.query('SELECT IS_USED_LOCK(?) = CONNECTION_ID() AS mine', [
        this.lockName,
      ])) as { mine: number | string | null }[];
      if (Number(check?.mine) === 1) return true;
      await this.releaseLock();
    }
    const runner = this.db.dataSource.createQueryRunner();
    await runner.connect();
    let row: { got: number | string | null } | undefined;
    try {
      this.lockName ??= await relayLockName(runner, this.options.service);
      [row] = (await runner.query('SELECT GET_LOCK(?, 0) AS got', [this.lockName])) as (typeof row)[];
    } catch (err) {
      await runner.release();
      throw err;
    }
    if (Number(row?.got) === 1) {
      this.lockRunner = runner;
      return true;
    }
    await runner.release();
    return false;
  }

  private async releaseLock(): Promise<void> {
    const runner = this.lockRunner;
    this.lockRunner = null;
    if (!runner) return;
    try {
      await runner.query('SELECT RELEASE_LOCK(?)', [this.lockName]);
    } catch {
      // The connection is gone, and the lock with it.
    }
    await runner.release().catch(() => undefined);
  }
}

/**
 * The name of a service's relay lock. MySQL named locks are server-wide, so the name includes the database:
 * relays of other databases on the same server (other environments, parallel test runs) must not block this
 * one. Hashed because MySQL limits lock names to 64 characters.
 */
async function relayLockName(runner: QueryRunner, service: string): Promise<string> {
  const [row] = (await runner.query('SELECT DATABASE() AS db')) as { db: string | null }[];
  const digest = createHash('sha1')
    .update(`${row?.db ?? ''}/${service}`)
    .digest('hex');
  return `oms_relay_${digest}`;
}

function toMessage(row: OutboxRow) {
  return {
    topic: row.topic,
    key: row.messageKey,
    value: row.envelope,
    headers: { 'event-id': row.id, 'event-type': row.eventType },
  };
}
