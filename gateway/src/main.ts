import { runProcess } from '@oms/server/lite';
import { startGateway } from './gateway';
import { gatewayOptionsFrom, loadGatewayEnv } from './gateway-config';

/** The gateway process: read the environment, start, stop gracefully on SIGTERM/SIGINT. */
void runProcess({
  name: 'gateway',
  loadEnv: loadGatewayEnv,
  start: async (env, logger) => {
    const gateway = await startGateway({ ...gatewayOptionsFrom(env), logger });
    logger.info({ url: gateway.url }, 'gateway started');
    return gateway;
  },
  shutdownTimeoutMs: (env) => env.SHUTDOWN_TIMEOUT_MS,
});
