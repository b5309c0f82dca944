import { createLogger, loadServiceEnv, type Logger } from '@oms/config';
import type { EmbeddedEnv } from './embedded-env';
import { InProcessTransport } from '@oms/messaging';
import { startService, type RunningService, type ServiceModule } from '@oms/server';
import type { ServiceName } from '@oms/contracts';
import { startGateway } from '@oms/gateway';
import { ordersService } from '@oms/orders';
import { approvalsService } from '@oms/approvals';
import { feasibilityService } from '@oms/feasibility';
import { mastersService } from '@oms/masters';
import { integrationsService } from '@oms/integrations';

/** The five subgraphs in the order they start (every consumer subscribes before any relay publishes). */
export const SERVICE_MODULES: Record<ServiceName, ServiceModule<never>> = {
  orders: ordersService as ServiceModule<never>,
  approvals: approvalsService as ServiceModule<never>,
  feasibility: feasibilityService as ServiceModule<never>,
  masters: mastersService as ServiceModule<never>,
  integrations: integrationsService as ServiceModule<never>,
};

const PORT_VARIABLE: Record<ServiceName, keyof EmbeddedEnv> = {
  orders: 'ORDERS_PORT',
  approvals: 'APPROVALS_PORT',
  feasibility: 'FEASIBILITY_PORT',
  masters: 'MASTERS_PORT',
  integrations: 'INTEGRATIONS_PORT',
};

/** The running embedded system. */
export interface EmbeddedSystem {
  gatewayUrl: string;
  services: RunningService[];
  stop(): Promise<void>;
}

/**
 * Starts the gateway and all five subgraphs in this process: each subgraph on its own port with its own
 * SQLite file under `DATA_DIR`, all sharing one in-process event bus. Relays start only after every
 * consumer has subscribed, so no event is published before its consumers listen.
 */
export async function startEmbedded(env: EmbeddedEnv, logger: Logger = createLogger('embedded', env.LOG_LEVEL)): Promise<EmbeddedSystem> {
  const transport = new InProcessTransport(`embedded-${process.pid}-${Date.now()}`);
  await transport.connect();
  const services: RunningService[] = [];
  const stopAll = async () => {
    for (const s of [...services].reverse()) await s.stop();
  };
  try {
    for (const [name, module] of Object.entries(SERVICE_MODULES) as [ServiceName, ServiceModule<never>][]) {
      const serviceEnv = loadServiceEnv({
        NODE_ENV: process.env.NODE_ENV,
        PORT: String(env[PORT_VARIABLE[name]]),
        HOST: '127.0.0.1',
        DATA_DIR: env.DATA_DIR,
        LOG_LEVEL: env.LOG_LEVEL,
      });
      services.push(
        await startService(module, serviceEnv, { transport, deferRelay: true, logger: logger.child({ service: name }) }),
      );
    }
    for (const s of services) s.startRelay();
    const gateway = await startGateway({
      host: env.GATEWAY_HOST,
      port: env.GATEWAY_PORT,
      subgraphUrls: Object.fromEntries(services.map((s) => [s.name, s.url])),
      production: process.env.NODE_ENV === 'production',
      logger: logger.child({ service: 'gateway' }),
    });
    logger.info({ url: gateway.url, dataDir: env.DATA_DIR }, 'OMS is up (embedded mode)');
    return {
      gatewayUrl: gateway.url,
      services,
      stop: async () => {
        await gateway.stop();
        await stopAll();
        await transport.disconnect();
      },
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
