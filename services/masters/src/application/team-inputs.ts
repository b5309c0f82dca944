import { z } from 'zod';
import { isEmailAddress } from '../domain/bso';

/** A team's shared mail address (trimmed); an empty text means none. */
export const mailAddressField = z
  .string()
  .trim()
  .refine((text) => text === '' || isEmailAddress(text), 'mailAddress must be a valid e-mail address')
  .nullish();

/** The mail address as stored: null for none. */
export const mailAddressOf = (text: string | null | undefined): string | null => (text ? text : null);
