import { z } from 'zod';
import { BSO_TAT_HOURS, isEmailAddress, isPhoneNumber } from '../domain/bso';
import { bodyTemplateProblems, subjectTemplateProblems } from '../domain/mail-template';
import { nameField } from './master-inputs';

/** An e-mail address (trimmed); `what` names it in the message. */
export const emailField = (what = 'email') =>
  z.string().trim().refine(isEmailAddress, `${what} must be a valid e-mail address`);

/** One contact at a BSO. An empty role is no role. */
export const bsoContactField = z.object({
  name: nameField,
  email: emailField(),
  phone: z
    .string()
    .trim()
    .refine(isPhoneNumber, 'phone must have 6–15 digits and only spaces, -, ( ) or a leading +'),
  role: z
    .string()
    .trim()
    .max(100, 'role must have at most 100 characters')
    .nullish()
    .transform((role) => (role ? role : null)),
});

/** A BSO's contacts: at least one. */
export const bsoContactsField = z
  .array(bsoContactField)
  .min(1, 'a BSO has at least one contact')
  .max(20, 'a BSO has at most 20 contacts');

/** The recipients of a feasibility mail: at least one address. */
export const toField = z
  .array(emailField())
  .min(1, 'to needs at least one address')
  .max(50, 'to has at most 50 addresses');

/** The addresses copied on a feasibility mail; may be empty. */
export const ccField = z.array(emailField()).max(50, 'cc has at most 50 addresses');

/** The feasibility TAT of a BSO in a city, in whole hours. */
export const tatHoursField = z
  .number()
  .int('tatHours must be a whole number')
  .min(BSO_TAT_HOURS.min, `tatHours must be between ${BSO_TAT_HOURS.min} and ${BSO_TAT_HOURS.max}`)
  .max(BSO_TAT_HOURS.max, `tatHours must be between ${BSO_TAT_HOURS.min} and ${BSO_TAT_HOURS.max}`);

/** Adds one issue per problem a domain rule found. */
const problemsOf =
  (rule: (text: string) => string[]) =>
  (text: string, ctx: z.RefinementCtx): void => {
    for (const message of rule(text)) ctx.addIssue({ code: 'custom', message });
  };

/** A mail subject template: one line, 1–200 characters, only known `{{placeholders}}` (trimmed). */
export const subjectTemplateField = z.string().trim().superRefine(problemsOf(subjectTemplateProblems));

/** A mail body template: not blank, only known `{{placeholders}}` (kept exactly as written). */
export const bodyTemplateField = z.string().superRefine(problemsOf(bodyTemplateProblems));
