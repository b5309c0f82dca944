import { z } from 'zod';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import { requeued, retryRefusal, type MailMessage } from '../domain/mail-message';
import { replayed, replayRefusal } from '../domain/sync-job';
import type { SyncRecord } from '../domain/sync-record';
import type { MailRepository } from '../persistence/mail.repository';
import type { SyncRecordRepository } from '../persistence/sync-record.repository';

const byId = z.object({ id: z.string().trim().min(1, 'is required').max(36) });

/** The code of a replay or retry of something that is not a dead letter. */
export const NOT_DEAD = 'NOT_DEAD';

/** Puts a DEAD sync job back in the queue (PENDING, due now, attempts counted afresh). */
export class ReplaySyncJob {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: SyncRecordRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<SyncRecord>> {
    const parsed = parseInput(byId, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [job] = await this.repo.byIds(tx.em, [parsed.value.id]);
      if (!job) return fail(userError(ErrorCode.NOT_FOUND, 'No such sync job', ['input', 'id']));
      const refusal = replayRefusal(job);
      if (refusal) return fail(userError(NOT_DEAD, refusal, ['input', 'id']));
      const next = replayed(job, new Date());
      await this.repo.save(tx.em, next);
      return ok(next);
    });
  }
}

/** Queues a DEAD mail again (QUEUED, due now, attempts counted afresh). */
export class RetryMail {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: MailRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<MailMessage>> {
    const parsed = parseInput(byId, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [mail] = await this.repo.byIds(tx.em, [parsed.value.id]);
      if (!mail) return fail(userError(ErrorCode.NOT_FOUND, 'No such mail', ['input', 'id']));
      const refusal = retryRefusal(mail);
      if (refusal) return fail(userError(NOT_DEAD, refusal, ['input', 'id']));
      const next = requeued(mail, new Date());
      await this.repo.save(tx.em, next);
      return ok(next);
    });
  }
}
