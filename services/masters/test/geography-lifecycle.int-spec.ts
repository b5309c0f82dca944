import { gqlData, startServiceUnderTest, type ServiceUnderTest } from '@oms/testkit';
import type { RunningService } from '@oms/server';
import type { TopicRecorder } from '@oms/testkit';
import { mastersService } from '../src/service';
import { eventFor, refused } from './masters-test-kit';

const CREATE_STATE = `mutation($input: CreateStateInput!) {
  createState(input: $input) { state { id code name active } errors { code field message } }
}`;
const UPDATE_STATE = `mutation($input: UpdateStateInput!) {
  updateState(input: $input) { state { id code name updatedAt active } errors { code field message } }
}`;
const DEACTIVATE_STATE = `mutation($input: DeactivateStateInput!) {
  deactivateState(input: $input) { state { id active deactivatedAt } errors { code field message } }
}`;
const CREATE_CITY = `mutation($input: CreateCityInput!) {
  createCity(input: $input) { city { id code name active } errors { code field message } }
}`;
const UPDATE_CITY = `mutation($input: UpdateCityInput!) {
  updateCity(input: $input) { city { id code name updatedAt } errors { code field message } }
}`;
const DEACTIVATE_CITY = `mutation($input: DeactivateCityInput!) {
  deactivateCity(input: $input) { city { id active deactivatedAt } errors { code field message } }
}`;

describe('editing and deactivating states and cities (MariaDB + Kafka)', () => {
  let underTest: ServiceUnderTest;
  let service: RunningService;
  let recorder: TopicRecorder;

  const createState = async (code: string) =>
    (await gqlData(service.url, CREATE_STATE, { input: { code, name: `State ${code}` } })).createState
      .state as { id: string };
  const createCity = async (stateId: string, code: string) =>
    (await gqlData(service.url, CREATE_CITY, { input: { stateId, code, name: `City ${code}` } })).createCity
      .city as { id: string };

  beforeAll(async () => {
    underTest = await startServiceUnderTest(mastersService, { label: 'masters_geo' });
    ({ service, recorder } = underTest);
  });

  afterAll(async () => {
    await underTest?.stop();
  });

  it('renames a state and a city, keeping their codes, and publishes the updates', async () => {
    const state = await createState('GJ');
    const city = await createCity(state.id, 'AMD');

    const { updateState } = await gqlData(service.url, UPDATE_STATE, {
      input: { id: state.id, name: ' Gujarat ' },
    });
    expect(updateState.errors).toEqual([]);
    expect(updateState.state).toMatchObject({ code: 'GJ', name: 'Gujarat', active: true });
    const stateEvent = await eventFor(recorder, 'state.updated', state.id);
    expect(stateEvent.payload).toEqual({
      stateId: state.id,
      name: 'Gujarat',
      updatedAt: updateState.state.updatedAt,
    });

    const { updateCity } = await gqlData(service.url, UPDATE_CITY, {
      input: { id: city.id, name: 'Ahmedabad' },
    });
    expect(updateCity.errors).toEqual([]);
    expect(updateCity.city).toMatchObject({ code: 'AMD', name: 'Ahmedabad' });
    const cityEvent = await eventFor(recorder, 'city.updated', city.id);
    expect(cityEvent.payload).toEqual({
      cityId: city.id,
      name: 'Ahmedabad',
      updatedAt: updateCity.city.updatedAt,
    });
  });

  it('deactivates a city, then its state; both stay readable and are filtered by active', async () => {
    const state = await createState('RJ');
    const city = await createCity(state.id, 'JAI');

    const inUse = await refused(service, DEACTIVATE_STATE, 'deactivateState', { id: state.id });
    expect(inUse).toEqual([
      { code: 'IN_USE', field: ['input', 'id'], message: 'state RJ is used by 1 active city' },
    ]);

    const { deactivateCity } = await gqlData(service.url, DEACTIVATE_CITY, { input: { id: city.id } });
    expect(deactivateCity.errors).toEqual([]);
    expect(deactivateCity.city.active).toBe(false);
    const cityEvent = await eventFor(recorder, 'city.deactivated', city.id);
    expect(cityEvent.payload).toEqual({ cityId: city.id, deactivatedAt: deactivateCity.city.deactivatedAt });

    const { deactivateState } = await gqlData(service.url, DEACTIVATE_STATE, { input: { id: state.id } });
    expect(deactivateState.errors).toEqual([]);
    expect(deactivateState.state).toMatchObject({ id: state.id, active: false });
    const stateEvent = await eventFor(recorder, 'state.deactivated', state.id);
    expect(stateEvent.payload).toEqual({
      stateId: state.id,
      deactivatedAt: deactivateState.state.deactivatedAt,
    });

    const read = await gqlData(
      service.url,
      `{ city(id: "${city.id}") { active deactivatedAt state { code active cities { code active } } } }`,
    );
    expect(read.city).toMatchObject({
      active: false,
      state: { code: 'RJ', active: false, cities: [{ code: 'JAI', active: false }] },
    });
    const lists = await gqlData(
      service.url,
      `{ inactive: states(filter: { active: false }) { edges { node { code } } }
         active: states(filter: { active: true }) { edges { node { code } } }
         inactiveCities: cities(filter: { active: false }) { edges { node { code } } } }`,
    );
    const codes = (c: { edges: { node: { code: string } }[] }) => c.edges.map((e) => e.node.code);
    expect(codes(lists.inactive)).toEqual(['RJ']);
    expect(codes(lists.active)).not.toContain('RJ');
    expect(codes(lists.inactiveCities)).toEqual(['JAI']);
  });

  it('refuses a second deactivation, unknown ids, bad names and a city in an inactive state', async () => {
    const state = await createState('PB');
    const city = await createCity(state.id, 'LDH');
    await gqlData(service.url, DEACTIVATE_CITY, { input: { id: city.id } });
    await gqlData(service.url, DEACTIVATE_STATE, { input: { id: state.id } });

    expect(await refused(service, DEACTIVATE_STATE, 'deactivateState', { id: state.id })).toEqual([
      { code: 'ALREADY_INACTIVE', field: ['input', 'id'], message: 'state PB is already inactive' },
    ]);
    expect(await refused(service, DEACTIVATE_CITY, 'deactivateCity', { id: city.id })).toEqual([
      { code: 'ALREADY_INACTIVE', field: ['input', 'id'], message: 'city LDH is already inactive' },
    ]);
    expect(
      await refused(service, CREATE_CITY, 'createCity', { stateId: state.id, code: 'ASR', name: 'Amritsar' }),
    ).toEqual([{ code: 'REFERENCE_INACTIVE', field: ['input', 'stateId'], message: 'state PB is inactive' }]);
    for (const [mutation, field] of [
      [UPDATE_STATE, 'updateState'],
      [UPDATE_CITY, 'updateCity'],
    ] as const) {
      expect((await refused(service, mutation, field, { id: 'nope', name: 'Valid name' }))[0].code).toBe(
        'NOT_FOUND',
      );
      expect(await refused(service, mutation, field, { id: state.id, name: 'x' })).toEqual([
        {
          code: 'VALIDATION_FAILED',
          field: ['input', 'name'],
          message: 'name must have at least 2 characters',
        },
      ]);
    }
    expect((await refused(service, DEACTIVATE_STATE, 'deactivateState', { id: 'nope' }))[0].code).toBe(
      'NOT_FOUND',
    );
    expect((await refused(service, DEACTIVATE_CITY, 'deactivateCity', { id: ' ' }))[0].code).toBe(
      'VALIDATION_FAILED',
    );
    const unchanged = await gqlData(service.url, `{ state(id: "${state.id}") { name updatedAt } }`);
    expect(unchanged.state).toEqual({ name: 'State PB', updatedAt: null });
  });
});
