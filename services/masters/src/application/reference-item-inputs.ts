import { z } from 'zod';
import { ErrorCode, userError, type UserError } from '@oms/server';
import { isActive } from '../domain/master-lifecycle';
import {
  CHARGE_TYPES,
  referenceAttributeIssues,
  type ReferenceAttributes,
  type ReferenceItem,
  type ReferenceListKind,
} from '../domain/reference-lists';

/** Where an item shows in its list: 0 to 9999, lowest first. */
export const sortOrderField = z
  .number()
  .int('sortOrder must be a whole number')
  .min(0, 'sortOrder must be from 0 to 9999')
  .max(9999, 'sortOrder must be from 0 to 9999');

/** The typed attributes as input: their types here, which kind takes which (and ranges) in the domain. */
export const attributeFields = {
  days: z.number().int('days must be a whole number').nullish(),
  months: z.number().int('months must be a whole number').nullish(),
  charge: z.enum(CHARGE_TYPES, 'charge must be ONE_TIME or RECURRING').nullish(),
};

/** The domain's per-kind attribute rules as VALIDATION_FAILED errors on the offending input field. */
export function attributeErrors(
  list: ReferenceListKind,
  given: Partial<ReferenceAttributes>,
  creating: boolean,
): UserError[] {
  return referenceAttributeIssues(list, given, creating).map((issue) =>
    userError(ErrorCode.VALIDATION, issue.message, ['input', issue.attribute]),
  );
}

/** The whole state of an item, as every `reference_item.*` event carries it. */
export function referenceItemState(item: ReferenceItem) {
  return {
    referenceItemId: item.id,
    list: item.list,
    code: item.code,
    name: item.name,
    description: item.description,
    sortOrder: item.sortOrder,
    days: item.days,
    months: item.months,
    charge: item.charge,
    active: isActive(item),
  };
}
