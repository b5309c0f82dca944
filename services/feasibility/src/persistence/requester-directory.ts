import type { EntityManager } from 'typeorm';
import { accessSnapshotsHolding, accessSnapshotsOf } from '@oms/auth';
import type { AccessSnapshot, MailRecipient } from '@oms/contracts';

/** The named right of the technical team, who record technical feasibility. */
const TECHNICAL_FEASIBILITY = 'TECHNICAL_FEASIBILITY';

const hasAddress = (s: AccessSnapshot) => s.email.trim().length >= 3;
const recipient = (s: AccessSnapshot, role: 'SALES' | 'TECHNICAL'): MailRecipient => ({
  email: s.email.trim(),
  name: s.name || null,
  role,
  kind: 'TO',
});

/**
 * Who is mailed about a request: who raised it, and the technical team of its branch. Both are looked up in
 * this service's copy of users' access (kept from masters' `user_access.changed`), which carries each user's
 * e-mail address. Nobody when the copy does not know the user or has no address — addresses are never guessed.
 */
export class RequesterDirectory {
  async recipientOf(em: EntityManager, userId: string): Promise<MailRecipient[]> {
    return (await accessSnapshotsOf(em, [userId])).filter(hasAddress).map((s) => recipient(s, 'SALES'));
  }

  /**
   * The technical team of a branch, as mail recipients: active staff holding TECHNICAL_FEASIBILITY whose
   * home or further branches include `branchId` (users who see every branch only through the ALL data
   * scope — administrators — are not mailed about every branch's requests), by e-mail address.
   */
  async technicalTeamOf(em: EntityManager, branchId: string): Promise<MailRecipient[]> {
    return (await accessSnapshotsHolding(em, TECHNICAL_FEASIBILITY))
      .filter((s) => s.active && s.kind === 'STAFF' && s.branchIds.includes(branchId) && hasAddress(s))
      .sort((a, b) => a.email.localeCompare(b.email))
      .map((s) => recipient(s, 'TECHNICAL'));
  }
}
