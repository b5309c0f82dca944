import { randomUUID } from 'node:crypto';
import { leadCreated, type EventEnvelope, type PayloadOf } from '@oms/contracts';

type LeadCreatedPayload = PayloadOf<typeof leadCreated>;

/** Builds `lead.created` envelopes as orders publishes them; each build gets a fresh lead and event id. */
export class LeadCreatedBuilder {
  private readonly leadId = randomUUID();
  private payload: LeadCreatedPayload = {
    leadId: this.leadId,
    leadNo: 'LEAD-2026-000001',
    customerName: 'Acme Ltd',
    contactEmail: 'it@acme.example',
    contactPhone: '+91 20 5555 0100',
    cityId: randomUUID(),
    branchId: 'branch-pune',
    productInterest: 'ILL 100 Mbps',
    createdAt: '2026-11-22T10:15:00.000Z',
  };
  private correlationId: string = randomUUID();

  withLeadNo(leadNo: string): this {
    this.payload = { ...this.payload, leadNo };
    return this;
  }

  withCustomer(customerName: string): this {
    this.payload = { ...this.payload, customerName };
    return this;
  }

  /** The lead belongs to this branch. */
  inBranch(branchId: string): this {
    this.payload = { ...this.payload, branchId };
    return this;
  }

  /** As orders published it before leads had branches: no `branchId` at all. */
  withoutBranch(): this {
    const { branchId: _dropped, ...rest } = this.payload;
    this.payload = rest;
    return this;
  }

  withCorrelationId(correlationId: string): this {
    this.correlationId = correlationId;
    return this;
  }

  build(): EventEnvelope<LeadCreatedPayload> {
    return {
      id: randomUUID(),
      type: leadCreated.type,
      version: leadCreated.version,
      source: leadCreated.source,
      occurredAt: this.payload.createdAt,
      aggregateType: leadCreated.aggregateType,
      aggregateId: this.leadId,
      correlationId: this.correlationId,
      causationId: null,
      actor: { kind: 'USER', id: 'sales-1' },
      payload: { ...this.payload },
    };
  }
}

/** A `lead.created` envelope builder: `aLeadCreated().withCustomer('Acme Ltd').build()`. */
export function aLeadCreated(): LeadCreatedBuilder {
  return new LeadCreatedBuilder();
}
