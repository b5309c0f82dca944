import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { zoneCreated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import { normalizeCode } from '../domain/geography';
import type { Zone } from '../domain/organisation';
import type { OrganisationRepository } from '../persistence/organisation.repository';
import { codeField, nameField } from './master-inputs';

const input = z.object({ code: codeField(20), name: nameField });

/** Creates a zone with a unique code and publishes `zone.created`. */
export class CreateZone {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: OrganisationRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<Zone>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const code = normalizeCode(parsed.value.code);
    return this.uow.run(context, async (tx) => {
      if (await this.repo.zoneByCode(tx.em, code)) {
        return fail(
          userError(ErrorCode.DUPLICATE, `a zone with code ${code} already exists`, ['input', 'code']),
        );
      }
      const zone: Zone = {
        id: randomUUID(),
        code,
        name: parsed.value.name,
        createdAt: new Date(),
        updatedAt: null,
        deactivatedAt: null,
      };
      await this.repo.insertZone(tx.em, zone);
      await tx.events.publish(zoneCreated, zone.id, {
        zoneId: zone.id,
        code: zone.code,
        name: zone.name,
        createdAt: zone.createdAt.toISOString(),
      });
      return ok(zone);
    });
  }
}
