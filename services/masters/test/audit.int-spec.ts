import {
  TEST_ADMIN,
  gql,
  gqlData,
  proofHeaders,
  seedAccess,
  startServiceUnderTest,
  testAccess,
  type ServiceUnderTest,
} from '@oms/testkit';
import type { RunningService } from '@oms/server';
import { mastersService } from '../src/service';

const ERRORS = 'errors { code field message }';
const CREATE_ZONE = `mutation($input: CreateZoneInput!) { createZone(input: $input) { zone { id } ${ERRORS} } }`;
const UPDATE_ZONE = `mutation($input: UpdateZoneInput!) { updateZone(input: $input) { zone { id } ${ERRORS} } }`;
const DEACTIVATE_ZONE = `mutation($input: DeactivateZoneInput!) { deactivateZone(input: $input) { zone { id } ${ERRORS} } }`;
const TRAIL = `query($filter: AuditEntryFilter, $first: Int, $after: String) {
  auditEntries(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id occurredAt action entityType entityId before after correlationId
      actor { kind id name } changes { field before after } } }
  }
}`;

describe('the control-panel audit trail (MariaDB + Kafka)', () => {
  let underTest: ServiceUnderTest;
  let service: RunningService;

  beforeAll(async () => {
    underTest = await startServiceUnderTest(mastersService, { label: 'masters_audit', record: [] });
    ({ service } = underTest);
  });

  afterAll(async () => {
    await underTest?.stop();
  });

  it('records who changed what, when, with the record before and after, newest first', async () => {
    const { createZone } = await gqlData(service.url, CREATE_ZONE, { input: { code: 'AUDW', name: 'West' } });
    const zoneId = createZone.zone.id as string;
    await gqlData(
      service.url,
      UPDATE_ZONE,
      { input: { id: zoneId, name: 'Western' } },
      {
        ...(await proofHeaders(TEST_ADMIN.userId)),
        'x-correlation-id': 'audit-corr-1',
      },
    );
    await gqlData(service.url, DEACTIVATE_ZONE, { input: { id: zoneId } });

    const { auditEntries } = await gqlData(service.url, TRAIL, {
      filter: { entityType: 'Zone', entityId: zoneId },
    });
    expect(auditEntries.totalCount).toBe(3);
    const [deactivated, renamed, created] = auditEntries.edges.map((e: { node: unknown }) => e.node);
    expect([created.action, renamed.action, deactivated.action]).toEqual([
      'zone.created',
      'zone.updated',
      'zone.deactivated',
    ]);
    expect(created.before).toBeNull();
    expect(JSON.parse(created.after)).toMatchObject({ zoneId, code: 'AUDW', name: 'West' });
    expect(renamed.actor).toEqual({ kind: 'USER', id: TEST_ADMIN.userId, name: TEST_ADMIN.name });
    expect(renamed.correlationId).toBe('audit-corr-1');
    expect(JSON.parse(renamed.before)).toMatchObject({ name: 'West' });
    expect(JSON.parse(renamed.after)).toMatchObject({ code: 'AUDW', name: 'Western' });
    expect(renamed.changes).toContainEqual({ field: 'name', before: '"West"', after: '"Western"' });
    expect(renamed.changes.map((c: { field: string }) => c.field)).not.toContain('code');
    expect(deactivated.changes.map((c: { field: string }) => c.field)).toContain('deactivatedAt');
    expect(new Date(deactivated.occurredAt).getTime()).toBeGreaterThanOrEqual(
      new Date(created.occurredAt).getTime(),
    );
  });

  it('pages, and filters by actor and action', async () => {
    for (const code of ['AUD1', 'AUD2', 'AUD3'])
      await gqlData(service.url, CREATE_ZONE, { input: { code, name: code } });
    const first = await gqlData(service.url, TRAIL, { filter: { action: 'zone.created' }, first: 2 });
    expect(first.auditEntries.edges).toHaveLength(2);
    expect(first.auditEntries.pageInfo.hasNextPage).toBe(true);
    const next = await gqlData(service.url, TRAIL, {
      filter: { action: 'zone.created' },
      first: 2,
      after: first.auditEntries.pageInfo.endCursor,
    });
    const ids = [...first.auditEntries.edges, ...next.auditEntries.edges].map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(new Set(ids).size).toBe(ids.length);
    const byActor = await gqlData(service.url, TRAIL, { filter: { actorId: 'nobody' } });
    expect(byActor.auditEntries.totalCount).toBe(0);
  });

  it('records nothing for a refused change', async () => {
    const before = (await gqlData(service.url, TRAIL, {})).auditEntries.totalCount;
    const { createZone } = await gqlData(service.url, CREATE_ZONE, {
      input: { code: 'AUDW', name: 'Duplicate' },
    });
    expect(createZone.errors[0].code).toBe('DUPLICATE');
    expect((await gqlData(service.url, TRAIL, {})).auditEntries.totalCount).toBe(before);
  });

  it('is readable only with AUDIT:VIEW', async () => {
    await seedAccess(
      service.db,
      testAccess({ userId: 'clerk', permissions: ['MASTERS:VIEW', 'MASTERS:CREATE'] }),
      testAccess({ userId: 'auditor', permissions: ['AUDIT:VIEW'] }),
    );
    const denied = await gql(service.url, TRAIL, {}, await proofHeaders('clerk'));
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(denied.data?.auditEntries ?? null).toBeNull();
    const allowed = await gql(service.url, TRAIL, {}, await proofHeaders('auditor'));
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.auditEntries.totalCount).toBeGreaterThan(0);
  });
});
