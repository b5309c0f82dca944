import { ErrorCode, fail, ok, userError, type Result } from './user-error';

/**
 * The answer to a create mutation sent again under an idempotency key (`clientMutationId`), given what the
 * first call under that key created (`earlier`, null when the key is new): that result again when this call
 * asks for the same thing, or `IDEMPOTENCY_KEY_REUSED` on `input.clientMutationId` with `reusedMessage`
 * when it asks for something else. Null means the key is new and the mutation goes ahead.
 */
export function answerRepeat<T>(
  earlier: T | null,
  asksForSame: (earlier: T) => boolean,
  reusedMessage: (earlier: T) => string,
): Result<T> | null {
  if (earlier === null) return null;
  if (asksForSame(earlier)) return ok(earlier);
  return fail(
    userError(ErrorCode.IDEMPOTENCY_KEY_REUSED, reusedMessage(earlier), ['input', 'clientMutationId']),
  );
}
