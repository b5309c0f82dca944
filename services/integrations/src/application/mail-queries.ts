import type { Database, Page } from '@oms/persistence';
import type { MailMessage } from '../domain/mail-message';
import type { WelcomeLetter } from '../domain/welcome-letter';
import type { MailMessageFilter, MailRepository } from '../persistence/mail.repository';
import type { ListArgs } from '../persistence/sync-record.repository';

/** An order's branch as integrations' own records know it. */
export interface OrderBranch {
  id: string;
  branchId: string | null;
}

/** Read side of mails and welcome letters. */
export class MailQueries {
  constructor(
    private readonly db: Database,
    private readonly repo: MailRepository,
  ) {}

  byIds(ids: readonly string[]): Promise<MailMessage[]> {
    return this.db.read((em) => this.repo.byIds(em, ids));
  }

  ofOrders(orderIds: readonly string[]): Promise<MailMessage[]> {
    return this.db.read((em) => this.repo.ofOrders(em, orderIds));
  }

  list(args: ListArgs<MailMessageFilter>, branchScope: readonly string[] | null): Promise<Page<MailMessage>> {
    return this.db.read((em) => this.repo.list(em, args, branchScope));
  }

  lettersByIds(ids: readonly string[]): Promise<WelcomeLetter[]> {
    return this.db.read((em) => this.repo.lettersByIds(em, ids));
  }

  lettersOfOrders(orderIds: readonly string[]): Promise<WelcomeLetter[]> {
    return this.db.read((em) => this.repo.lettersOfOrders(em, orderIds));
  }

  async letterContent(id: string): Promise<Buffer | null> {
    return (await this.db.read((em) => this.repo.letterWithContent(em, id)))?.content ?? null;
  }

  /** The branch of each order integrations has mails of; orders without mails are left out. */
  async orderBranches(orderIds: readonly string[]): Promise<OrderBranch[]> {
    const rows = await this.db.read((em) => this.repo.orderBranches(em, orderIds));
    return rows.map((r) => ({ id: r.orderId, branchId: r.branchId }));
  }
}
