import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { EntitySchema, ObjectLiteral } from 'typeorm';
import { loadServiceEnv, type ServiceEnv } from '@oms/config';
import { SYSTEM_ACTOR, stateCreated, topicOf, type EventEnvelope } from '@oms/contracts';
import { DeadLetterEntity, InboxEntity, OutboxEntity } from '@oms/messaging';
import { runDeadLetterCommand } from './dead-letter-command';
import { openServiceDatabase, type ServiceModule } from './service-runtime';

/** A service whose one handler fails while `broken` is set, and otherwise publishes an event of its own. */
let broken = true;
const probe: ServiceModule = {
  name: 'approvals',
  typeDefs: gql`
    type Query {
      ping: String
    }
  `,
  entities: [],
  migrations: [],
  consumes: [],
  policy: { Query: {} },
  wire: () => ({
    resolvers: {},
    handlers: {
      'state.created': async (event, tx) => {
        if (broken) throw new TypeError('reference data missing');
        await tx.events.publish(stateCreated, event.aggregateId, event.payload as never);
      },
    },
  }),
};

function anEvent(): EventEnvelope {
  return {
    id: randomUUID(),
    type: stateCreated.type,
    version: stateCreated.version,
    source: stateCreated.source,
    occurredAt: new Date().toISOString(),
    aggregateType: stateCreated.aggregateType,
    aggregateId: 's-1',
    correlationId: 'corr-replay',
    causationId: null,
    actor: SYSTEM_ACTOR,
    payload: { stateId: 's-1', code: 'GA', name: 'Goa', createdAt: new Date().toISOString() },
  };
}

describe('dead-letters command (SQLite)', () => {
  let dataDir: string;
  let env: ServiceEnv;
  let lines: Record<string, unknown>[];
  const run = (...args: string[]) => runDeadLetterCommand(probe, env, args, (l) => lines.push(l));

  /** Stores a dead letter as the consumer leaves one: the message as it came, and why it failed. */
  async function deadLetter(value: string): Promise<string> {
    const db = await openServiceDatabase(probe, env);
    const id = randomUUID();
    await db.transaction((em) =>
      em.getRepository(DeadLetterEntity).insert({
        id,
        consumer: 'oms-approvals',
        topic: topicOf('masters', ''),
        messageKey: 's-1',
        eventId: null,
        eventType: 'state.created',
        value,
        error: 'TypeError: reference data missing',
        attempts: 5,
        createdAt: new Date(),
      }),
    );
    await db.close();
    return id;
  }

  /** The rows of one table, read after the command closed the database. */
  async function rows<T extends ObjectLiteral>(entity: EntitySchema<T>): Promise<T[]> {
    const db = await openServiceDatabase(probe, env);
    try {
      return await db.manager.getRepository(entity).find();
    } finally {
      await db.close();
    }
  }

  beforeEach(() => {
    broken = true;
    lines = [];
    dataDir = mkdtempSync(join(tmpdir(), 'oms-dead-letters-'));
    env = loadServiceEnv({
      DATA_DIR: dataDir,
      PORT: '1',
      LOG_LEVEL: 'error',
      GATEWAY_PROOF_PUBLIC_KEYS: '{"kty":"OKP","crv":"Ed25519","x":"x","kid":"gw"}',
    });
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('lists dead letters, keeps one whose cause persists, and replays it once fixed with its effects', async () => {
    const event = anEvent();
    const id = await deadLetter(JSON.stringify(event));

    expect(await run('list')).toBe(0);
    expect(lines).toEqual([
      expect.objectContaining({ id, eventType: 'state.created', attempts: 5 }),
      { service: 'approvals', deadLetters: 1 },
    ]);

    lines = [];
    expect(await run('replay', id)).toBe(1);
    expect(lines).toEqual([
      { id, error: 'reference data missing' },
      { service: 'approvals', replayed: 0, failed: 1 },
    ]);
    expect((await rows(DeadLetterEntity)).map((r) => r.id)).toEqual([id]);
    expect(await rows(OutboxEntity)).toEqual([]);

    broken = false;
    lines = [];
    expect(await run('replay', '--all')).toBe(0);
    expect(lines).toEqual([
      { id, outcome: 'applied' },
      { service: 'approvals', replayed: 1, failed: 0 },
    ]);
    expect(await rows(DeadLetterEntity)).toEqual([]);
    expect((await rows(InboxEntity)).map((r) => r.eventId)).toEqual([event.id]);
    // What the handler published waits in the outbox for the service's relay, with the request's correlation.
    const [written] = await rows(OutboxEntity);
    expect(JSON.parse(written.envelope)).toMatchObject({
      correlationId: 'corr-replay',
      causationId: event.id,
    });
  });

  it('answers bad usage and unknown ids without changing anything', async () => {
    const id = await deadLetter('{ not json');
    expect(await run('replay')).toBe(2);
    expect(await run('replay', '--all', id)).toBe(2);
    expect(await run('purge')).toBe(2);
    expect(await run('replay', 'no-such-id', id)).toBe(1);
    expect(lines.slice(3)).toEqual([
      { id: 'no-such-id', error: 'no dead letter no-such-id for consumer oms-approvals' },
      { id, error: 'message is not valid JSON' },
      { service: 'approvals', replayed: 0, failed: 2 },
    ]);
    expect((await rows(DeadLetterEntity)).map((r) => r.id)).toEqual([id]);
  });

  describe('while the service runs on its SQLite file', () => {
    let server: Server;
    beforeEach(async () => {
      server = createServer((_, res) => res.end('ok'));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      env = { ...env, PORT: (server.address() as AddressInfo).port };
    });
    afterEach(() => new Promise((resolve) => server.close(resolve)));

    it('refuses to touch the file', async () => {
      const id = await deadLetter(JSON.stringify(anEvent()));
      broken = false;
      expect(await run('replay', '--all')).toBe(1);
      expect(lines).toEqual([{ error: expect.stringContaining('stop it first') as unknown }]);
      expect((await rows(DeadLetterEntity)).map((r) => r.id)).toEqual([id]);
    });
  });
});
