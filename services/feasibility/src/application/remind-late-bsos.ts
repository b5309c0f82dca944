import { feasibilityRequestReminded, uniqueRecipients, type MailRecipient } from '@oms/contracts';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { assignedRequestRef } from '../domain/feasibility-request';
import { bsoRecipients } from '../domain/known-masters';
import type { FeasibilityRequestRepository } from '../persistence/feasibility-request.repository';
import type { KnownMastersRepository } from '../persistence/known-masters.repository';
import type { RequesterDirectory } from '../persistence/requester-directory';

/** How many late requests one sweep handles at most (the next sweep takes the rest). */
export const REMINDER_BATCH = 100;

/**
 * Reminds the BSOs that are late with their answer: every OPEN request past its `answerDueAt` that was not
 * reminded yet is marked reminded and publishes `feasibility_request.reminded` — to the BSO's current
 * To/Cc addresses for the city, with the requester in Cc — in one transaction, once per request. A request
 * another sweep (another replica) or an answer got to first is skipped. Returns how many were reminded.
 */
export class RemindLateBsos {
  readonly stats = { reminded: 0 };

  constructor(
    private readonly uow: UnitOfWork,
    private readonly requests: FeasibilityRequestRepository,
    private readonly masters: KnownMastersRepository,
    private readonly people: RequesterDirectory,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async execute(context: EventContext): Promise<number> {
    const now = this.clock();
    const reminded = await this.uow.run(context, async (tx) => {
      let count = 0;
      for (const request of await this.requests.lateUnreminded(tx.em, now, REMINDER_BATCH)) {
        if (!(await this.requests.markReminded(tx.em, request.id, now))) continue;
        // A late request is OPEN with a due time, so it was raised with a branch and a BSO.
        const bsoId = request.bsoId!;
        const [bso, setting] = await Promise.all([
          this.masters.bso(tx.em, bsoId),
          this.masters.activeCitySetting(tx.em, bsoId, request.cityId),
        ]);
        const requester: MailRecipient[] = (await this.people.recipientOf(tx.em, request.createdBy)).map(
          (r) => ({ ...r, kind: 'CC' }),
        );
        await tx.events.publish(feasibilityRequestReminded, request.id, {
          ...assignedRequestRef(request),
          bsoCode: bso?.code ?? null,
          bsoName: bso?.name ?? null,
          bandwidthMbps: request.bandwidthMbps,
          address: request.address,
          answerDueAt: request.answerDueAt!.toISOString(),
          remindedAt: now.toISOString(),
          notify: uniqueRecipients([...(setting ? bsoRecipients(setting) : []), ...requester]),
        });
        count += 1;
      }
      return count;
    });
    this.stats.reminded += reminded;
    return reminded;
  }
}
