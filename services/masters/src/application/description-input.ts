import { z } from 'zod';

/** A master's optional description: up to 500 characters once trimmed; empty means none. */
export const descriptionField = z
  .string()
  .trim()
  .max(500, 'description must have at most 500 characters')
  .nullish();

/** A description as stored: null when none was given or it is empty. */
export const descriptionOf = (text: string | null | undefined): string | null => (text ? text : null);

/**
 * The description after an edit: as it was when the input left it out (undefined or null), cleared by an
 * empty text, replaced otherwise.
 */
export const editedDescription = (current: string | null, text: string | null | undefined): string | null =>
  text === undefined || text === null ? current : descriptionOf(text);
