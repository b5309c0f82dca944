import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { branchCreated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import { normalizeCode } from '../domain/geography';
import { distinctIds, type Branch } from '../domain/organisation';
import type { GeographyRepository } from '../persistence/geography.repository';
import type { OrganisationRepository } from '../persistence/organisation.repository';
import { branchReferenceErrors } from './branch-references';
import { codeField, idField, nameField } from './master-inputs';

/** The cities a branch serves: at least one id. */
export const branchCityIdsField = z.array(idField('city id')).min(1, 'a branch serves at least one city');

const input = z.object({
  code: codeField(20),
  name: nameField,
  zoneId: idField('zoneId'),
  cityIds: branchCityIdsField,
});

/** Opens a branch in an active zone, serving active cities, and publishes `branch.created`. */
export class CreateBranch {
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
    const code = normalizeCode(parsed.value.code);
    const cityIds = distinctIds(parsed.value.cityIds);
    return this.uow.run(context, async (tx) => {
      const errors = await branchReferenceErrors(tx.em, this.repos, { zoneId: parsed.value.zoneId, cityIds });
      if (await this.organisation.branchByCode(tx.em, code)) {
        errors.unshift(
          userError(ErrorCode.DUPLICATE, `a branch with code ${code} already exists`, ['input', 'code']),
        );
      }
      if (errors.length > 0) return fail(...errors);
      const branch: Branch = {
        id: randomUUID(),
        code,
        name: parsed.value.name,
        zoneId: parsed.value.zoneId,
        cityIds,
        createdAt: new Date(),
        updatedAt: null,
        deactivatedAt: null,
      };
      await this.organisation.insertBranch(tx.em, branch);
      await tx.events.publish(branchCreated, branch.id, {
        branchId: branch.id,
        code: branch.code,
        name: branch.name,
        zoneId: branch.zoneId,
        cityIds: branch.cityIds,
        createdAt: branch.createdAt.toISOString(),
      });
      return ok(branch);
    });
  }
}
