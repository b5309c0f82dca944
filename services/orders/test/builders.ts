import { randomUUID } from 'node:crypto';
import {
  branchCreated,
  cityCreated,
  teamCreated,
  teamDeactivated,
  teamUpdated,
  type EventDefinition,
  type EventEnvelope,
  type PayloadOf,
} from '@oms/contracts';

/** The fields of a createLead input, as a client sends them. */
export interface LeadInput {
  clientMutationId?: string | null;
  customerName: string;
  contactEmail?: string | null;
  contactPhone?: string | null;
  cityId: string;
  branchId: string;
  productInterest?: string | null;
}

/** Builds createLead inputs: a valid lead by default, changed one aspect at a time. */
export class LeadInputBuilder {
  private input: LeadInput = {
    customerName: 'Acme Industries Pvt Ltd',
    contactEmail: 'it@acme.example',
    contactPhone: '+919876543210',
    cityId: 'city-pune',
    branchId: 'branch-pune',
    productInterest: 'ILL 100 Mbps',
  };

  inCity(cityId: string): this {
    this.input.cityId = cityId;
    return this;
  }

  inBranch(branchId: string): this {
    this.input.branchId = branchId;
    return this;
  }

  /** The lead's city and the branch that takes it. */
  at(place: { cityId: string; branchId: string }): this {
    this.input.cityId = place.cityId;
    this.input.branchId = place.branchId;
    return this;
  }

  forCustomer(customerName: string): this {
    this.input.customerName = customerName;
    return this;
  }

  withKey(clientMutationId: string): this {
    this.input.clientMutationId = clientMutationId;
    return this;
  }

  with(overrides: Partial<LeadInput>): this {
    this.input = { ...this.input, ...overrides };
    return this;
  }

  build(): LeadInput {
    return { ...this.input };
  }
}

/** A valid createLead input (Acme in Pune, taken by the Pune branch, with e-mail, phone and interest). */
export function aLeadInput(): LeadInputBuilder {
  return new LeadInputBuilder();
}

/** An event as masters publishes it, about `aggregateId`, with a fresh event id unless one is given. */
export function aMastersEvent<D extends EventDefinition>(
  definition: D,
  aggregateId: string,
  payload: PayloadOf<D>,
  eventId: string = randomUUID(),
): EventEnvelope {
  return {
    id: eventId,
    type: definition.type,
    version: definition.version,
    source: definition.source,
    occurredAt: new Date().toISOString(),
    aggregateType: definition.aggregateType,
    aggregateId,
    correlationId: randomUUID(),
    causationId: null,
    actor: { kind: 'USER', id: 'admin' },
    payload: payload as Record<string, unknown>,
  };
}

/** A `city.created` event as masters publishes it. */
export function aCityCreatedEvent(
  city: { cityId: string; stateId?: string; code?: string; name?: string },
  eventId: string = randomUUID(),
): EventEnvelope {
  return aMastersEvent(
    cityCreated,
    city.cityId,
    {
      cityId: city.cityId,
      stateId: city.stateId ?? 'state-mh',
      code: city.code ?? 'PUNE',
      name: city.name ?? 'Pune',
      createdAt: new Date().toISOString(),
    },
    eventId,
  );
}

/** A `branch.created` event as masters publishes it (serving Pune by default). */
export function aBranchCreatedEvent(
  branch: { branchId: string; code?: string; name?: string; zoneId?: string; cityIds?: string[] },
  eventId: string = randomUUID(),
): EventEnvelope {
  return aMastersEvent(
    branchCreated,
    branch.branchId,
    {
      branchId: branch.branchId,
      code: branch.code ?? 'PUNE_01',
      name: branch.name ?? 'Pune Camp',
      zoneId: branch.zoneId ?? 'zone-west',
      cityIds: branch.cityIds ?? ['city-pune'],
      createdAt: new Date().toISOString(),
    },
    eventId,
  );
}

/** A team's whole state, as every `team.*` event carries it. */
export type TeamState = Omit<PayloadOf<typeof teamCreated>, 'createdAt'>;

/**
 * A `team.created`, `team.updated` or `team.deactivated` event as masters publishes it: the team's whole
 * state (an installation team of the Pune branch covering the whole branch, with one member, by default;
 * `active: false` for a deactivation) and the time of the change.
 */
export function aTeamEvent(
  change: 'created' | 'updated' | 'deactivated',
  team: Partial<TeamState> & { teamId: string },
  eventId: string = randomUUID(),
): EventEnvelope {
  const state: TeamState = {
    code: 'INST_PUNE',
    name: 'Installation Pune',
    kind: 'INSTALLATION',
    branchId: 'branch-pune',
    cityIds: [],
    memberIds: team.members?.map((m) => m.userId) ?? ['user-asha'],
    members: [{ userId: 'user-asha', email: 'asha@oms.example' }],
    mailAddress: null,
    active: change !== 'deactivated',
    ...team,
  };
  const now = new Date().toISOString();
  if (change === 'created')
    return aMastersEvent(teamCreated, team.teamId, { ...state, createdAt: now }, eventId);
  if (change === 'updated')
    return aMastersEvent(teamUpdated, team.teamId, { ...state, updatedAt: now }, eventId);
  return aMastersEvent(teamDeactivated, team.teamId, { ...state, deactivatedAt: now }, eventId);
}
