import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { bsoCreated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import type { Bso } from '../domain/bso';
import { normalizeCode } from '../domain/geography';
import type { BsoRepository } from '../persistence/bso.repository';
import { bsoContactsField } from './bso-inputs';
import { codeField, nameField } from './master-inputs';

const input = z.object({ code: codeField(20), name: nameField, contacts: bsoContactsField });

/** Registers a BSO (partner last-mile operator) with a unique code and its contacts; publishes `bso.created`. */
export class CreateBso {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: BsoRepository,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<Bso>> {
    const parsed = parseInput(input, raw);
    if (!parsed.ok) return parsed;
    const code = normalizeCode(parsed.value.code);
    return this.uow.run(context, async (tx) => {
      if (await this.repo.bsoByCode(tx.em, code)) {
        return fail(
          userError(ErrorCode.DUPLICATE, `a BSO with code ${code} already exists`, ['input', 'code']),
        );
      }
      const bso: Bso = {
        id: randomUUID(),
        code,
        name: parsed.value.name,
        contacts: parsed.value.contacts,
        createdAt: new Date(),
        updatedAt: null,
        deactivatedAt: null,
      };
      await this.repo.insertBso(tx.em, bso);
      await tx.events.publish(bsoCreated, bso.id, {
        bsoId: bso.id,
        code: bso.code,
        name: bso.name,
        contacts: bso.contacts,
        createdAt: bso.createdAt.toISOString(),
      });
      return ok(bso);
    });
  }
}
