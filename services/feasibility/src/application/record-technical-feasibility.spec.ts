import { randomUUID } from 'node:crypto';
import { seedAccess } from '@oms/testkit';
import { OutboxEntity, type OutboxRow } from '@oms/messaging';
import {
  aBranch,
  aBso,
  aCaller,
  aCitySetting,
  aFeasibilityRequestInput,
  aNotFeasibleAnswer,
  partnerAccess,
  staffAccess,
} from '../../test/builders';
import { openSqliteTestDatabase, type SqliteTestDatabase } from '../../test/sqlite-database';
import { FeasibilityRequestEntity } from '../persistence/feasibility-request.entities';
import { FeasibilityRequestRepository } from '../persistence/feasibility-request.repository';
import { KnownMastersRepository } from '../persistence/known-masters.repository';
import { RequesterDirectory } from '../persistence/requester-directory';
import type { FeasibilityRequest } from '../domain/feasibility-request';
import { CreateFeasibilityRequest } from './create-feasibility-request';
import { RecordTechnicalFeasibility } from './record-technical-feasibility';
import { RespondToFeasibilityRequest } from './respond-to-feasibility-request';

describe('RecordTechnicalFeasibility (SQLite)', () => {
  let database: SqliteTestDatabase;
  let record: RecordTechnicalFeasibility;
  let request: FeasibilityRequest;
  const decidedAt = new Date('2026-05-05T08:00:00.000Z');
  const cityId = randomUUID();
  const branch = aBranch('PUNE_01', [cityId]);
  const airlink = aBso('AIRLINK');
  const sales = staffAccess('sales-1', { branchIds: [branch.id] });
  const tech = aCaller(
    staffAccess('tech-1', { branchIds: [branch.id], permissions: ['TECHNICAL_FEASIBILITY'] }),
  );
  const requests = new FeasibilityRequestRepository();

  const concluded = async () =>
    (await database.db.manager.getRepository(OutboxEntity).find()).filter(
      (row) => row.eventType === 'feasibility_request.concluded',
    );
  const payloadOf = (row: OutboxRow) =>
    (JSON.parse(row.envelope) as { payload: Record<string, unknown> }).payload;

  /** Raises a request as `sales` and lets the BSO answer it not feasible. */
  const answered = async (): Promise<FeasibilityRequest> => {
    const create = new CreateFeasibilityRequest(database.uow, requests, new KnownMastersRepository());
    const created = await create.execute(
      aCaller(sales),
      aFeasibilityRequestInput({ cityId, branchId: branch.id, bsoId: airlink.id }),
    );
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const respond = new RespondToFeasibilityRequest(
      database.uow,
      requests,
      new KnownMastersRepository(),
      new RequesterDirectory(),
    );
    const reply = await respond.execute(
      aCaller(partnerAccess('p-airlink', airlink.id)),
      aNotFeasibleAnswer(created.value.id),
    );
    if (!reply.ok) throw new Error(JSON.stringify(reply.errors));
    return reply.value;
  };

  beforeEach(async () => {
    database = await openSqliteTestDatabase();
    await database.deliver(branch.created(), airlink.created(), aCitySetting(airlink, cityId).created());
    request = await answered();
    record = new RecordTechnicalFeasibility(
      database.uow,
      requests,
      new RequesterDirectory(),
      () => decidedAt,
    );
  });

  afterEach(async () => {
    await database.close();
  });

  it('records the verdict once and writes feasibility_request.concluded without inventing a recipient', async () => {
    const result = await record.execute(tech, { id: request.id, verdict: 'NOT_FEASIBLE', remarks: 'No ROW' });
    expect(result).toEqual({
      ok: true,
      value: {
        ...request,
        status: 'NOT_FEASIBLE',
        verdict: 'NOT_FEASIBLE',
        verdictRemarks: 'No ROW',
        decidedAt,
        decidedBy: 'tech-1',
      },
    });
    expect(
      await database.db.manager.getRepository(FeasibilityRequestEntity).findOneBy({ id: request.id }),
    ).toEqual(result.ok && result.value);
    const [row] = await concluded();
    // This database's access copy does not know the requester: nobody to notify.
    expect(payloadOf(row)).toMatchObject({ verdict: 'NOT_FEASIBLE', otcCost: null, notify: [] });

    const again = await record.execute(tech, {
      id: request.id,
      verdict: 'FEASIBLE',
      remarks: 'changed my mind',
    });
    expect(again.ok || again.errors.map((e) => e.code)).toEqual(['INVALID_STATE']);
    expect(await concluded()).toHaveLength(1);
  });

  it('notifies the requester when the access copy knows their address', async () => {
    await seedAccess(database.db, sales);
    const other = await answered();
    await record.execute(tech, { id: other.id, verdict: 'FEASIBLE', remarks: 'ok' });
    const [row] = await concluded();
    expect(payloadOf(row).notify).toEqual([
      { email: 'sales-1@oms.test', name: 'sales-1', role: 'SALES', kind: 'TO' },
    ]);
  });
});
