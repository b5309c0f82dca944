import { orderActivated } from '@oms/contracts';
import type { EventHandler } from '@oms/messaging';
import type { ActivateOrder } from '../application/activate-order';
import type { QueueMail } from '../application/queue-mail';
import type { RecordSync } from '../application/record-sync';
import type { MailRepository } from '../persistence/mail.repository';
import { leadHandlers } from './lead.consumers';
import { mailHandlers } from './mail.consumers';

/** The events integrations consumes, by type, and what each becomes. */
export function integrationsHandlers(deps: {
  recordSync: RecordSync;
  activateOrder: ActivateOrder;
  queueMail: QueueMail;
  mails: MailRepository;
}): Record<string, EventHandler> {
  return {
    ...leadHandlers(deps.recordSync),
    ...mailHandlers(deps.queueMail, deps.mails),
    [orderActivated.type]: async (event, tx) => {
      const payload = orderActivated.payload.parse(event.payload);
      await deps.activateOrder.execute(tx, { ...event, payload }, new Date());
    },
  };
}
