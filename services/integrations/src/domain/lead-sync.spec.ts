import { aLeadCreated } from '../../test/lead-created.builder';
import { leadSyncRecord } from './lead-sync';
import { SUMMARY_MAX_LENGTH, summarize } from './sync-record';

describe('leadSyncRecord', () => {
  const now = new Date('2026-11-22T10:15:01.250Z');

  it('turns a lead.created event into an LMS record about the lead, caused by that event', () => {
    const event = aLeadCreated().withLeadNo('LEAD-2026-000001').withCustomer('Acme Ltd').build();
    expect(leadSyncRecord(event, 'rec-1', now)).toEqual({
      id: 'rec-1',
      system: 'LMS',
      eventId: event.id,
      eventType: 'lead.created',
      aggregateType: 'Lead',
      aggregateId: event.aggregateId,
      status: 'RECORDED',
      summary: 'Lead LEAD-2026-000001 for Acme Ltd',
      branchId: 'branch-pune',
      correlationId: event.correlationId,
      occurredAt: new Date('2026-11-22T10:15:00.000Z'),
      createdAt: now,
      payload: null,
      attempts: 0,
      nextAttemptAt: null,
      lastError: null,
      deliveredAt: null,
    });
  });

  it("scopes the record to the lead's branch, or to none for a lead.created from before branches", () => {
    expect(leadSyncRecord(aLeadCreated().inBranch('branch-goa').build(), 'rec-3', now).branchId).toBe(
      'branch-goa',
    );
    const legacy = aLeadCreated().withoutBranch().build();
    expect('branchId' in legacy.payload).toBe(false);
    expect(leadSyncRecord(legacy, 'rec-4', now).branchId).toBeNull();
  });

  it('keeps the summary on one line and within the stored length, whatever the customer name', () => {
    const event = aLeadCreated()
      .withCustomer(`Acme\n  Telecom ${'x'.repeat(400)}`)
      .build();
    const { summary } = leadSyncRecord(event, 'rec-2', now);
    expect(summary.startsWith('Lead LEAD-2026-000001 for Acme Telecom xxx')).toBe(true);
    expect(summary).toHaveLength(SUMMARY_MAX_LENGTH);
    expect(summary.endsWith('…')).toBe(true);
  });
  it('turns a lead.converted event into an LMS record naming the order', () => {
    const created = aLeadCreated().withLeadNo('LEAD-2026-000010').withCustomer('Initech').build();
    const converted = {
      ...created,
      type: 'lead.converted',
      payload: { ...created.payload, orderNo: 'ORD-2026-000004' },
    };
    expect(leadSyncRecord(converted, 'rec-6', now)).toMatchObject({
      eventType: 'lead.converted',
      summary: 'Lead LEAD-2026-000010 for Initech converted into order ORD-2026-000004',
      branchId: 'branch-pune',
    });
  });

  it('turns a lead.cancelled event into an LMS record saying why the lead was cancelled', () => {
    const created = aLeadCreated().withLeadNo('LEAD-2026-000009').withCustomer('Globex').build();
    const cancelled = {
      ...created,
      type: 'lead.cancelled',
      payload: { ...created.payload, branchId: null, reason: 'budget frozen' },
    };
    expect(leadSyncRecord(cancelled, 'rec-5', now)).toMatchObject({
      system: 'LMS',
      eventType: 'lead.cancelled',
      status: 'RECORDED',
      summary: 'Lead LEAD-2026-000009 for Globex cancelled: budget frozen',
      branchId: null,
      payload: null,
    });
  });
});

describe('summarize', () => {
  it('collapses whitespace and leaves short text whole', () => {
    expect(summarize('  Lead  L-1\tfor\nX  ')).toBe('Lead L-1 for X');
  });

  it('keeps text of exactly the maximum length uncut', () => {
    const text = 'a'.repeat(SUMMARY_MAX_LENGTH);
    expect(summarize(text)).toBe(text);
  });
});
