import { ConfigError, createLogger } from '@oms/config';
import { installShutdown } from '@oms/server';
import { startEmbedded } from './embedded';
import { loadEmbeddedEnv } from './embedded-env';

async function main(): Promise<void> {
  let env;
  try {
    env = loadEmbeddedEnv();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`embedded: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger('embedded', env.LOG_LEVEL);
  try {
    const system = await startEmbedded(env, logger);
    installShutdown(logger, 15000, () => system.stop());
  } catch (err) {
    logger.fatal({ err }, 'start-up failed');
    process.exit(1);
  }
}

void main();
