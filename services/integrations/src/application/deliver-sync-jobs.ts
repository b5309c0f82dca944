import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR } from '@oms/contracts';
import type { Database } from '@oms/persistence';
import type { UnitOfWork } from '@oms/messaging';
import { deliverDue } from './deliver-due';
import { judgeAttempt, type RetryPolicy } from '../domain/delivery';
import type { SyncAttempt } from '../domain/sync-attempt';
import { afterSyncAttempt, recordedLocally } from '../domain/sync-job';
import type { SyncRecord, SyncSystem } from '../domain/sync-record';
import type { PostResult } from '../delivery/http-connector';
import type { ConnectorSetting } from '../settings';
import type { SyncRecordRepository } from '../persistence/sync-record.repository';

/** Posts one job's body to its system. */
export type PostJob = (
  setting: ConnectorSetting & { url: string },
  jobId: string,
  body: string,
) => Promise<PostResult>;

/**
 * One pass of the sync sender: every due job (PENDING, or FAILED with its next attempt due) is claimed,
 * delivered to its system's URL (or, without one, recorded locally as RECORDED), and its outcome and the
 * attempt written in one transaction: DELIVERED, FAILED with the backoff's next attempt, or DEAD.
 */
export class DeliverSyncJobs {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    private readonly repo: SyncRecordRepository,
    private readonly connectors: Record<SyncSystem, ConnectorSetting>,
    private readonly policy: RetryPolicy,
    private readonly post: PostJob,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Delivers what is due; resolves with how many it attempted. */
  runOnce(): Promise<number> {
    return deliverDue(this.db, this.repo, (item) => this.attempt(item), this.clock);
  }

  private async attempt(job: SyncRecord): Promise<void> {
    const setting = this.connectors[job.system];
    const attemptNo = job.attempts + 1;
    let next: SyncRecord;
    let attempt: Omit<SyncAttempt, 'id' | 'syncRecordId' | 'attempt' | 'attemptedAt'>;
    const startedAt = this.clock();
    if (!setting.url) {
      next = recordedLocally(job, startedAt);
      attempt = { outcome: 'RECORDED', statusCode: null, error: null, durationMs: 0 };
    } else {
      const result = await this.post({ ...setting, url: setting.url }, job.id, job.payload ?? '{}');
      const now = this.clock();
      next = afterSyncAttempt(job, judgeAttempt(job.attempts, result.outcome, now, this.policy), now);
      attempt = {
        outcome:
          result.outcome.kind === 'delivered'
            ? 'DELIVERED'
            : result.outcome.kind === 'permanent'
              ? 'REFUSED'
              : 'FAILED',
        statusCode: result.statusCode,
        error: result.outcome.kind === 'delivered' ? null : result.outcome.error,
        durationMs: result.durationMs,
      };
    }
    await this.uow.run(
      { correlationId: job.correlationId, causationId: job.eventId, actor: SYSTEM_ACTOR },
      async (tx) => {
        await this.repo.save(tx.em, next);
        await this.repo.insertAttempt(tx.em, {
          id: randomUUID(),
          syncRecordId: job.id,
          attempt: attemptNo,
          attemptedAt: startedAt,
          ...attempt,
        });
      },
    );
  }
}
