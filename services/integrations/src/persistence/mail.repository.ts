import { In, type EntityManager } from 'typeorm';
import { paginate, type Page } from '@oms/persistence';
import { claimRow, dueRows } from './delivery-queue';
import { DUE_MAIL_STATUSES, type MailMessage, type MailStatus } from '../domain/mail-message';
import type { BsoMailSetting } from '../domain/bso-mail-setting';
import type { WelcomeLetter } from '../domain/welcome-letter';
import { BsoMailSettingEntity, MailMessageEntity, WelcomeLetterEntity } from './mail.entities';
import type { ListArgs } from './sync-record.repository';

/** The conditions a list of mails can be narrowed by. */
export interface MailMessageFilter {
  eventType?: string | null;
  status?: MailStatus | null;
  /** An address among To or Cc, case-insensitive. */
  recipient?: string | null;
  orderId?: string | null;
}

/** Escapes LIKE wildcards with `!` (an escape character MySQL and SQLite read alike). */
const likeLiteral = (text: string) => text.replace(/[!%_]/g, (c) => `!${c}`);

/** Reads and writes the mail log, the BSO mail settings copy and the welcome letters. */
export class MailRepository {
  async insert(em: EntityManager, mail: MailMessage): Promise<void> {
    await em.getRepository(MailMessageEntity).insert(mail);
  }

  async save(em: EntityManager, mail: MailMessage): Promise<void> {
    await em.getRepository(MailMessageEntity).save(mail);
  }

  byEventAndTemplate(em: EntityManager, eventId: string, template: string): Promise<MailMessage | null> {
    return em.getRepository(MailMessageEntity).findOneBy({ eventId, template });
  }

  byIds(em: EntityManager, ids: readonly string[]): Promise<MailMessage[]> {
    return em.getRepository(MailMessageEntity).findBy({ id: In([...ids]) });
  }

  /** The mails about some orders, newest first. */
  ofOrders(em: EntityManager, orderIds: readonly string[]): Promise<MailMessage[]> {
    return em.getRepository(MailMessageEntity).find({
      where: { orderId: In([...orderIds]) },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  /** The branch each order's mails carry (MAX skips the mails that carry none); orders without mails are left out. */
  orderBranches(
    em: EntityManager,
    orderIds: readonly string[],
  ): Promise<{ orderId: string; branchId: string | null }[]> {
    if (orderIds.length === 0) return Promise.resolve([]);
    return em
      .getRepository(MailMessageEntity)
      .createQueryBuilder('m')
      .select('m.orderId', 'orderId')
      .addSelect('MAX(m.branchId)', 'branchId')
      .where('m.orderId IN (:...orderIds)', { orderIds: [...orderIds] })
      .groupBy('m.orderId')
      .getRawMany<{ orderId: string; branchId: string | null }>();
  }

  /** Mails due for a sending attempt, oldest due first. */
  due(em: EntityManager, now: Date, limit: number): Promise<MailMessage[]> {
    return dueRows(em.getRepository(MailMessageEntity), DUE_MAIL_STATUSES, now, limit);
  }

  /** Takes a due row for one attempt (see `claimRow`). */
  claim(em: EntityManager, row: MailMessage, leaseUntil: Date): Promise<boolean> {
    return claimRow(em.getRepository(MailMessageEntity), row, leaseUntil);
  }

  /** Mails newest first, narrowed by the filter and the caller's branch scope (null: every branch). */
  list(
    em: EntityManager,
    args: ListArgs<MailMessageFilter>,
    branchScope: readonly string[] | null,
  ): Promise<Page<MailMessage>> {
    const qb = em.getRepository(MailMessageEntity).createQueryBuilder('m');
    if (branchScope !== null) {
      if (branchScope.length === 0) qb.andWhere('1 = 0');
      else qb.andWhere('m.branchId IN (:...branchScope)', { branchScope: [...branchScope] });
    }
    const f = args.filter;
    if (f?.eventType) qb.andWhere('m.eventType = :eventType', { eventType: f.eventType });
    if (f?.status) qb.andWhere('m.status = :status', { status: f.status });
    if (f?.orderId) qb.andWhere('m.orderId = :orderId', { orderId: f.orderId });
    if (f?.recipient) {
      // Addresses are stored lower case as JSON: match the exact "email":"…" member in To or Cc.
      const member = `%"email":"${likeLiteral(f.recipient.trim().toLowerCase())}"%`;
      qb.andWhere("(m.to LIKE :member ESCAPE '!' OR m.cc LIKE :member ESCAPE '!')", { member });
    }
    return paginate(qb, args);
  }

  /** Keeps a BSO mail setting, unless the copy already holds a newer save of it. */
  async saveSetting(em: EntityManager, setting: BsoMailSetting): Promise<void> {
    const repo = em.getRepository(BsoMailSettingEntity);
    const known = await repo.findOneBy({ id: setting.id });
    if (known && known.savedAt.getTime() > setting.savedAt.getTime()) return;
    await repo.save(setting);
  }

  /** The settings of a BSO and the default one. */
  settingsFor(em: EntityManager, bsoId: string | null): Promise<BsoMailSetting[]> {
    return em
      .getRepository(BsoMailSettingEntity)
      .createQueryBuilder('s')
      .where(bsoId ? '(s.bsoId = :bsoId OR s.bsoId IS NULL)' : 's.bsoId IS NULL', { bsoId })
      .orderBy('s.savedAt', 'DESC')
      .getMany();
  }

  async insertLetter(em: EntityManager, letter: WelcomeLetter): Promise<void> {
    await em.getRepository(WelcomeLetterEntity).insert(letter);
  }

  /** Welcome letters by id (without their bytes). */
  lettersByIds(em: EntityManager, ids: readonly string[]): Promise<WelcomeLetter[]> {
    return em.getRepository(WelcomeLetterEntity).findBy({ id: In([...ids]) });
  }

  /** The welcome letters of some orders (without their bytes). */
  lettersOfOrders(em: EntityManager, orderIds: readonly string[]): Promise<WelcomeLetter[]> {
    return em.getRepository(WelcomeLetterEntity).findBy({ orderId: In([...orderIds]) });
  }

  /** A welcome letter with its bytes. */
  async letterWithContent(
    em: EntityManager,
    id: string,
  ): Promise<(WelcomeLetter & { content: Buffer }) | null> {
    const row = await em
      .getRepository(WelcomeLetterEntity)
      .createQueryBuilder('l')
      .addSelect('l.content')
      .where('l.id = :id', { id })
      .getOne();
    return row?.content ? { ...row, content: Buffer.from(row.content) } : null;
  }
}
