import { leadCreated } from '@oms/contracts';
import type { EventHandler } from '@oms/messaging';
import type { RecordSync } from '../application/record-sync';
import { onLeadCreated } from './lead-created.consumer';

/** The events integrations consumes, by type, and what each becomes. */
export function integrationsHandlers(recordSync: RecordSync): Record<string, EventHandler> {
  return {
    [leadCreated.type]: onLeadCreated(recordSync),
  };
}
