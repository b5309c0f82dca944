import type { z } from 'zod';

/** An expected failure returned in a mutation payload: a stable code frontends switch on. */
export interface UserError {
  code: string;
  field: string[] | null;
  message: string;
}

/** Stable codes shared by every subgraph. */
export const ErrorCode = {
  VALIDATION: 'VALIDATION_FAILED',
  NOT_FOUND: 'NOT_FOUND',
  DUPLICATE: 'DUPLICATE',
  REFERENCE_NOT_FOUND: 'REFERENCE_NOT_FOUND',
  INVALID_CURSOR: 'INVALID_CURSOR',
  /** An idempotency key (`clientMutationId`) was sent again by the same actor with different input. */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
} as const;

/** Builds a user error. */
export function userError(code: string, message: string, field: string[] | null = null): UserError {
  return { code, field, message };
}

/** Turns schema validation issues into user errors, one per issue, with the path of the offending field. */
export function validationErrors(error: z.ZodError): UserError[] {
  return error.issues.map((issue) =>
    userError(ErrorCode.VALIDATION, issue.message, ['input', ...issue.path.map(String)]),
  );
}

/** The outcome of a use case that may fail in an expected way. */
export type Result<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...errors: UserError[]): Result<T> => ({ ok: false, errors });

/** Validates input against a schema, as a Result. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): Result<z.infer<S>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? ok(parsed.data) : { ok: false, errors: validationErrors(parsed.error) };
}
