import type { RunningService } from '@oms/server';
import { gqlData, type TopicRecorder } from '@oms/testkit';
import { OutboxEntity } from '@oms/messaging';

/** A published event as a spec sees it. */
export interface SeenEvent {
  key: string | null;
  type: string;
  payload: Record<string, unknown>;
}

/** Waits until an event of `type` keyed by `key` arrived, and returns it. */
export async function eventFor(recorder: TopicRecorder, type: string, key: string): Promise<SeenEvent> {
  const find = () =>
    recorder.messages
      .map((m) => {
        const event = JSON.parse(m.value) as { type: string; payload: Record<string, unknown> };
        return { key: m.key, type: event.type, payload: event.payload };
      })
      .find((e) => e.type === type && e.key === key);
  await recorder.waitFor(() => find() !== undefined);
  return find() as SeenEvent;
}

/** How many outbox rows the service has written so far. */
export function outboxCount(service: RunningService): Promise<number> {
  return service.db.manager.getRepository(OutboxEntity).count();
}

/**
 * Runs a mutation that must be refused: returns its payload's errors and asserts it wrote no outbox row.
 * `field` names the mutation in the response.
 */
export async function refused(
  service: RunningService,
  mutation: string,
  field: string,
  input: Record<string, unknown>,
): Promise<{ code: string; field: string[] | null; message: string }[]> {
  const before = await outboxCount(service);
  const data = await gqlData(service.url, mutation, { input });
  const result = data[field] as Record<string, unknown> & { errors: [] };
  expect(result.errors.length).toBeGreaterThan(0);
  for (const [key, value] of Object.entries(result)) if (key !== 'errors') expect(value).toBeNull();
  expect(await outboxCount(service)).toBe(before);
  return result.errors;
}
