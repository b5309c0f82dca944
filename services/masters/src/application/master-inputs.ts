import { z } from 'zod';
import { ErrorCode, userError, type UserError } from '@oms/server';
import type { Refusal } from '../domain/master-lifecycle';

/** A master's display name: 2–100 characters once trimmed. */
export const nameField = z
  .string()
  .trim()
  .min(2, 'name must have at least 2 characters')
  .max(100, 'name must have at most 100 characters');

/** An opaque id the caller passes in. */
export const idField = (name: string) => z.string().trim().min(1, `${name} is required`);

/** A master's unique code: letters, digits or _, up to `max` characters. */
export const codeField = (max: number) =>
  z
    .string()
    .trim()
    .regex(new RegExp(`^[A-Za-z0-9_]{2,${max}}$`), `code must be 2–${max} letters, digits or _`);

/** The input of every rename mutation: which master, its new name. */
export const renameInput = z.object({ id: idField('id'), name: nameField });

/** The input of every deactivate mutation: which master. */
export const deactivateInput = z.object({ id: idField('id') });

/** The typed error for an id that names no master of this kind. */
export const notFound = (what: string): UserError =>
  userError(ErrorCode.NOT_FOUND, `no ${what} has this id`, ['input', 'id']);

/** A domain refusal as a user error about the whole input. */
export const refused = (refusal: Refusal): UserError =>
  userError(refusal.code, refusal.message, ['input', 'id']);

/** A bandwidth's rank: a whole number, unique among bandwidths (higher = more). */
export const rankField = z.number().int('rank must be a whole number');
