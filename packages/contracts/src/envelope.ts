import { z } from 'zod';

/** Who caused an event: a user, a partner account, or the system itself (a timer, a consumer). */
export const actorSchema = z.object({
  kind: z.enum(['USER', 'PARTNER', 'SYSTEM']),
  id: z.string().min(1),
  name: z.string().optional(),
});
export type Actor = z.infer<typeof actorSchema>;

/** The system actor, for effects nobody clicked (relays, consumers, timers). */
export const SYSTEM_ACTOR: Actor = { kind: 'SYSTEM', id: 'system' };

/**
 * The envelope every event travels in, on every transport. `payload` is validated separately against the
 * schema registered for `type` + `version` (see `catalog.ts`).
 */
export const envelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().regex(/^[a-z][a-z_]*(\.[a-z][a-z_]*)+$/, 'type must look like entity.past_tense'),
  version: z.number().int().positive(),
  source: z.string().min(1),
  occurredAt: z.iso.datetime({ offset: true }),
  aggregateType: z.string().min(1),
  aggregateId: z.string().min(1),
  correlationId: z.string().min(1),
  causationId: z.string().min(1).nullable(),
  actor: actorSchema,
  payload: z.record(z.string(), z.unknown()),
});

/** An event as it travels between services. */
export type EventEnvelope<P = Record<string, unknown>> = Omit<z.infer<typeof envelopeSchema>, 'payload'> & {
  payload: P;
};
