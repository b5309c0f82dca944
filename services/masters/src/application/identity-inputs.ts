import { z } from 'zod';
import { passwordWeakness } from '@oms/auth';
import { userError, type UserError } from '@oms/server';
import { isPhoneNumber } from '../domain/bso';
import { normalizeCode } from '../domain/geography';
import { DATA_SCOPES, MENU_RIGHTS, TEAM_KINDS, USER_KINDS, normalizeEmail } from '../domain/identity';
import { AuthErrorCode } from './auth/authentication';
import { emailField } from './bso-inputs';
import { idField } from './master-inputs';

/** A user's e-mail address: valid, stored lower case. */
export const userEmailField = emailField('email').transform(normalizeEmail);

/** A phone number (6–15 digits); an empty text means none. */
export const phoneField = z
  .string()
  .trim()
  .refine(
    (p) => p === '' || isPhoneNumber(p),
    'phone must have 6–15 digits and only spaces, -, ( ) or a leading +',
  )
  .nullish();

/** The phone as stored: null for none. */
export const phoneOf = (phone: string | null | undefined): string | null => (phone ? phone : null);

/** A list of ids (at most 200); repeats are ignored by the use cases. */
export const idsField = (what: string) => z.array(idField(what)).max(200, `at most 200 ${what}s`);

/** A password as the input carries it; its strength is checked apart so it gets its own error code. */
export const passwordField = z.string().max(1024, 'password is too long');

/** The WEAK_PASSWORD error for `field` when `raw` breaks the password policy, else none. */
export function weakPasswordErrors(raw: unknown, field: string): UserError[] {
  if (typeof raw !== 'string') return [];
  const weakness = passwordWeakness(raw);
  return weakness
    ? [userError(AuthErrorCode.WEAK_PASSWORD, `The password ${weakness}.`, ['input', field])]
    : [];
}

/** The password found in a raw input object, if any (to check its strength even when other fields fail). */
export const rawPasswordOf = (raw: unknown, field = 'password'): unknown =>
  raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[field] : undefined;

export const userKindField = z.enum(USER_KINDS);
export const dataScopeField = z.enum(DATA_SCOPES);
export const teamKindField = z.enum(TEAM_KINDS);

/** Rights on a menu: any of VIEW, CREATE, EDIT, APPROVE, ADMIN (repeats ignored). */
export const menuRightsField = z.array(z.enum(MENU_RIGHTS)).max(MENU_RIGHTS.length * 2);

/** A named right's code: a letter, then letters, digits or _, up to 50; stored upper case. */
export const namedRightCodeField = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9_]{1,49}$/, 'code must be 2–50 letters, digits or _, starting with a letter')
  .transform(normalizeCode);

/** Named-right codes a user or group is given (compared upper case). */
export const namedRightCodesField = z
  .array(z.string().trim().min(1, 'a named right code is required').transform(normalizeCode))
  .max(100, 'at most 100 named rights');

/** A frontend route: starts with `/`, up to 200 URL path characters; an empty text means none. */
export const routeField = z
  .string()
  .trim()
  .max(200, 'route must have at most 200 characters')
  .refine((r) => r === '' || /^\/[A-Za-z0-9\-._~/:]*$/.test(r), 'route must be a path starting with /')
  .nullish();

/** A menu's position among its siblings. */
export const sortOrderField = z
  .number()
  .int('sortOrder must be a whole number')
  .min(0, 'sortOrder must be between 0 and 100000')
  .max(100000, 'sortOrder must be between 0 and 100000');
