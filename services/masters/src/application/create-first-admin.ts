import type { EventContext, UnitOfWork } from '@oms/messaging';
import { ErrorCode } from '@oms/server';
import type { AccessRepository } from '../persistence/access.repository';
import type { UserRepository } from '../persistence/users.repository';
import type { CreateUser } from './create-user';

/** The seeded group the first administrator joins (data scope ALL, every right on every menu). */
export const FIRST_ADMIN_GROUP = 'ADMIN';

/**
 * Creates the first administrator on an empty user table: a STAFF user in the ADMIN group without a home
 * branch (ADMIN's ALL data scope makes one unnecessary), through the same door as `createUser` (so the
 * password policy, `user.created` and the access snapshot all apply). Returns false, changing nothing, when
 * users already exist or another instance won the race to create the same account; throws when the account
 * itself is refused (a malformed e-mail, a weak password, no active ADMIN group): a start-up configuration
 * error. Matches the `CreateFirstAdmin` port of `application/auth/bootstrap-admin.ts`.
 */
export class CreateFirstAdmin {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly access: AccessRepository,
    private readonly createUser: CreateUser,
  ) {}

  async execute(
    context: EventContext,
    admin: { email: string; name: string; password: string },
  ): Promise<boolean> {
    const { count, group } = await this.uow.run(context, async (tx) => ({
      count: await this.users.countUsers(tx.em),
      group: await this.access.groupByCode(tx.em, FIRST_ADMIN_GROUP),
    }));
    if (count > 0) return false;
    if (!group)
      throw new Error(`cannot create the first administrator: there is no ${FIRST_ADMIN_GROUP} group`);
    const result = await this.createUser.execute(context, {
      email: admin.email,
      name: admin.name,
      kind: 'STAFF',
      groupIds: [group.id],
      password: admin.password,
    });
    if (result.ok) return true;
    if (result.errors.some((e) => e.code === ErrorCode.DUPLICATE && e.field?.[1] === 'email')) return false;
    throw new Error(
      `cannot create the first administrator: ${result.errors.map((e) => `${e.field?.join('.') ?? ''} ${e.message}`).join('; ')}`,
    );
  }
}
