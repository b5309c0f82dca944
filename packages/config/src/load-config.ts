import type { z } from 'zod';

/** Start-up stops with this when the environment is missing or malformed; the message names the variables. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p.variable}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment once against a schema whose keys are the variable names. Empty strings count as
 * unset, so `FOO=` falls back to the default like a missing variable does.
 */
export function loadConfig<S extends z.ZodObject>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<S> {
  const input: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') input[key] = value.trim();
  }
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? '(environment)'),
        message:
          issue.code === 'invalid_type' && input[String(issue.path[0])] === undefined
            ? 'is required'
            : issue.message,
      })),
    );
  }
  return result.data;
}
