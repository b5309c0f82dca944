import { randomUUID } from 'node:crypto';
import { leadCreated } from '@oms/contracts';
import type { EventHandler } from '@oms/messaging';
import { leadSyncRecord } from '../domain/lead-sync';
import type { RecordSync } from '../application/record-sync';

/**
 * Handles `lead.created` from orders: records the lead as an LMS sync job. The consumer has already
 * validated the payload against the contract; parsing it again gives it its type.
 */
export function onLeadCreated(recordSync: RecordSync, now: () => Date = () => new Date()): EventHandler {
  return async (event, tx) => {
    const payload = leadCreated.payload.parse(event.payload);
    await recordSync.execute(tx, leadSyncRecord({ ...event, payload }, randomUUID(), now()));
  };
}
