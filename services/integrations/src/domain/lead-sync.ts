import { newSyncRecord, type InboundEvent, type SyncRecord, type SyncTarget } from './sync-record';

/** What lead sync needs to know about a lead (a slice of the `lead.created` and `lead.cancelled` payloads). */
export interface CapturedLead {
  leadNo: string;
  customerName: string;
  /** The lead's branch; absent in events published before leads had branches. */
  branchId?: string | null;
  /** Why sales cancelled it, for a `lead.cancelled`. */
  reason?: string;
  /** The order it became, for a `lead.converted`. */
  orderNo?: string;
}

/**
 * A captured lead goes to LMS, where sales follow it up, and so do its conversion into an order and its
 * cancellation (with the reason);
 * operators recognise it by number and customer, and only users of the lead's branch (or of every branch) see
 * the record.
 */
export function leadSyncTarget(lead: CapturedLead): SyncTarget {
  const about = `Lead ${lead.leadNo} for ${lead.customerName}`;
  return {
    system: 'LMS',
    summary:
      lead.reason !== undefined
        ? `${about} cancelled: ${lead.reason}`
        : lead.orderNo !== undefined
          ? `${about} converted into order ${lead.orderNo}`
          : about,
    branchId: lead.branchId ?? null,
  };
}

/** The sync record a `lead.created`, `lead.converted` or `lead.cancelled` becomes: one LMS job about the lead. */
export function leadSyncRecord(event: InboundEvent<CapturedLead>, id: string, now: Date): SyncRecord {
  return newSyncRecord(event, leadSyncTarget(event.payload), id, now);
}
