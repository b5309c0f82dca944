import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { approvalMatrixCreated } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { answerRepeat, ok, parseInput, type Result } from '@oms/server';
import {
  APPROVAL_MATRIX_LIMITS as LIMITS,
  asksForSame,
  draftApprovalMatrix,
  matrixNameKey,
  nextMatrixVersion,
  normalizeMatrixName,
  type ApprovalMatrix,
} from '../domain/approval-matrix';
import type { ApprovalMatrixRepository } from '../persistence/approval-matrix.repository';

/** What createApprovalMatrix accepts; limits apply to the name as it will be stored. */
export const createApprovalMatrixInput = z.object({
  clientMutationId: z
    .string()
    .trim()
    .min(1, 'clientMutationId must have 1–100 characters')
    .max(100, 'clientMutationId must have 1–100 characters')
    .nullish(),
  name: z
    .string()
    .transform(normalizeMatrixName)
    .pipe(
      z
        .string()
        .min(LIMITS.name.min, `name must have at least ${LIMITS.name.min} characters`)
        .max(LIMITS.name.max, `name must have at most ${LIMITS.name.max} characters`),
    ),
  description: z
    .string()
    .trim()
    .max(LIMITS.description.max, `description must have at most ${LIMITS.description.max} characters`)
    .nullish()
    .transform((text) => (text ? text : null)),
});

/**
 * Creates a DOA approval matrix in DRAFT: version 1 of a new name, or the next version of a name that
 * exists (names compare case-insensitively), and publishes `approval_matrix.created` in the same
 * transaction. A resubmission under the same idempotency key returns the first version and writes nothing.
 */
export class CreateApprovalMatrix {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly matrices: ApprovalMatrixRepository,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<ApprovalMatrix>> {
    const parsed = parseInput(createApprovalMatrixInput, raw);
    if (!parsed.ok) return parsed;
    const { clientMutationId, ...draft } = parsed.value;
    const key = clientMutationId ?? null;
    // Two administrators creating a version of the same name at once both compute the same number; the
    // unique (name, version) index refuses the second, and the unit of work runs it again: it takes the next
    // one (or, for a raced idempotency key, finds the winner's version and answers as a repeat).
    return this.uow.run(context, async (tx) => {
      if (key) {
        const repeat = answerRepeat(
          await this.matrices.byClientMutationId(tx.em, context.actor.id, key),
          (earlier) => asksForSame(earlier, draft),
          (earlier) =>
            `clientMutationId ${key} was already used for approval matrix ${earlier.name} v${earlier.version} with a different input`,
        );
        if (repeat) return repeat;
      }
      const latest = await this.matrices.latestVersion(tx.em, matrixNameKey(draft.name));
      const matrix = draftApprovalMatrix(draft, {
        id: randomUUID(),
        version: nextMatrixVersion(latest),
        at: this.clock(),
        actorId: context.actor.id,
        clientMutationId: key,
      });
      await this.matrices.insert(tx.em, matrix);
      await tx.events.publish(approvalMatrixCreated, matrix.id, {
        matrixId: matrix.id,
        name: matrix.name,
        version: matrix.version,
        createdAt: matrix.createdAt.toISOString(),
      });
      return ok(matrix);
    });
  }
}
