import { deleteTopics, gqlData, uniqueSuffix, waitUntil } from '@oms/testkit';
import { createBranch, createCity, ops, SERVICES, startDistributed, type DistributedSystem } from './system';
import { ADMIN, signIn, untilKnownEverywhere } from './secured-system';

/**
 * The whole system as in production: five service processes, each on its own MariaDB database, talking over
 * a real Kafka broker, behind the gateway process. Driven only through the gateway, like a frontend.
 */
describe('distributed system through the gateway', () => {
  const suffix = `.${uniqueSuffix()}`;
  let system: DistributedSystem;
  /** The bootstrapped administrator's Authorization header: every call is made as a signed-in user. */
  let auth: Record<string, string>;

  beforeAll(async () => {
    system = await startDistributed(suffix);
    const admin = await signIn(system.gatewayUrl, ADMIN.email, ADMIN.password);
    await untilKnownEverywhere(system.gatewayUrl, admin);
    auth = admin.headers;
  });

  afterAll(async () => {
    await system?.stop();
    const topics = SERVICES.map((s) => `oms.${s}.v1${suffix}`);
    await deleteTopics([...topics, ...topics.map((t) => `${t}.dlq`)]);
  });

  it('creates a lead in a city, joins orders and masters data, and integrations records it via Kafka', async () => {
    const gw = system.gatewayUrl;
    const cityId = await createCity(gw, 'PNQ', auth);
    const branchId = await createBranch(gw, cityId, 'PNQ', auth);

    // orders learns about the city and branch from masters' events (Kafka), then accepts leads there.
    let lead: { id: string; leadNo: string } | undefined;
    await waitUntil(
      async () => {
        const { createLead } = await gqlData(
          gw,
          ops.createLead,
          {
            input: {
              customerName: 'Acme Networks Pvt Ltd',
              cityId,
              branchId,
              contactEmail: 'it@acme.example',
              clientMutationId: `e2e-${suffix}`,
            },
          },
          auth,
        );
        if (createLead.errors.length > 0) {
          expect(createLead.errors[0].code).toBe('REFERENCE_NOT_FOUND');
          return false;
        }
        lead = createLead.lead;
        return true;
      },
      30000,
      250,
    );
    expect(lead!.leadNo).toMatch(/^LEAD-\d{4}-\d{6}$/);

    // One federated query: the lead (orders), its city and state (masters), its sync records (integrations).
    const query = `query($id: ID!) {
      lead(id: $id) { id leadNo customerName city { id code name state { code name } } syncRecords { system status eventType } }
    }`;
    let result: { lead: { syncRecords: unknown[] } } | undefined;
    await waitUntil(
      async () => {
        result = await gqlData<{ lead: { syncRecords: unknown[] } }>(gw, query, { id: lead!.id }, auth);
        return result.lead.syncRecords.length > 0;
      },
      30000,
      250,
    );
    expect(result!.lead).toMatchObject({
      id: lead!.id,
      customerName: 'Acme Networks Pvt Ltd',
      city: { id: cityId, code: 'PNQ', name: 'City PNQ', state: { code: 'SPNQ', name: 'State PNQ' } },
      syncRecords: [{ system: 'LMS', status: 'RECORDED', eventType: 'lead.created' }],
    });
  });

  it('keeps one effect when the same mutation is submitted twice with the same key', async () => {
    const gw = system.gatewayUrl;
    const { leads } = await gqlData(
      gw,
      '{ leads(first: 50) { totalCount edges { node { id } } } }',
      {},
      auth,
    );
    const cityId = (await gqlData(gw, '{ cities(first: 1) { edges { node { id } } } }', {}, auth)).cities
      .edges[0].node.id;
    const branchId = (await gqlData(gw, '{ branches(first: 1) { edges { node { id } } } }', {}, auth))
      .branches.edges[0].node.id;
    const again = await gqlData(
      gw,
      ops.createLead,
      {
        input: {
          customerName: 'Acme Networks Pvt Ltd',
          cityId,
          branchId,
          contactEmail: 'it@acme.example',
          clientMutationId: `e2e-${suffix}`,
        },
      },
      auth,
    );
    expect(again.createLead.lead.id).toBe(leads.edges[0].node.id);
    expect((await gqlData(gw, '{ leads { totalCount } }', {}, auth)).leads.totalCount).toBe(leads.totalCount);
  });

  it('resumes without loss when a consumer service is stopped mid-flow and restarted', async () => {
    const gw = system.gatewayUrl;
    const cityId = (await gqlData(gw, '{ cities(first: 1) { edges { node { id } } } }', {}, auth)).cities
      .edges[0].node.id;
    const branchId = (await gqlData(gw, '{ branches(first: 1) { edges { node { id } } } }', {}, auth))
      .branches.edges[0].node.id;
    await system.processes.get('integrations')!.stop();
    const { createLead } = await gqlData(
      gw,
      ops.createLead,
      {
        input: { customerName: 'Beta Telecom', cityId, branchId },
      },
      auth,
    );
    expect(createLead.errors).toEqual([]);
    await system.restart('integrations');
    await waitUntil(
      async () => {
        const { syncRecords } = await gqlData<{
          syncRecords: { edges: { node: { aggregateId: string } }[] };
        }>(gw, '{ syncRecords(first: 100) { edges { node { aggregateId } } } }', {}, auth);
        return syncRecords.edges.some((e) => e.node.aggregateId === createLead.lead.id);
      },
      60000,
      250,
    );
  });
});
