import { z } from 'zod';
import { hashPassword } from '@oms/auth';
import { userPasswordReset } from '@oms/contracts';
import type { EventContext, Transaction, UnitOfWork } from '@oms/messaging';
import { fail, ok, parseInput, type Result } from '@oms/server';
import type { User } from '../domain/identity';
import type { UserRepository } from '../persistence/users.repository';
import { passwordField, rawPasswordOf, weakPasswordErrors } from './identity-inputs';
import { idField, notFound } from './master-inputs';

const input = z.object({ id: idField('id'), password: passwordField });

/** Ends a user's login sessions (authentication does it, revoking each one and publishing `session.revoked`). */
export interface SessionEnder {
  endSessionsOf(tx: Transaction, userId: string, reason: 'PASSWORD_RESET'): Promise<void>;
}

/**
 * An administrator sets a new password for a user (checked against the password policy, stored only as an
 * Argon2id hash); every session of the user ends, and `user.password_reset` (without any password data)
 * records that it happened. The user's access does not change.
 */
export class ResetUserPassword {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly sessions: SessionEnder,
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<User>> {
    const parsed = parseInput(input, raw);
    const weak = weakPasswordErrors(rawPasswordOf(raw), 'password');
    if (!parsed.ok) return fail(...parsed.errors, ...weak);
    if (weak.length > 0) return fail(...weak);
    const exists = await this.uow.run(context, (tx) => this.users.usersByIds(tx.em, [parsed.value.id]));
    if (exists.length === 0) return fail(notFound('user'));
    const passwordHash = await hashPassword(parsed.value.password);
    return this.uow.run(context, async (tx) => {
      const [found] = await this.users.usersByIds(tx.em, [parsed.value.id]);
      if (!found) return fail(notFound('user'));
      const resetAt = new Date();
      await this.users.setPasswordHash(tx.em, found.id, passwordHash, resetAt);
      await this.sessions.endSessionsOf(tx, found.id, 'PASSWORD_RESET');
      await tx.events.publish(userPasswordReset, found.id, {
        userId: found.id,
        resetAt: resetAt.toISOString(),
      });
      return ok({ ...found, passwordChangedAt: resetAt });
    });
  }
}
