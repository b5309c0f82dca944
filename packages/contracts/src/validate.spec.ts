import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { EVENT_CATALOG, stateCreated, type EventDefinition } from './catalog';
import { SYSTEM_ACTOR, envelopeSchema } from './envelope';
import { deadLetterTopicOf, topicOf } from './topics';
import { InvalidEventError, assertPayload, parseEvent } from './validate';

/** A valid `state.created` envelope, as the masters service publishes it. */
function aStateCreatedEnvelope(overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    type: 'state.created',
    version: 1,
    source: 'masters',
    occurredAt: '2025-03-01T10:00:00.000Z',
    aggregateType: 'State',
    aggregateId: 's-1',
    correlationId: 'corr-1',
    causationId: null,
    actor: { kind: 'USER', id: 'u-1', name: 'Asha' },
    payload: { stateId: 's-1', code: 'KA', name: 'Karnataka', createdAt: '2025-03-01T10:00:00.000Z' },
    ...overrides,
  };
}

/** The error `parseEvent` throws for `raw`. */
function parseError(raw: string | Buffer, catalog?: ReadonlyMap<string, EventDefinition>): InvalidEventError {
  try {
    parseEvent(raw, catalog);
  } catch (err) {
    expect(err).toBeInstanceOf(InvalidEventError);
    return err as InvalidEventError;
  }
  throw new Error('parseEvent accepted the message');
}

describe('parseEvent', () => {
  it('accepts a valid envelope from a string or a Buffer', () => {
    const envelope = aStateCreatedEnvelope();
    expect(parseEvent(JSON.stringify(envelope))).toEqual(envelope);
    expect(parseEvent(Buffer.from(JSON.stringify(envelope)))).toEqual(envelope);
  });

  it('returns the payload as its schema parsed it (unknown payload fields dropped)', () => {
    const envelope = aStateCreatedEnvelope({
      payload: { ...aStateCreatedEnvelope().payload, internalNote: 'not part of the contract' },
    });
    expect(parseEvent(JSON.stringify(envelope)).payload).not.toHaveProperty('internalNote');
  });

  it('accepts timestamps with an offset and a system actor', () => {
    const envelope = aStateCreatedEnvelope({ occurredAt: '2025-03-01T15:30:00+05:30', actor: SYSTEM_ACTOR });
    expect(parseEvent(JSON.stringify(envelope)).occurredAt).toBe('2025-03-01T15:30:00+05:30');
  });

  it('refuses bytes that are not JSON', () => {
    const err = parseError('{"id": ');
    expect(err.message).toBe('message is not valid JSON');
    expect(err.name).toBe('InvalidEventError');
  });

  it.each([
    ['a non-uuid id', { id: 'not-a-uuid' }, 'id'],
    ['a type that is not entity.past_tense', { type: 'StateCreated' }, 'entity.past_tense'],
    ['version 0', { version: 0 }, 'version'],
    ['an unknown actor kind', { actor: { kind: 'ROBOT', id: 'r2' } }, 'actor'],
    ['a date without offset', { occurredAt: '2025-03-01 10:00:00' }, 'occurredAt'],
    ['an empty aggregate id', { aggregateId: '' }, 'aggregateId'],
    ['a missing correlation id', { correlationId: undefined }, 'correlationId'],
    ['a payload that is not an object', { payload: ['KA'] }, 'payload'],
  ])('refuses an envelope with %s', (_case, overrides, mentions) => {
    const err = parseError(JSON.stringify(aStateCreatedEnvelope(overrides)));
    expect(err.message).toMatch(/^invalid envelope: /);
    expect(err.message).toContain(mentions);
  });

  it('refuses an event type or version the catalog does not know', () => {
    expect(parseError(JSON.stringify(aStateCreatedEnvelope({ version: 2 }))).message).toBe(
      'unknown event state.created@2',
    );
    expect(parseError(JSON.stringify(aStateCreatedEnvelope({ type: 'state.renamed' }))).message).toBe(
      'unknown event state.renamed@1',
    );
  });

  it('refuses a payload that breaks its schema, naming the field', () => {
    const envelope = aStateCreatedEnvelope({
      payload: { stateId: 's-1', code: 'KA', createdAt: 'yesterday' },
    });
    const err = parseError(JSON.stringify(envelope));
    expect(err.message).toMatch(/^invalid state.created payload: /);
    expect(err.message).toContain('name');
    expect(err.message).toContain('createdAt');
  });

  it('validates against the catalog it is given', () => {
    const renamed: EventDefinition = {
      type: 'state.renamed',
      version: 1,
      source: 'masters',
      aggregateType: 'State',
      payload: z.object({ stateId: z.string(), name: z.string() }),
    };
    const catalog = new Map([['state.renamed@1', renamed]]);
    const envelope = aStateCreatedEnvelope({
      type: 'state.renamed',
      payload: { stateId: 's-1', name: 'KA' },
    });
    expect(parseEvent(JSON.stringify(envelope), catalog).payload).toEqual({ stateId: 's-1', name: 'KA' });
    // The default catalog does not know it, and the custom one does not know state.created.
    expect(parseError(JSON.stringify(envelope)).message).toBe('unknown event state.renamed@1');
    expect(parseError(JSON.stringify(aStateCreatedEnvelope()), catalog).message).toBe(
      'unknown event state.created@1',
    );
  });
});

describe('assertPayload', () => {
  it('returns a valid payload', () => {
    const payload = { stateId: 's-1', code: 'KA', name: 'Karnataka', createdAt: new Date().toISOString() };
    expect(assertPayload(stateCreated, payload)).toEqual(payload);
  });

  it('throws InvalidEventError naming the event and the field', () => {
    expect(() => assertPayload(stateCreated, { stateId: '', code: 'KA', name: 'K', createdAt: 'x' })).toThrow(
      InvalidEventError,
    );
    expect(() => assertPayload(stateCreated, { stateId: '', code: 'KA', name: 'K', createdAt: 'x' })).toThrow(
      /^invalid state.created payload: [\s\S]*stateId[\s\S]*createdAt/,
    );
    expect(() => assertPayload(stateCreated, null)).toThrow(InvalidEventError);
  });
});

describe('catalog and topics', () => {
  it('registers every definition under its own type@version, with a name envelopes accept', () => {
    expect(EVENT_CATALOG.size).toBeGreaterThan(0);
    for (const [key, def] of EVENT_CATALOG) {
      expect(key).toBe(`${def.type}@${def.version}`);
      expect(envelopeSchema.shape.type.safeParse(def.type).success).toBe(true);
    }
  });

  it('names one topic per service, with an optional suffix, and its dead-letter topic', () => {
    expect(topicOf('orders')).toBe('oms.orders.v1');
    expect(topicOf('masters', '.run42')).toBe('oms.masters.v1.run42');
    expect(deadLetterTopicOf(topicOf('masters', '.run42'))).toBe('oms.masters.v1.run42.dlq');
  });
});
