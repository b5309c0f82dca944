import { z } from 'zod';

/**
 * What every service needs to know about a user to authorize a call, as masters computes it whenever a user,
 * their groups or rights change. Services keep the latest snapshot per user (by `version`) from the
 * `user_access.changed` event, so authorization keeps working while masters is down.
 */
export const accessSnapshotSchema = z.object({
  userId: z.string().min(1),
  /** Increases with every change of the user's access; older snapshots never replace newer ones. */
  version: z.number().int().nonnegative(),
  active: z.boolean(),
  /** STAFF works in branches; PARTNER is a BSO's account and sees only that BSO's work. */
  kind: z.enum(['STAFF', 'PARTNER']),
  bsoId: z.string().min(1).nullable(),
  email: z.string(),
  name: z.string(),
  homeBranchId: z.string().min(1).nullable(),
  /** The home branch and every further branch. */
  branchIds: z.array(z.string().min(1)),
  /** Granted by a group whose data scope is ALL (e.g. HEAD_OFFICE, ADMIN): every branch and city. */
  allBranches: z.boolean(),
  /** The cities the user may act on for installations. */
  installationCityIds: z.array(z.string().min(1)),
  /** Group codes, for display and audit. */
  groups: z.array(z.string()),
  /** Effective permissions: `MENU:RIGHT` and named rights. */
  permissions: z.array(z.string()),
});
export type AccessSnapshot = z.infer<typeof accessSnapshotSchema>;
