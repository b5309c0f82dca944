import { createLogger } from './logger';
import { withLogContext } from './log-context';

/** A logger whose lines are parsed into `lines`. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const logger = createLogger('probe', 'info', {
    write: (line: string) => {
      raw.push(line);
      lines.push(JSON.parse(line) as Record<string, unknown>);
    },
  });
  return { logger, lines, raw };
}

describe('createLogger', () => {
  it('writes JSON lines that name the service', () => {
    const { logger, lines } = capturedLogger();
    logger.info({ orderId: 'o-1' }, 'hello');
    expect(lines).toEqual([expect.objectContaining({ service: 'probe', orderId: 'o-1', msg: 'hello' })]);
    expect(lines[0]).not.toHaveProperty('correlationId');
  });

  it('adds the correlation id of the work in progress to every line, child loggers included', async () => {
    const { logger, lines } = capturedLogger();
    const child = logger.child({ component: 'relay' });
    await withLogContext({ correlationId: 'c-1' }, async () => {
      logger.info('before');
      await new Promise((resolve) => setTimeout(resolve, 1));
      child.warn('after a timer');
    });
    logger.info('outside');
    expect(lines.map((l) => [l.msg, l.correlationId])).toEqual([
      ['before', 'c-1'],
      ['after a timer', 'c-1'],
      ['outside', undefined],
    ]);
    expect(lines[1].component).toBe('relay');
  });

  it('lets nested work add fields and keeps each concurrent unit of work apart', async () => {
    const { logger, lines } = capturedLogger();
    await Promise.all(
      ['a', 'b'].map((id) =>
        withLogContext({ correlationId: id }, async () => {
          await new Promise((resolve) => setTimeout(resolve, id === 'a' ? 5 : 1));
          withLogContext({ correlationId: id, eventId: `e-${id}` }, () => logger.info(id));
        }),
      ),
    );
    expect(lines.map((l) => [l.msg, l.correlationId, l.eventId])).toEqual([
      ['b', 'b', 'e-b'],
      ['a', 'a', 'e-a'],
    ]);
  });

  it('keeps a field the call names itself over the context', () => {
    const { logger, lines, raw } = capturedLogger();
    withLogContext({ correlationId: 'c-1' }, () => logger.info({ correlationId: 'explicit' }, 'x'));
    expect(lines[0].correlationId).toBe('explicit');
    // Written once: a duplicate key would leave readers of the raw line to guess which one counts.
    expect(raw[0].match(/"correlationId"/g)).toHaveLength(1);
  });
});
