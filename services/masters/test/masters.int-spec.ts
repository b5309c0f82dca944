import type { RunningService } from '@oms/server';
import { gql, gqlData, startServiceUnderTest, type ServiceUnderTest, type TopicRecorder } from '@oms/testkit';
import { OutboxEntity } from '@oms/messaging';
import { mastersService } from '../src/service';

const CREATE_STATE = `mutation($input: CreateStateInput!) {
  createState(input: $input) { state { id code name } errors { code field message } }
}`;
const CREATE_CITY = `mutation($input: CreateCityInput!) {
  createCity(input: $input) { city { id code name state { code } } errors { code field message } }
}`;

describe('masters on MariaDB + Kafka', () => {
  let underTest: ServiceUnderTest;
  let service: RunningService;
  let recorder: TopicRecorder;

  beforeAll(async () => {
    underTest = await startServiceUnderTest(mastersService);
    ({ service, recorder } = underTest);
  });

  afterAll(async () => {
    await underTest?.stop();
  });

  it('creates a state and a city and publishes both events, keyed by aggregate id', async () => {
    const { createState } = await gqlData(service.url, CREATE_STATE, {
      input: { code: 'ka', name: 'Karnataka' },
    });
    expect(createState.errors).toEqual([]);
    expect(createState.state.code).toBe('KA');
    const { createCity } = await gqlData(service.url, CREATE_CITY, {
      input: { stateId: createState.state.id, code: 'blr', name: 'Bengaluru' },
    });
    expect(createCity.errors).toEqual([]);
    expect(createCity.city.state.code).toBe('KA');

    await recorder.waitFor((m) => m.length >= 2);
    const events = recorder.messages.map((m) => ({
      key: m.key,
      event: JSON.parse(m.value) as { type: string; payload: unknown },
    }));
    expect(events.map((e) => e.event.type)).toEqual(['state.created', 'city.created']);
    expect(events[0].key).toBe(createState.state.id);
    expect(events[1].key).toBe(createCity.city.id);
    expect(events[1].event.payload).toMatchObject({ stateId: createState.state.id, code: 'BLR' });
  });

  it('refuses invalid, duplicate and dangling input with typed errors and writes nothing', async () => {
    const outboxBefore = await service.db.manager.getRepository(OutboxEntity).count();
    const invalid = await gqlData(service.url, CREATE_STATE, { input: { code: 'x', name: '' } });
    expect(invalid.createState.state).toBeNull();
    expect(invalid.createState.errors.map((e: { field: string[] }) => e.field)).toEqual([
      ['input', 'code'],
      ['input', 'name'],
    ]);
    const duplicate = await gqlData(service.url, CREATE_STATE, { input: { code: 'KA', name: 'Again' } });
    expect(duplicate.createState.errors).toEqual([
      { code: 'DUPLICATE', field: ['input', 'code'], message: 'a state with code KA already exists' },
    ]);
    const dangling = await gqlData(service.url, CREATE_CITY, {
      input: { stateId: 'nope', code: 'XX', name: 'Nowhere' },
    });
    expect(dangling.createCity.errors[0].code).toBe('REFERENCE_NOT_FOUND');
    expect(await service.db.manager.getRepository(OutboxEntity).count()).toBe(outboxBefore);
    const states = await gqlData(service.url, '{ states { totalCount } }');
    expect(states.states.totalCount).toBe(1);
  });

  it('pages cities with cursors and filters', async () => {
    const { states } = await gqlData(service.url, '{ states(first: 1) { edges { node { id } } } }');
    const stateId = states.edges[0].node.id;
    for (const code of ['MYS', 'MNG', 'HBL']) {
      await gqlData(service.url, CREATE_CITY, { input: { stateId, code, name: `City ${code}` } });
    }
    const page1 = await gqlData(
      service.url,
      '{ cities(first: 2, filter: { search: "city" }) { edges { node { code } } pageInfo { hasNextPage endCursor } totalCount } }',
    );
    expect(page1.cities.totalCount).toBe(3);
    expect(page1.cities.pageInfo.hasNextPage).toBe(true);
    const page2 = await gqlData(
      service.url,
      `{ cities(first: 2, after: "${page1.cities.pageInfo.endCursor}", filter: { search: "city" }) { edges { node { code } } pageInfo { hasNextPage } } }`,
    );
    const codes = [...page1.cities.edges, ...page2.cities.edges].map(
      (e: { node: { code: string } }) => e.node.code,
    );
    expect(new Set(codes)).toEqual(new Set(['MYS', 'MNG', 'HBL']));
    expect(page2.cities.pageInfo.hasNextPage).toBe(false);
    const bad = await gql(service.url, '{ cities(after: "garbage") { totalCount } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
