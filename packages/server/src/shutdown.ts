import { ConfigError, createLogger, type Logger } from '@oms/config';

/** Stops gracefully on SIGTERM/SIGINT, forcing exit if that takes longer than `timeoutMs`. */
export function installShutdown(logger: Logger, timeoutMs: number, stop: () => Promise<void>): void {
  let shuttingDown = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown timed out; exiting');
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

/** What a process needs to run: its validated settings and how to start from them. */
export interface ProcessDefinition<E extends { LOG_LEVEL: string }> {
  /** Names the process in messages and logs. */
  name: string;
  /** Reads and validates the environment; throws `ConfigError` naming the bad variables. */
  loadEnv: () => E;
  /** Starts everything; the returned `stop` is the graceful shutdown. */
  start: (env: E, logger: Logger) => Promise<{ stop: () => Promise<void> }>;
  /** The graceful-shutdown budget. */
  shutdownTimeoutMs: (env: E) => number;
}

/**
 * The `main` of every process (service, gateway, embedded system): a bad configuration stops start-up with
 * a message naming the variable, a failed start exits non-zero, and SIGTERM/SIGINT stop gracefully.
 */
export async function runProcess<E extends { LOG_LEVEL: string }>(
  definition: ProcessDefinition<E>,
): Promise<void> {
  let env: E;
  try {
    env = definition.loadEnv();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${definition.name}: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(definition.name, env.LOG_LEVEL);
  try {
    const running = await definition.start(env, logger);
    installShutdown(logger, definition.shutdownTimeoutMs(env), () => running.stop());
  } catch (err) {
    logger.fatal({ err }, 'start-up failed');
    process.exit(1);
  }
}
