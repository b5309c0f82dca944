import { ConfigError, createLogger } from '@oms/config';
import { installShutdown } from '@oms/server/lite';
import { startGateway } from './gateway';
import { gatewayOptionsFrom, loadGatewayEnv, type GatewayEnv } from './gateway-config';

/** The gateway process: read the environment, start, stop gracefully on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let env: GatewayEnv;
  try {
    env = loadGatewayEnv();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`gateway: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger('gateway', env.LOG_LEVEL);
  try {
    const gateway = await startGateway({ ...gatewayOptionsFrom(env), logger });
    logger.info({ url: gateway.url }, 'gateway started');
    installShutdown(logger, env.SHUTDOWN_TIMEOUT_MS, () => gateway.stop());
  } catch (err) {
    logger.fatal({ err }, 'start-up failed');
    process.exit(1);
  }
}

void main();
