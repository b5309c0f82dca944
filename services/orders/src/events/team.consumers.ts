import { teamCreated, teamDeactivated, teamUpdated } from '@oms/contracts';
import type { EventHandler } from '@oms/messaging';
import type { KnownTeamRepository } from '../persistence/known-team.repository';

/**
 * Keeps orders' copy of masters teams (`known_team`, `known_team_member`), which provisioning and
 * installation work will be routed to. Every `team.*` event carries the team's whole state (kind, branch,
 * cities, members with their e-mail addresses, mail address, `active`), so each one simply replaces the copy:
 * `team.created` and `team.updated` (also sent when members change or a member is deactivated) as given,
 * `team.deactivated` with `active: false`. An update for a team never seen created is taken as it is. Each
 * event is applied once (the consumer's inbox), and applying one again would change nothing.
 */
export function teamHandlers(teams: KnownTeamRepository): Record<string, EventHandler> {
  const save =
    (deactivation: boolean): EventHandler =>
    async (event, tx) => {
      // The three events share the team's state; `created` parses every field of it.
      const p = teamCreated.payload.omit({ createdAt: true }).parse(event.payload);
      await teams.save(tx.em, {
        id: p.teamId,
        code: p.code,
        name: p.name,
        kind: p.kind,
        branchId: p.branchId,
        cityIds: p.cityIds,
        mailAddress: p.mailAddress,
        members: p.members.map((m) => ({ userId: m.userId, email: m.email })),
        active: deactivation ? false : p.active,
      });
    };
  return {
    [teamCreated.type]: save(false),
    [teamUpdated.type]: save(false),
    [teamDeactivated.type]: save(true),
  };
}
