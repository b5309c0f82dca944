import { createLogger, type ServiceEnv } from '@oms/config';
import { EventConsumer, InProcessTransport, UnitOfWork } from '@oms/messaging';
import type { RequestContext } from './request-context';
import { consumerOptionsOf, openServiceDatabase, type ServiceModule } from './service-runtime';

/** How the command answers: one JSON object per line, so an operator can read it and a script can parse it. */
export type CommandOutput = (line: Record<string, unknown>) => void;

const USAGE = 'usage: dead-letters list | dead-letters replay <id> [<id> ...] | dead-letters replay --all';

/** Whether something answers on the service's own port (the service itself, still running). */
async function answers(port: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

/**
 * `dead-letters list` prints the events this service's consumer gave up on; `dead-letters replay <id>…`
 * (or `--all`) applies them again once their cause is fixed, through the same path a delivered event takes:
 * validated, applied with its inbox row, the events it causes written to the outbox, the dead letter removed,
 * all in one transaction. It runs beside a service on MySQL, whose relay then publishes what a replay wrote;
 * on SQLite (the embedded default) the system must be stopped first, since the file has one writer.
 * Returns the exit code: 0 all done, 1 a replay failed (its dead letter stays as it was), 2 bad usage.
 */
export async function runDeadLetterCommand<C extends RequestContext>(
  module: ServiceModule<C>,
  env: ServiceEnv,
  args: string[],
  write: CommandOutput,
): Promise<number> {
  const [action, ...rest] = args;
  const ids = rest.filter((a) => a !== '--all');
  const all = rest.includes('--all');
  if (action !== 'list' && !(action === 'replay' && (all ? ids.length === 0 : ids.length > 0))) {
    write({ error: USAGE });
    return 2;
  }
  if (!env.DATABASE_URL && (await answers(env.PORT))) {
    write({
      error: `${module.name} is running on port ${env.PORT} with its SQLite file: stop it first, then replay`,
    });
    return 1;
  }
  const logger = createLogger(module.name, env.LOG_LEVEL);
  const db = await openServiceDatabase(module, env);
  try {
    const uow = new UnitOfWork(db, env.TOPIC_SUFFIX, () => undefined);
    const wiring = module.wire({ db, uow, env, logger });
    const options = consumerOptionsOf(module, wiring, env, logger);
    if (!options) {
      write({ service: module.name, deadLetters: 0, note: 'this service consumes no events' });
      return 0;
    }
    // Never started: a replay reads and writes the database only.
    const consumer = new EventConsumer(db, new InProcessTransport(), options);
    if (action === 'list') {
      const rows = await consumer.deadLetters(1000);
      for (const row of rows) {
        const { id, topic, eventType, eventId, attempts, error, createdAt } = row;
        write({ id, topic, eventType, eventId, attempts, error, createdAt: createdAt.toISOString() });
      }
      write({ service: module.name, deadLetters: rows.length });
      return 0;
    }
    const targets = all ? (await consumer.deadLetters(1000)).map((r) => r.id) : ids;
    let failed = 0;
    for (const id of targets) {
      try {
        write({ id, outcome: await consumer.replayDeadLetter(id) });
      } catch (err) {
        failed += 1;
        write({ id, error: err instanceof Error ? err.message : String(err) });
      }
    }
    write({ service: module.name, replayed: targets.length - failed, failed });
    return failed > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}
