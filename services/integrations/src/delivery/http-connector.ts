import { errorText, outcomeOfHttpStatus, type AttemptOutcome } from '../domain/delivery';
import type { ConnectorSetting } from '../settings';
import { IDEMPOTENCY_HEADER, SIGNATURE_HEADER, signBody } from './signature';

/** What one POST came to. */
export interface PostResult {
  outcome: AttemptOutcome;
  statusCode: number | null;
  durationMs: number;
}

/**
 * POSTs a sync job's JSON body to its system, signed with the system's secret and carrying the job id as
 * idempotency key. Network errors and timeouts are worth retrying; the status decides otherwise.
 */
export async function postJob(
  setting: ConnectorSetting & { url: string },
  jobId: string,
  body: string,
  timeoutMs: number,
): Promise<PostResult> {
  const started = Date.now();
  try {
    const response = await fetch(setting.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: signBody(setting.secret ?? '', body),
        [IDEMPOTENCY_HEADER]: jobId,
      },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer().catch(() => undefined);
    return {
      outcome: outcomeOfHttpStatus(response.status),
      statusCode: response.status,
      durationMs: Date.now() - started,
    };
  } catch (err) {
    const cause = (err as { cause?: unknown }).cause;
    return {
      outcome: { kind: 'retryable', error: errorText(cause ?? err) },
      statusCode: null,
      durationMs: Date.now() - started,
    };
  }
}
