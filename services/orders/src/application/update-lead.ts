import { z } from 'zod';
import type { Principal } from '@oms/auth';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import { LEAD_SOURCES, SALES_MODES, leadEditRefusal, type Lead } from '../domain/lead';
import type { LeadRepository } from '../persistence/lead.repository';
import { blankToNull, fields } from './input-fields';

/** What updateLead accepts: the lead and the details to change (omitted ones stay). */
export const updateLeadInput = z.object({
  id: z.string().trim().min(1, 'id is required'),
  customerName: fields.customerName.optional(),
  contactEmail: fields.contactEmail.optional(),
  contactPhone: fields.contactPhone.optional(),
  productInterest: z.preprocess(
    blankToNull,
    z.string().max(200, 'productInterest must have at most 200 characters').nullish(),
  ),
  salesMode: z.enum(SALES_MODES, `salesMode must be one of ${SALES_MODES.join(', ')}`).optional(),
  source: z.enum(LEAD_SOURCES, `source must be one of ${LEAD_SOURCES.join(', ')}`).nullish(),
  crmOwnerId: z.preprocess(
    blankToNull,
    z.string().max(100, 'crmOwnerId must have at most 100 characters').optional(),
  ),
});

/**
 * Edits an OPEN lead of the caller's branches: the customer's name and contacts, the product interest, the
 * sales mode, the source and the CRM owner. Its city and branch (which decide who sees it) do not change; a
 * converted or cancelled lead is no longer editable (INVALID_STATE). Nothing changes on a refusal.
 */
export class UpdateLead {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly leads: LeadRepository,
  ) {}

  async execute(context: EventContext, principal: Principal, raw: unknown): Promise<Result<Lead>> {
    const parsed = parseInput(updateLeadInput, raw);
    if (!parsed.ok) return parsed;
    const { id, ...input } = parsed.value;
    return this.uow.run(context, async (tx) => {
      const [lead] = await this.leads.byIds(tx.em, [id]);
      if (!lead || !principal.reaches({ branchId: lead.branchId }))
        return fail(userError(ErrorCode.NOT_FOUND, 'no lead has this id', ['input', 'id']));
      const refusal = leadEditRefusal(lead);
      if (refusal) return fail(userError('INVALID_STATE', refusal, ['input', 'id']));
      const changes: Partial<Lead> = {};
      if (input.customerName !== undefined) changes.customerName = input.customerName;
      if (input.contactEmail !== undefined) changes.contactEmail = input.contactEmail ?? null;
      if (input.contactPhone !== undefined) changes.contactPhone = input.contactPhone ?? null;
      if (input.productInterest !== undefined) changes.productInterest = input.productInterest ?? null;
      if (input.salesMode !== undefined) changes.salesMode = input.salesMode;
      if (input.source !== undefined) changes.source = input.source ?? null;
      if (input.crmOwnerId !== undefined) changes.crmOwnerId = input.crmOwnerId ?? lead.createdBy;
      if (Object.keys(changes).length > 0) await this.leads.update(tx.em, lead.id, changes);
      return ok({ ...lead, ...changes });
    });
  }
}
