import { randomUUID } from 'node:crypto';
import { OutboxEntity } from '@oms/messaging';
import {
  aBranch,
  aBso,
  aCaller,
  aCitySetting,
  aSendInput,
  staffAccess,
  type SendInput,
} from '../../test/builders';
import { openSqliteTestDatabase, type SqliteTestDatabase } from '../../test/sqlite-database';
import {
  FeasibilityBatchEntity,
  FeasibilityRequestEntity,
} from '../persistence/feasibility-request.entities';
import { FeasibilityRequestRepository } from '../persistence/feasibility-request.repository';
import { KnownMastersRepository } from '../persistence/known-masters.repository';
import { SendForFeasibility } from './send-for-feasibility';

// The send against the embedded-mode database (SQLite through sql.js), masters data arriving as events.
describe('SendForFeasibility (SQLite)', () => {
  let database: SqliteTestDatabase;
  let send: SendForFeasibility;
  const at = new Date('2026-06-01T10:00:00.000Z');
  const [pune, delhi] = [randomUUID(), randomUUID()];
  const branch = aBranch('PUNE_01', [pune]);
  const airlink = aBso('AIRLINK', 'Airlink Networks');
  const skynet = aBso('SKYNET', 'Skynet Fibre');
  const retired = aBso('RETIRED');
  const delhinet = aBso('DELHINET');
  const paused = aBso('PAUSED');
  const sales = aCaller(staffAccess('sales-1', { branchIds: [branch.id] }));
  const inPune = (overrides: Partial<SendInput> = {}) =>
    aSendInput({ cityId: pune, branchId: branch.id, ...overrides });

  const requested = async () =>
    (await database.db.manager.getRepository(OutboxEntity).find({ order: { seq: 'ASC' } }))
      .filter((row) => row.eventType === 'feasibility.requested')
      .map((row) => (JSON.parse(row.envelope) as { payload: Record<string, unknown> }).payload);
  const written = async () => ({
    batches: await database.db.manager.getRepository(FeasibilityBatchEntity).count(),
    requests: await database.db.manager.getRepository(FeasibilityRequestEntity).count(),
    outbox: await database.db.manager.getRepository(OutboxEntity).count(),
  });
  const codes = (result: Awaited<ReturnType<SendForFeasibility['execute']>>) =>
    result.ok ? [] : result.errors.map((e) => [e.code, e.field]);

  beforeEach(async () => {
    database = await openSqliteTestDatabase();
    const skynetPune = aCitySetting(skynet, pune, 12);
    const pausedPune = aCitySetting(paused, pune);
    await database.deliver(
      branch.created(),
      ...[airlink, skynet, retired, delhinet, paused].map((b) => b.created()),
      aCitySetting(airlink, pune, 24).created(),
      skynetPune.created(),
      skynetPune.updated({ to: ['noc@skynet.example', 'fr@skynet.example'], cc: ['sales@skynet.example'] }),
      aCitySetting(retired, pune).created(),
      retired.deactivated(),
      aCitySetting(delhinet, delhi).created(),
      pausedPune.created(),
      pausedPune.deactivated(),
    );
    send = new SendForFeasibility(
      database.uow,
      new FeasibilityRequestRepository(),
      new KnownMastersRepository(),
      () => at,
    );
  });

  afterEach(async () => {
    await database.close();
  });

  it('raises one request per picked BSO under one batch, each publishing its BSO’s recipients', async () => {
    const input = inPune({ bsoIds: [skynet.id, airlink.id] });
    const sent = await send.execute(sales, input);
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors));
    const { batch, requests } = sent.value;
    expect(batch).toMatchObject({
      leadId: input.leadId,
      bsoIds: [skynet.id, airlink.id],
      createdBy: 'sales-1',
    });
    expect(requests.map((r) => [r.requestNo, r.bsoId, r.batchId, r.answerDueAt])).toEqual([
      ['FR-2026-000001', skynet.id, batch.id, new Date('2026-06-01T22:00:00.000Z')],
      ['FR-2026-000002', airlink.id, batch.id, new Date('2026-06-02T10:00:00.000Z')],
    ]);
    expect(
      await database.db.manager.getRepository(FeasibilityBatchEntity).findOneBy({ id: batch.id }),
    ).toEqual(batch);
    expect((await requested()).map((p) => [p.bsoCode, p.bsoName, p.branchId, p.notify])).toEqual([
      [
        'SKYNET',
        'Skynet Fibre',
        branch.id,
        [
          { email: 'noc@skynet.example', name: null, role: 'BSO', kind: 'TO' },
          { email: 'fr@skynet.example', name: null, role: 'BSO', kind: 'TO' },
          { email: 'sales@skynet.example', name: null, role: 'BSO', kind: 'CC' },
        ],
      ],
      [
        'AIRLINK',
        'Airlink Networks',
        branch.id,
        [{ email: 'feasibility@bso.example', name: null, role: 'BSO', kind: 'TO' }],
      ],
    ]);
  });

  it('asks every active BSO with an active setting for the city when none is picked', async () => {
    const sent = await send.execute(sales, inPune());
    expect(sent.ok && sent.value.requests.map((r) => r.bsoId)).toEqual([airlink.id, skynet.id]);
    expect(sent.ok && sent.value.batch.bsoIds).toBeNull();
  });

  it('refuses unusable BSOs on their index, every problem at once, and writes nothing', async () => {
    const result = await send.execute(
      sales,
      inPune({ bsoIds: [airlink.id, randomUUID(), retired.id, delhinet.id, paused.id] }),
    );
    expect(result.ok ? [] : result.errors).toEqual([
      { code: 'REFERENCE_NOT_FOUND', field: ['input', 'bsoIds', '1'], message: 'no BSO has this id' },
      { code: 'REFERENCE_INACTIVE', field: ['input', 'bsoIds', '2'], message: 'BSO RETIRED is inactive' },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'bsoIds', '3'],
        message: 'BSO DELHINET does not serve the city of the request',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'bsoIds', '4'],
        message: 'BSO PAUSED does not serve the city of the request',
      },
    ]);
    expect(await written()).toEqual({ batches: 0, requests: 0, outbox: 0 });
  });

  it('refuses bad input, a city no BSO serves, and another branch, writing nothing', async () => {
    expect(codes(await send.execute(sales, inPune({ bsoIds: [] })))).toEqual([
      ['VALIDATION_FAILED', ['input', 'bsoIds']],
    ]);
    expect(
      codes(await send.execute(sales, inPune({ bsoIds: [airlink.id, 'x', airlink.id.toUpperCase()] }))),
    ).toEqual([
      ['VALIDATION_FAILED', ['input', 'bsoIds', '1']],
      ['VALIDATION_FAILED', ['input', 'bsoIds', '2']],
    ]);
    expect(
      codes(await send.execute(sales, inPune({ bsoIds: Array.from({ length: 21 }, randomUUID) }))),
    ).toEqual([['VALIDATION_FAILED', ['input', 'bsoIds']]]);
    expect(codes(await send.execute(sales, inPune({ cityId: randomUUID() })))).toEqual([
      ['NO_BSO_SERVES_CITY', ['input', 'cityId']],
    ]);
    expect(codes(await send.execute(sales, inPune({ branchId: randomUUID() })))).toEqual([
      ['FORBIDDEN', ['input', 'branchId']],
    ]);
    expect(await written()).toEqual({ batches: 0, requests: 0, outbox: 0 });
  });

  it('answers a repeated key with the first send and writes nothing; refuses the key for another input', async () => {
    const input = inPune({ clientMutationId: 'send-1', bsoIds: [airlink.id, skynet.id] });
    const first = await send.execute(sales, input);
    const before = await written();
    // The same BSOs in another order are the same send.
    const again = await send.execute(sales, { ...input, bsoIds: [skynet.id, airlink.id] });
    expect(again).toEqual(first);
    expect(await written()).toEqual(before);
    expect(codes(await send.execute(sales, { ...input, bsoIds: [airlink.id] }))).toEqual([
      ['IDEMPOTENCY_KEY_REUSED', ['input', 'clientMutationId']],
    ]);
    expect(codes(await send.execute(sales, { ...input, bsoIds: null }))).toEqual([
      ['IDEMPOTENCY_KEY_REUSED', ['input', 'clientMutationId']],
    ]);
    expect(await written()).toEqual(before);
  });
});
