import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@oms/contracts';

/** The fields of a createLead input, as a client sends them. */
export interface LeadInput {
  clientMutationId?: string | null;
  customerName: string;
  contactEmail?: string | null;
  contactPhone?: string | null;
  cityId: string;
  productInterest?: string | null;
}

/** Builds createLead inputs: a valid lead by default, changed one aspect at a time. */
export class LeadInputBuilder {
  private input: LeadInput = {
    customerName: 'Acme Industries Pvt Ltd',
    contactEmail: 'it@acme.example',
    contactPhone: '+919876543210',
    cityId: 'city-pune',
    productInterest: 'ILL 100 Mbps',
  };

  inCity(cityId: string): this {
    this.input.cityId = cityId;
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

/** A valid createLead input (Acme in Pune, with e-mail, phone and interest). */
export function aLeadInput(): LeadInputBuilder {
  return new LeadInputBuilder();
}

/** A `city.created` event as masters publishes it. */
export function aCityCreatedEvent(
  city: { cityId: string; stateId?: string; code?: string; name?: string },
  eventId: string = randomUUID(),
): EventEnvelope {
  return {
    id: eventId,
    type: 'city.created',
    version: 1,
    source: 'masters',
    occurredAt: new Date().toISOString(),
    aggregateType: 'City',
    aggregateId: city.cityId,
    correlationId: randomUUID(),
    causationId: null,
    actor: { kind: 'USER', id: 'admin' },
    payload: {
      cityId: city.cityId,
      stateId: city.stateId ?? 'state-mh',
      code: city.code ?? 'PUNE',
      name: city.name ?? 'Pune',
      createdAt: new Date().toISOString(),
    },
  };
}
