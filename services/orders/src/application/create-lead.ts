import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Principal } from '@oms/auth';
import { leadCreated } from '@oms/contracts';
import type { EventContext, Transaction, UnitOfWork } from '@oms/messaging';
import { nextNumber } from '@oms/persistence';
import {
  ErrorCode,
  answerRepeat,
  fail,
  ok,
  parseInput,
  userError,
  type Result,
  type UserError,
} from '@oms/server';
import {
  LEAD_NO_SEQUENCE,
  LEAD_SOURCES,
  SALES_MODES,
  formatLeadNo,
  leadNoYear,
  openLead,
  type Lead,
  type LeadDetails,
} from '../domain/lead';
import { blankToNull, fields } from './input-fields';
import { placementProblems, type PlacementProblem } from '../domain/lead-placement';
import type { KnownBranch } from '../domain/known-branch';
import type { KnownCity } from '../domain/known-city';
import type { KnownBranchRepository } from '../persistence/known-branch.repository';
import type { KnownCityRepository } from '../persistence/known-city.repository';
import type { LeadRepository } from '../persistence/lead.repository';
import type { LeadRow } from '../persistence/lead.entity';

/** What createLead accepts; normalizes as it validates (trimmed text, phone without separators). */
export const createLeadInput = z
  .object({
    clientMutationId: fields.clientMutationId.nullish(),
    /** An existing customer (its name and contacts are taken when not given); omitted for a new customer. */
    customerId: z.preprocess(blankToNull, z.string().nullish()),
    customerName: fields.customerName.nullish(),
    contactEmail: fields.contactEmail,
    contactPhone: fields.contactPhone,
    cityId: z.string().trim().min(1, 'cityId is required'),
    branchId: z.string().trim().min(1, 'branchId is required'),
    productInterest: z.preprocess(
      blankToNull,
      z.string().max(200, 'productInterest must have at most 200 characters').nullish(),
    ),
    salesMode: z.enum(SALES_MODES, `salesMode must be one of ${SALES_MODES.join(', ')}`).default('DIRECT'),
    source: z.enum(LEAD_SOURCES, `source must be one of ${LEAD_SOURCES.join(', ')}`).nullish(),
    crmOwnerId: z.preprocess(
      blankToNull,
      z.string().max(100, 'crmOwnerId must have at most 100 characters').nullish(),
    ),
  })
  .refine((input) => !!input.customerId || typeof input.customerName === 'string', {
    message: 'customerName is required for a new customer',
    path: ['customerName'],
  });

/** Codes of createLead's expected failures beyond the shared ones. */
export const LeadErrorCode = {
  /** The city or branch exists but was deactivated in masters. */
  REFERENCE_INACTIVE: 'REFERENCE_INACTIVE',
  /** The branch is outside the caller's data scope. */
  FORBIDDEN: 'FORBIDDEN',
} as const;

/** What createLead needs to know about its caller: whether a branch is within their data scope. */
export type LeadCreator = Pick<Principal, 'reaches'>;

/**
 * Captures a new OPEN lead in a known, active city and in a known, active branch that serves the city and is
 * within the caller's data scope; numbers it `LEAD-<year>-<serial>` from the year's counter in the
 * same transaction, and publishes `lead.created`. With a `clientMutationId` the call is idempotent per
 * actor: a repeat returns the first call's lead and writes nothing; the same key with different input is
 * refused.
 */
export class CreateLead {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly leads: LeadRepository,
    private readonly cities: KnownCityRepository,
    private readonly branches: KnownBranchRepository,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async execute(context: EventContext, caller: LeadCreator, raw: unknown): Promise<Result<Lead>> {
    const parsed = parseInput(createLeadInput, raw);
    if (!parsed.ok) return parsed;
    const input = parsed.value;
    const details: LeadDetails = {
      customerName: input.customerName ?? '',
      contactEmail: input.contactEmail ?? null,
      contactPhone: input.contactPhone ?? null,
      cityId: input.cityId,
      branchId: input.branchId,
      productInterest: input.productInterest ?? null,
      customerId: input.customerId ?? null,
      salesMode: input.salesMode,
      source: input.source ?? (input.customerId ? 'EXISTING_CUSTOMER' : null),
      crmOwnerId: input.crmOwnerId ?? null,
    };
    // Checked first and without touching the database: a branch outside the caller's scope is refused
    // whether or not it exists, so the answer reveals nothing about it.
    if (!caller.reaches({ branchId: details.branchId })) {
      return fail(
        userError(LeadErrorCode.FORBIDDEN, 'you may not create leads in this branch', ['input', 'branchId']),
      );
    }
    const key = parsed.value.clientMutationId ?? null;
    const requestHash = key ? fingerprint(details) : null;
    // A concurrent call with the same key, or a concurrent first lead of the year, makes one of two
    // transactions fail on a unique key; the unit of work runs it again, and the rerun finds the winner's
    // lead (answered as a repeat) or counter row (incremented).
    return this.uow.run(context, (tx) => this.create(tx, caller, details, key, requestHash));
  }

  private async create(
    tx: Transaction,
    caller: LeadCreator,
    details: LeadDetails,
    key: string | null,
    requestHash: string | null,
  ): Promise<Result<Lead>> {
    if (key) {
      const replay = await this.replay(tx, key, requestHash);
      if (replay) return replay;
    }
    if (details.customerId) {
      const customer = await this.leads.customerById(tx.em, details.customerId);
      // A customer of a branch the caller does not reach is as good as unknown to them.
      if (!customer || !caller.reaches({ branchId: customer.branchId }))
        return fail(
          userError(ErrorCode.REFERENCE_NOT_FOUND, 'no customer has this id', ['input', 'customerId']),
        );
      details = {
        ...details,
        customerName: details.customerName || customer.name,
        contactEmail: details.contactEmail ?? customer.email,
        contactPhone: details.contactPhone ?? customer.phone,
      };
    }
    const city = await this.cities.byId(tx.em, details.cityId);
    const branch = await this.branches.byId(tx.em, details.branchId);
    const problems = placementProblems(city, branch);
    if (problems.length > 0) return fail(...problems.map((p) => placementError(p, city, branch)));
    const createdAt = this.clock();
    const year = leadNoYear(createdAt);
    const serial = await nextNumber(tx.em, LEAD_NO_SEQUENCE, year);
    const lead = openLead(
      { ...details, crmOwnerId: details.crmOwnerId ?? tx.context.actor.id },
      {
        id: randomUUID(),
        leadNo: formatLeadNo(year, serial),
        createdAt,
        createdBy: tx.context.actor.id,
      },
    );
    await this.leads.insert(tx.em, { ...lead, clientMutationId: key, requestHash });
    await tx.events.publish(leadCreated, lead.id, {
      leadId: lead.id,
      leadNo: lead.leadNo,
      customerName: lead.customerName,
      contactEmail: lead.contactEmail,
      contactPhone: lead.contactPhone,
      cityId: lead.cityId,
      branchId: details.branchId,
      productInterest: lead.productInterest,
      createdAt: lead.createdAt.toISOString(),
    });
    return ok(lead);
  }

  /** The answer to a repeated key: the lead it created, or an error when the input differs; null if new. */
  private async replay(
    tx: Transaction,
    key: string,
    requestHash: string | null,
  ): Promise<Result<Lead> | null> {
    const repeat = answerRepeat(
      await this.leads.byClientMutationId(tx.em, tx.context.actor.id, key),
      (existing) => existing.requestHash === requestHash,
      () => 'this clientMutationId was already used for a different lead',
    );
    return repeat?.ok ? ok(toLead(repeat.value)) : repeat;
  }
}

/** Identifies the input behind an idempotency key, to tell a true repeat from a reused key. */
function fingerprint(details: LeadDetails): string {
  const canonical = JSON.stringify([
    details.customerName,
    details.contactEmail,
    details.contactPhone,
    details.cityId,
    details.branchId,
    details.productInterest,
    details.customerId,
    details.salesMode,
    details.source,
    details.crmOwnerId,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** The user error for a placement problem, on the input field it concerns. */
function placementError(
  problem: PlacementProblem,
  city: KnownCity | null,
  branch: KnownBranch | null,
): UserError {
  const field = ['input', problem.field];
  const noun = problem.field === 'cityId' ? 'city' : 'branch';
  const code = (problem.field === 'cityId' ? city?.code : branch?.code) ?? '';
  switch (problem.problem) {
    case 'UNKNOWN':
      return userError(ErrorCode.REFERENCE_NOT_FOUND, `no ${noun} has this id`, field);
    case 'INACTIVE':
      return userError(LeadErrorCode.REFERENCE_INACTIVE, `${noun} ${code} is inactive`, field);
    case 'NOT_SERVING_CITY':
      return userError(ErrorCode.VALIDATION, `branch ${code} does not serve city ${city?.code ?? ''}`, field);
  }
}

function toLead(row: LeadRow): Lead {
  const { clientMutationId: _key, requestHash: _hash, ...lead } = row;
  return lead;
}
