import { loadServiceEnv } from '@oms/config';
import { runDeadLetterCommand } from './dead-letter-command';
import { migrateServiceDatabase } from './migrate';
import type { RequestContext } from './request-context';
import { startService, type ServiceModule } from './service-runtime';
import { runProcess } from './shutdown';

/**
 * The `main` of a service process. Without arguments it serves: reads the environment, starts, and stops
 * gracefully on SIGTERM/SIGINT within `SHUTDOWN_TIMEOUT_MS`; a bad configuration stops start-up with a
 * message naming the variable. `dead-letters …` runs the operator's dead-letter command with the same
 * environment instead (see `runDeadLetterCommand`) and exits with its code; `migrate` brings the database
 * schema up to date and exits (0 done, 1 failed), which is what the Kubernetes init container runs.
 */
export async function runServiceProcess<C extends RequestContext>(
  module: ServiceModule<C>,
  argv: string[] = process.argv.slice(2),
): Promise<void> {
  const [command, ...args] = argv;
  if (command === 'dead-letters') {
    let code: number;
    try {
      // The command answers no calls, so it needs no gateway proof key (the embedded default has none to give).
      const env = loadServiceEnv({
        GATEWAY_PROOF_PUBLIC_KEYS: 'unused: no calls are served',
        ...process.env,
      });
      code = await runDeadLetterCommand(module, env, args, (line) =>
        process.stdout.write(`${JSON.stringify(line)}\n`),
      );
    } catch (err) {
      process.stderr.write(`${module.name}: ${err instanceof Error ? err.message : String(err)}\n`);
      code = 1;
    }
    process.exit(code);
  }
  if (command === 'migrate' && args.length === 0) {
    let code = 0;
    try {
      const env = loadServiceEnv({
        GATEWAY_PROOF_PUBLIC_KEYS: 'unused: no calls are served',
        ...process.env,
      });
      const report = await migrateServiceDatabase(module, env);
      process.stdout.write(`${JSON.stringify(report)}\n`);
    } catch (err) {
      process.stderr.write(`${module.name}: migrate: ${err instanceof Error ? err.message : String(err)}\n`);
      code = 1;
    }
    process.exit(code);
  }
  if (command !== undefined) {
    process.stderr.write(`${module.name}: unknown command "${command}" (known: dead-letters, migrate)\n`);
    process.exit(2);
  }
  return runProcess({
    name: module.name,
    loadEnv: () => loadServiceEnv(),
    start: (env, logger) => startService(module, env, { logger }),
    shutdownTimeoutMs: (env) => env.SHUTDOWN_TIMEOUT_MS,
  });
}
