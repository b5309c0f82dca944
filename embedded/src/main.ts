import { runProcess } from '@oms/server';
import { startEmbedded } from './embedded';
import { loadEmbeddedEnv } from './embedded-env';

/** `npm start`: the whole system in this process, stopped gracefully on SIGTERM/SIGINT. */
void runProcess({
  name: 'embedded',
  loadEnv: () => loadEmbeddedEnv(),
  start: (env, logger) => startEmbedded(env, logger),
  shutdownTimeoutMs: () => 15000,
});
