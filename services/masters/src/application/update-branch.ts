import { z } from 'zod';
import { branchUpdated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import { distinctIds, type Branch } from '../domain/organisation';
import type { GeographyRepository } from '../persistence/geography.repository';
import type { OrganisationRepository } from '../persistence/organisation.repository';
import { branchReferenceErrors } from './branch-references';
import { branchCityIdsField } from './create-branch';
import { idField, nameField, notFound } from './master-inputs';

// GraphQL sends null for an omitted optional field; both mean "leave as it is".
const input = z.object({
  id: idField('id'),
  name: nameField.nullish(),
  zoneId: idField('zoneId').nullish(),
  cityIds: branchCityIdsField.nullish(),
});

/**
 * Edits a branch's name, zone and/or cities (omitted fields stay; its code never changes) and publishes
 * `branch.updated` with its whole current name, zone and cities.
 */
export class UpdateBranch {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly geography: GeographyRepository,
    private readonly organisation: OrganisationRepository,
  ) {}

  private get repos() {
    return { geography: this.geography, organisation: this.organisation };
  }

  async execute(context: EventContext, raw: unknown): Promise<Result<Branch>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const { id, name, zoneId, cityIds } = parsed.value;
    const newCityIds = cityIds ? distinctIds(cityIds) : undefined;
    return this.uow.run(context, async (tx) => {
      const [found] = await this.organisation.branchesByIds(tx.em, [id]);
      if (!found) return fail(notFound('branch'));
      const errors = await branchReferenceErrors(tx.em, this.repos, {
        zoneId: zoneId ?? undefined,
        cityIds: newCityIds,
      });
      if (errors.length > 0) return fail(...errors);
      const updatedAt = new Date();
      const branch: Branch = {
        ...found,
        name: name ?? found.name,
        zoneId: zoneId ?? found.zoneId,
        cityIds: newCityIds ?? found.cityIds,
        updatedAt,
      };
      await this.organisation.saveBranch(tx.em, branch);
      await tx.events.publish(branchUpdated, branch.id, {
        branchId: branch.id,
        name: branch.name,
        zoneId: branch.zoneId,
        cityIds: branch.cityIds,
        updatedAt: updatedAt.toISOString(),
      });
      return ok(branch);
    });
  }
}
