import { newSyncRecord, type InboundEvent, type SyncRecord, type SyncTarget } from './sync-record';

/** What lead sync needs to know about a captured lead (a slice of the `lead.created` payload). */
export interface CapturedLead {
  leadNo: string;
  customerName: string;
  /** The lead's branch; absent in events published before leads had branches. */
  branchId?: string | null;
}

/**
 * A captured lead goes to LMS, where sales follow it up; operators recognise it by number and customer, and
 * only users of the lead's branch (or of every branch) see the record.
 */
export function leadSyncTarget(lead: CapturedLead): SyncTarget {
  return {
    system: 'LMS',
    summary: `Lead ${lead.leadNo} for ${lead.customerName}`,
    branchId: lead.branchId ?? null,
  };
}

/** The sync record a `lead.created` event becomes: one LMS job about the lead. */
export function leadSyncRecord(event: InboundEvent<CapturedLead>, id: string, now: Date): SyncRecord {
  return newSyncRecord(event, leadSyncTarget(event.payload), id, now);
}
