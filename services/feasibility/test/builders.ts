import { randomUUID } from 'node:crypto';
import { Principal } from '@oms/auth';
import { partnerAccess as kitPartnerAccess, staffAccess as kitStaffAccess } from '@oms/testkit';
import {
  branchCreated,
  branchDeactivated,
  branchUpdated,
  bsoCitySettingCreated,
  bsoCitySettingDeactivated,
  bsoCitySettingUpdated,
  bsoCreated,
  bsoDeactivated,
  bsoUpdated,
  type AccessSnapshot,
  type EventDefinition,
  type EventEnvelope,
  type PayloadOf,
} from '@oms/contracts';
import type { Caller } from '../src/application/caller';
import type { FeasibilityRequest } from '../src/domain/feasibility-request';

/** The input of createFeasibilityRequest, as a client sends it. */
export type FeasibilityRequestInput = {
  clientMutationId?: string | null;
  leadId: string;
  cityId: string;
  branchId: string;
  bsoId: string;
  bandwidthMbps: number;
  address: string;
};

/**
 * A createFeasibilityRequest input for a fresh lead; override what a test is about. The city, branch and
 * BSO are fresh ids too unless given: a test that wants the request accepted passes ones its copies know.
 */
export function aFeasibilityRequestInput(
  overrides: Partial<FeasibilityRequestInput> = {},
): FeasibilityRequestInput {
  return {
    leadId: randomUUID(),
    cityId: randomUUID(),
    branchId: randomUUID(),
    bsoId: randomUUID(),
    bandwidthMbps: 100,
    address: 'Unit 402, Business Bay, Baner Road, Pune 411045',
    ...overrides,
  };
}

/** The input of sendForFeasibility, as a client sends it. */
export type SendInput = Omit<FeasibilityRequestInput, 'bsoId'> & { bsoIds?: string[] | null };

/** A sendForFeasibility input for a fresh lead (every BSO serving the city unless `bsoIds` is given). */
export function aSendInput(overrides: Partial<SendInput> = {}): SendInput {
  const { bsoId: _, ...ask } = aFeasibilityRequestInput();
  return { ...ask, ...overrides };
}

/** The input of respondToFeasibilityRequest, as a BSO partner sends it. */
export type AnswerInput = {
  id: string;
  feasible: boolean;
  otcCost?: string | null;
  mrcCost?: string | null;
  expectedDeliveryDays?: number | null;
  remarks?: string | null;
};

/** A feasible answer to request `id` (OTC 12500, MRC 3000, 30 days); override what a test is about. */
export function aFeasibleAnswer(id: string, overrides: Partial<AnswerInput> = {}): AnswerInput {
  return {
    id,
    feasible: true,
    otcCost: '12500',
    mrcCost: '3000.5',
    expectedDeliveryDays: 30,
    remarks: 'Fibre available in the building riser',
    ...overrides,
  };
}

/** An answer that request `id` is not feasible. */
export function aNotFeasibleAnswer(id: string, remarks = 'No fibre within 2 km'): AnswerInput {
  return { id, feasible: false, remarks };
}

/** Access of a staff member (no permissions beyond feasibility's), for specs and `seedAccess`. */
export function staffAccess(
  userId: string,
  scope: { branchIds?: string[]; allBranches?: boolean; permissions?: string[] } = {},
): AccessSnapshot {
  return kitStaffAccess(userId, {
    ...scope,
    permissions: scope.permissions ?? ['FEASIBILITY:VIEW', 'FEASIBILITY:CREATE'],
  });
}

/** Access of a BSO's partner account: it views and answers its BSO's requests. */
export const partnerAccess = kitPartnerAccess;

/** A use-case caller acting with `access` (the context a resolver passes). */
export function aCaller(access: AccessSnapshot): Caller {
  return {
    correlationId: randomUUID(),
    causationId: null,
    actor: { kind: access.kind === 'PARTNER' ? 'PARTNER' : 'USER', id: access.userId },
    principal: Principal.of(access),
  };
}

/** A stored request as the domain sees it (OPEN, assigned to bso-1 for branch-1), for domain specs. */
export function aStoredRequest(overrides: Partial<FeasibilityRequest> = {}): FeasibilityRequest {
  return {
    id: 'req-1',
    requestNo: 'FR-2026-000007',
    leadId: 'lead-1',
    cityId: 'city-1',
    branchId: 'branch-1',
    bsoId: 'bso-1',
    bandwidthMbps: 100,
    address: 'Baner Road, Pune',
    status: 'OPEN',
    answerDueAt: null,
    clientMutationId: null,
    batchId: null,
    createdAt: new Date('2026-03-01T09:30:00.000Z'),
    createdBy: 'user-1',
    verdict: null,
    verdictRemarks: null,
    decidedAt: null,
    decidedBy: null,
    remindedAt: null,
    ...overrides,
  };
}

/** An event envelope as its source service publishes it, caused by `actorId` (by default an admin). */
export function anEvent<D extends EventDefinition>(
  def: D,
  aggregateId: string,
  payload: PayloadOf<D>,
  actorId = `${def.source}-admin`,
): EventEnvelope {
  return {
    id: randomUUID(),
    type: def.type,
    version: def.version,
    source: def.source,
    occurredAt: new Date().toISOString(),
    aggregateType: def.aggregateType,
    aggregateId,
    correlationId: randomUUID(),
    causationId: null,
    actor: { kind: 'USER', id: actorId },
    payload: payload as Record<string, unknown>,
  };
}

const now = () => new Date().toISOString();
const contacts = [{ name: 'NOC desk', email: 'noc@bso.example', phone: '912055550100', role: 'NOC' }];

/** A BSO in masters and the events that describe its life. */
export class BsoFixture {
  readonly id = randomUUID();
  constructor(
    readonly code: string,
    readonly name: string = `${code} Networks`,
  ) {}

  created(): EventEnvelope {
    return anEvent(bsoCreated, this.id, {
      bsoId: this.id,
      code: this.code,
      name: this.name,
      contacts,
      createdAt: now(),
    });
  }

  updated(name: string): EventEnvelope {
    return anEvent(bsoUpdated, this.id, { bsoId: this.id, name, contacts, updatedAt: now() });
  }

  deactivated(): EventEnvelope {
    return anEvent(bsoDeactivated, this.id, { bsoId: this.id, deactivatedAt: now() });
  }
}

/** `aBso('AIRLINK')`: a BSO with a fresh id. */
export function aBso(code: string, name?: string): BsoFixture {
  return new BsoFixture(code, name);
}

/** A BSO's setting for a city in masters (recipients, TAT) and the events that describe its life. */
export class CitySettingFixture {
  readonly id = randomUUID();
  to = ['feasibility@bso.example'];
  cc: string[] = [];
  constructor(
    readonly bsoId: string,
    readonly cityId: string,
    public tatHours = 48,
  ) {}

  private state(active: boolean) {
    return {
      bsoCitySettingId: this.id,
      bsoId: this.bsoId,
      cityId: this.cityId,
      to: [...this.to],
      cc: [...this.cc],
      tatHours: this.tatHours,
      active,
    };
  }

  created(): EventEnvelope {
    return anEvent(bsoCitySettingCreated, this.id, { ...this.state(true), createdAt: now() });
  }

  updated(changes: { tatHours?: number; to?: string[]; cc?: string[] }): EventEnvelope {
    this.tatHours = changes.tatHours ?? this.tatHours;
    this.to = changes.to ?? this.to;
    this.cc = changes.cc ?? this.cc;
    return anEvent(bsoCitySettingUpdated, this.id, { ...this.state(true), updatedAt: now() });
  }

  deactivated(): EventEnvelope {
    return anEvent(bsoCitySettingDeactivated, this.id, { ...this.state(false), deactivatedAt: now() });
  }
}

/** `aCitySetting(bso, cityId, 24)`: the BSO set up to answer in the city within `tatHours`. */
export function aCitySetting(bso: { id: string }, cityId: string, tatHours = 48): CitySettingFixture {
  return new CitySettingFixture(bso.id, cityId, tatHours);
}

/** A branch in masters and the events that describe its life. */
export class BranchFixture {
  readonly id = randomUUID();
  readonly zoneId = randomUUID();
  constructor(
    readonly code: string,
    public cityIds: string[],
  ) {}

  created(): EventEnvelope {
    return anEvent(branchCreated, this.id, {
      branchId: this.id,
      code: this.code,
      name: `${this.code} branch`,
      zoneId: this.zoneId,
      cityIds: this.cityIds,
      createdAt: now(),
    });
  }

  updated(name: string, cityIds: string[]): EventEnvelope {
    this.cityIds = cityIds;
    return anEvent(branchUpdated, this.id, {
      branchId: this.id,
      name,
      zoneId: this.zoneId,
      cityIds,
      updatedAt: now(),
    });
  }

  deactivated(): EventEnvelope {
    return anEvent(branchDeactivated, this.id, { branchId: this.id, deactivatedAt: now() });
  }
}

/** `aBranch('PUNE_01', [cityId])`: a branch with a fresh id serving the cities. */
export function aBranch(code: string, cityIds: string[]): BranchFixture {
  return new BranchFixture(code, cityIds);
}
