import { namedRightDeactivated } from '@oms/contracts';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { NamedRight } from '../domain/identity';
import { deactivated, deactivationRefusal } from '../domain/master-lifecycle';
import { publishAccessChanges } from './access-publication';
import { namedRightState } from './identity-events';
import type { IdentityRepos } from './identity-references';
import { deactivateInput, notFound, refused } from './master-inputs';

/**
 * Deactivates a named right and publishes `named_right.deactivated`: nobody holds it any more, so the access of every active user who had it
 * (directly or through a group) is recomputed and published. It may no longer be given.
 */
export class DeactivateNamedRight {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repos: IdentityRepos,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<NamedRight>> {
    const parsed = parseInput(deactivateInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.repos.access.namedRightsByIds(tx.em, [parsed.value.id]);
      if (!found) return fail(notFound('named right'));
      const refusal = deactivationRefusal(found, `named right ${found.code}`, 0, ['record', 'records']);
      if (refusal) return fail(refused(refusal));
      const deactivatedAt = new Date();
      const right = deactivated(found, deactivatedAt);
      await this.repos.access.saveNamedRight(tx.em, right);
      await tx.events.publish(namedRightDeactivated, right.id, {
        ...namedRightState(right),
        deactivatedAt: deactivatedAt.toISOString(),
      });
      const groupIds = await this.repos.access.groupIdsWithNamedRight(tx.em, right.id);
      await publishAccessChanges(tx, this.repos, [
        ...(await this.repos.users.activeUserIdsWithNamedRight(tx.em, right.id)),
        ...(await this.repos.users.activeMemberIdsOfGroups(tx.em, groupIds)),
      ]);
      return ok(right);
    });
  }
}
