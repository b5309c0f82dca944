import { randomUUID } from 'node:crypto';
import { leadCancelled, leadConverted, leadCreated } from '@oms/contracts';
import type { EventHandler } from '@oms/messaging';
import { leadSyncRecord } from '../domain/lead-sync';
import type { RecordSync } from '../application/record-sync';

/**
 * The lead events from orders, by type: a captured lead (`lead.created`), one converted into an order
 * (`lead.converted`) and a cancelled one (`lead.cancelled`) each become an LMS sync job. The consumer has already validated the payload against the
 * contract; parsing it again gives it its type.
 */
export function leadHandlers(
  recordSync: RecordSync,
  now: () => Date = () => new Date(),
): Record<string, EventHandler> {
  const recordFor =
    (definition: typeof leadCreated | typeof leadConverted | typeof leadCancelled): EventHandler =>
    async (event, tx) => {
      const payload = definition.payload.parse(event.payload);
      await recordSync.execute(tx, leadSyncRecord({ ...event, payload }, randomUUID(), now()));
    };
  return {
    [leadCreated.type]: recordFor(leadCreated),
    [leadConverted.type]: recordFor(leadConverted),
    [leadCancelled.type]: recordFor(leadCancelled),
  };
}
