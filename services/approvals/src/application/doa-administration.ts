import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { orderTypeSchema } from '@oms/contracts';
import type { EventContext, UnitOfWork } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import type { ApprovalMatrix } from '../domain/approval-matrix';
import { cents, levelsProblem, type ApprovalRule } from '../domain/doa';
import { ApprovalMatrixEntity } from '../persistence/approval-matrix.entities';
import type { ApprovalRequestRepository } from '../persistence/approval-request.repository';
import type { ApprovalDesk } from './approval-desk';

const money = (field: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,13}(\.\d{1,2})?$/, `${field} must be an amount ≥ 0 with at most 2 decimals`)
    .transform((v) => Number(v).toFixed(2));
const percent = (field: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,3}(\.\d{1,2})?$/, `${field} must be 0–100 with at most 2 decimals`)
    .refine((v) => Number(v) <= 100, `${field} must be 0–100 with at most 2 decimals`)
    .transform((v) => Number(v).toFixed(2));
const optionalId = z.string().trim().min(1).nullish();

export const addRuleInput = z
  .object({
    matrixId: z.string().trim().min(1, 'matrixId is required'),
    priority: z.number().int().min(1, 'priority must be 1–1000').max(1000, 'priority must be 1–1000'),
    orderType: orderTypeSchema,
    productCategoryId: optionalId,
    productId: optionalId,
    branchId: optionalId,
    zoneId: optionalId,
    arcMin: money('arcMin').nullish(),
    arcMax: money('arcMax').nullish(),
    discountMin: percent('discountMin').nullish(),
    discountMax: percent('discountMax').nullish(),
    levels: z
      .array(
        z.object({
          role: z
            .string()
            .trim()
            .regex(/^[A-Z][A-Z0-9_]{1,49}$/, 'role must be a group code such as RM'),
          limit: money('limit'),
          tatHours: z.number().int().min(1, 'tatHours must be 1–720').max(720, 'tatHours must be 1–720'),
        }),
      )
      .min(1, 'a rule needs at least one level'),
  })
  .superRefine((input, ctx) => {
    if (input.arcMin && input.arcMax && cents(input.arcMin) > cents(input.arcMax))
      ctx.addIssue({ code: 'custom', message: 'arcMin must not be above arcMax', path: ['arcMin'] });
    if (input.discountMin && input.discountMax && cents(input.discountMin) > cents(input.discountMax))
      ctx.addIssue({
        code: 'custom',
        message: 'discountMin must not be above discountMax',
        path: ['discountMin'],
      });
    if (input.branchId && input.zoneId)
      ctx.addIssue({
        code: 'custom',
        message: 'a rule matches a branch or a zone, not both',
        path: ['zoneId'],
      });
    const problem = levelsProblem(input.levels);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['levels'] });
  });

export const ruleIdInput = z.object({ id: z.string().trim().min(1, 'id is required') });
export const matrixIdInput = z.object({ id: z.string().trim().min(1, 'id is required') });

/**
 * Editing the DOA matrix: rules are added to and removed from DRAFT versions only; publishing makes a DRAFT
 * the ACTIVE version of its name (the previous ACTIVE one is RETIRED) and freezes it. Routing uses the rules
 * of every ACTIVE version; publishing also routes the requests that were waiting UNROUTED. A request keeps
 * the version and levels it started with.
 */
export class DoaAdministration {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: ApprovalRequestRepository,
    private readonly desk: ApprovalDesk,
  ) {}

  async addRule(context: EventContext, raw: unknown): Promise<Result<ApprovalRule>> {
    const parsed = parseInput(addRuleInput, raw);
    if (!parsed.ok) return parsed;
    const input = parsed.value;
    return this.uow.run(context, async (tx) => {
      const draft = await this.draft(tx.em, input.matrixId, 'matrixId');
      if (!draft.ok) return draft;
      const rule: ApprovalRule = {
        id: randomUUID(),
        matrixId: draft.value.id,
        priority: input.priority,
        orderType: input.orderType,
        productCategoryId: input.productCategoryId ?? null,
        productId: input.productId ?? null,
        branchId: input.branchId ?? null,
        zoneId: input.zoneId ?? null,
        arcMin: input.arcMin ?? null,
        arcMax: input.arcMax ?? null,
        discountMin: input.discountMin ?? null,
        discountMax: input.discountMax ?? null,
        levels: input.levels.map((l, i) => ({ level: i + 1, ...l })),
      };
      await this.repo.insertRule(tx.em, rule);
      return ok(rule);
    });
  }

  async removeRule(context: EventContext, raw: unknown): Promise<Result<ApprovalMatrix>> {
    const parsed = parseInput(ruleIdInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const rule = await this.repo.ruleById(tx.em, parsed.value.id);
      if (!rule) return fail(userError(ErrorCode.NOT_FOUND, 'no rule has this id', ['input', 'id']));
      const draft = await this.draft(tx.em, rule.matrixId, 'id');
      if (!draft.ok) return draft;
      await this.repo.deleteRule(tx.em, rule.id);
      return ok(draft.value);
    });
  }

  async publish(context: EventContext, raw: unknown): Promise<Result<ApprovalMatrix>> {
    const parsed = parseInput(matrixIdInput, raw);
    if (!parsed.ok) return parsed;
    return this.uow.run(context, async (tx) => {
      const draft = await this.draft(tx.em, parsed.value.id, 'id');
      if (!draft.ok) return draft;
      if ((await this.repo.rulesOf(tx.em, [draft.value.id])).length === 0)
        return fail(
          userError(ErrorCode.VALIDATION, 'a matrix needs at least one rule to be published', [
            'input',
            'id',
          ]),
        );
      const matrices = tx.em.getRepository(ApprovalMatrixEntity);
      await matrices.update({ nameKey: draft.value.nameKey, status: 'ACTIVE' }, { status: 'RETIRED' });
      await matrices.update({ id: draft.value.id }, { status: 'ACTIVE' });
      await this.desk.rerouteUnrouted(tx);
      return ok({ ...draft.value, status: 'ACTIVE' as const });
    });
  }

  /** The matrix, if it exists and is still a DRAFT (published versions are immutable). */
  private async draft(
    em: Parameters<ApprovalRequestRepository['ruleById']>[0],
    id: string,
    field: string,
  ): Promise<Result<ApprovalMatrix>> {
    const matrix = await em.getRepository(ApprovalMatrixEntity).findOneBy({ id });
    if (!matrix)
      return fail(userError(ErrorCode.NOT_FOUND, 'no approval matrix has this id', ['input', field]));
    if (matrix.status !== 'DRAFT')
      return fail(
        userError(
          'INVALID_STATE',
          `version ${matrix.version} of ${matrix.name} is ${matrix.status}: create a new version to change it`,
          ['input', field],
        ),
      );
    return ok(matrix);
  }
}
