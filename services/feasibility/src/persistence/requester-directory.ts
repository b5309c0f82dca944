import type { EntityManager } from 'typeorm';
import { AccessPrincipalEntity } from '@oms/auth';
import { accessSnapshotSchema, type MailRecipient } from '@oms/contracts';

/**
 * Who raised a request, as a mail recipient: looked up in this service's copy of users' access (kept from
 * masters' `user_access.changed`), which carries each user's e-mail address. Nobody when the copy does not
 * know the user or has no address for it — addresses are never guessed.
 */
export class RequesterDirectory {
  async recipientOf(em: EntityManager, userId: string): Promise<MailRecipient[]> {
    const row = await em.getRepository(AccessPrincipalEntity).findOneBy({ userId });
    if (!row) return [];
    const snapshot = accessSnapshotSchema.safeParse(JSON.parse(row.snapshot));
    if (!snapshot.success || snapshot.data.email.trim().length < 3) return [];
    const { email, name } = snapshot.data;
    return [{ email: email.trim(), name: name || null, role: 'SALES', kind: 'TO' }];
  }
}
