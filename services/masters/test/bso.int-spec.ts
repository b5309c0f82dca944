import { gqlData, startServiceUnderTest, type ServiceUnderTest, type TopicRecorder } from '@oms/testkit';
import type { RunningService } from '@oms/server';
import { mastersService } from '../src/service';
import { eventFor, refused, type SeenEvent } from './masters-test-kit';

const ERRORS = 'errors { code field message }';
const BSO =
  'bso { id code name active createdAt updatedAt deactivatedAt contacts { name email phone role } }';
const SETTING =
  'bsoCitySetting { id to cc tatHours active createdAt updatedAt deactivatedAt bso { code } city { code } }';
const MAIL =
  'bsoMailSetting { id isDefault senderEmail senderName subjectTemplate bodyTemplate createdAt updatedAt bso { code } }';
const CREATE_BSO = `mutation($input: CreateBsoInput!) { createBso(input: $input) { ${BSO} ${ERRORS} } }`;
const UPDATE_BSO = `mutation($input: UpdateBsoInput!) { updateBso(input: $input) { ${BSO} ${ERRORS} } }`;
const DEACTIVATE_BSO = `mutation($input: DeactivateBsoInput!) { deactivateBso(input: $input) { ${BSO} ${ERRORS} } }`;
const CREATE_SETTING = `mutation($input: CreateBsoCitySettingInput!) { createBsoCitySetting(input: $input) { ${SETTING} ${ERRORS} } }`;
const UPDATE_SETTING = `mutation($input: UpdateBsoCitySettingInput!) { updateBsoCitySetting(input: $input) { ${SETTING} ${ERRORS} } }`;
const DEACTIVATE_SETTING = `mutation($input: DeactivateBsoCitySettingInput!) { deactivateBsoCitySetting(input: $input) { ${SETTING} ${ERRORS} } }`;
const CREATE_MAIL = `mutation($input: CreateBsoMailSettingInput!) { createBsoMailSetting(input: $input) { ${MAIL} ${ERRORS} } }`;
const UPDATE_MAIL = `mutation($input: UpdateBsoMailSettingInput!) { updateBsoMailSetting(input: $input) { ${MAIL} ${ERRORS} } }`;
const CREATE_STATE = `mutation($input: CreateStateInput!) { createState(input: $input) { state { id } ${ERRORS} } }`;
const CREATE_CITY = `mutation($input: CreateCityInput!) { createCity(input: $input) { city { id } ${ERRORS} } }`;
const DEACTIVATE_CITY = `mutation($input: DeactivateCityInput!) { deactivateCity(input: $input) { city { id active } ${ERRORS} } }`;
const CREATE_ZONE = `mutation($input: CreateZoneInput!) { createZone(input: $input) { zone { id } ${ERRORS} } }`;
const CREATE_BRANCH = `mutation($input: CreateBranchInput!) { createBranch(input: $input) { branch { id } ${ERRORS} } }`;
const DEACTIVATE_BRANCH = `mutation($input: DeactivateBranchInput!) { deactivateBranch(input: $input) { branch { id } ${ERRORS} } }`;

/** A contact as the API takes it; `overrides` change single fields. */
const aContact = (overrides: Record<string, unknown> = {}) => ({
  name: 'Ravi Kulkarni',
  email: 'ravi@airlink.example',
  phone: '+91 98200 12345',
  role: 'Feasibility desk',
  ...overrides,
});

/** A mail setting input; `overrides` change single fields. */
const aMailSetting = (overrides: Record<string, unknown> = {}) => ({
  senderEmail: 'feasibility@oms.example',
  senderName: 'OMS Feasibility',
  subjectTemplate: 'Feasibility {{requestNo}} – {{cityName}}',
  bodyTemplate:
    'Dear {{bsoName}},\n\nPlease check {{bandwidth}} {{product}} at {{address}} by {{expectedBy}}.\n',
  ...overrides,
});

const PLACEHOLDERS =
  'requestNo, bsoName, cityName, customerName, address, bandwidth, product, expectedBy, reference';

describe('BSOs, their city settings and mail settings (MariaDB + Kafka)', () => {
  let underTest: ServiceUnderTest;
  let service: RunningService;
  let recorder: TopicRecorder;
  let stateId: string;
  const city: Record<string, string> = {};

  const newCity = async (code: string) => {
    const { createCity } = await gqlData(service.url, CREATE_CITY, { input: { stateId, code, name: code } });
    expect(createCity.errors).toEqual([]);
    return createCity.city.id as string;
  };
  const bso = async (code: string, contacts = [aContact()]) => {
    const { createBso } = await gqlData(service.url, CREATE_BSO, {
      input: { code, name: `BSO ${code}`, contacts },
    });
    expect(createBso.errors).toEqual([]);
    return createBso.bso as { id: string; code: string };
  };
  const setting = async (bsoId: string, cityId: string, extra: Record<string, unknown> = {}) => {
    const { createBsoCitySetting } = await gqlData(service.url, CREATE_SETTING, {
      input: { bsoId, cityId, to: ['desk@bso.example'], tatHours: 48, ...extra },
    });
    expect(createBsoCitySetting.errors).toEqual([]);
    return createBsoCitySetting.bsoCitySetting as { id: string };
  };
  /** Every event of `type` keyed by `key`, once at least `count` arrived, in order. */
  const eventsFor = async (type: string, key: string, count: number): Promise<SeenEvent[]> => {
    const all = () =>
      recorder.messages
        .map((m) => {
          const event = JSON.parse(m.value) as { type: string; payload: Record<string, unknown> };
          return { key: m.key, type: event.type, payload: event.payload };
        })
        .filter((e) => e.type === type && e.key === key);
    await recorder.waitFor(() => all().length >= count);
    return all();
  };
  const codes = (c: { edges: { node: { code: string } }[] }) => c.edges.map((e) => e.node.code).sort();

  beforeAll(async () => {
    underTest = await startServiceUnderTest(mastersService, { label: 'masters_bso' });
    ({ service, recorder } = underTest);
    const { createState } = await gqlData(service.url, CREATE_STATE, {
      input: { code: 'MH', name: 'Maharashtra' },
    });
    stateId = createState.state.id;
    for (const code of ['PUNE', 'MUM', 'NGP', 'NSK', 'THN']) city[code] = await newCity(code);
  });

  afterAll(async () => {
    await underTest?.stop();
  });

  it('creates, edits and deactivates a BSO, publishing each change with its contacts', async () => {
    const { createBso } = await gqlData(service.url, CREATE_BSO, {
      input: {
        code: 'airlink',
        name: 'Airlink Networks',
        contacts: [aContact(), aContact({ name: 'Meena Rao', email: ' meena@airlink.example ', role: '' })],
      },
    });
    expect(createBso.errors).toEqual([]);
    const id = createBso.bso.id as string;
    const contacts = [
      {
        name: 'Ravi Kulkarni',
        email: 'ravi@airlink.example',
        phone: '+91 98200 12345',
        role: 'Feasibility desk',
      },
      { name: 'Meena Rao', email: 'meena@airlink.example', phone: '+91 98200 12345', role: null },
    ];
    expect(createBso.bso).toMatchObject({
      code: 'AIRLINK',
      name: 'Airlink Networks',
      active: true,
      updatedAt: null,
      deactivatedAt: null,
      contacts,
    });
    expect((await eventFor(recorder, 'bso.created', id)).payload).toEqual({
      bsoId: id,
      code: 'AIRLINK',
      name: 'Airlink Networks',
      contacts,
      createdAt: createBso.bso.createdAt,
    });

    const renamed = await gqlData(service.url, UPDATE_BSO, { input: { id, name: 'Airlink Net Pvt Ltd' } });
    expect(renamed.updateBso.errors).toEqual([]);
    expect(renamed.updateBso.bso).toMatchObject({ code: 'AIRLINK', name: 'Airlink Net Pvt Ltd', contacts });

    const newContacts = [
      aContact({ name: 'Sunil Shah', email: 'sunil@airlink.example', phone: '020-2567 8901' }),
    ];
    const { updateBso } = await gqlData(service.url, UPDATE_BSO, { input: { id, contacts: newContacts } });
    expect(updateBso.bso).toMatchObject({ name: 'Airlink Net Pvt Ltd', contacts: newContacts });
    const updates = await eventsFor('bso.updated', id, 2);
    expect(updates.map((e) => e.payload)).toEqual([
      { bsoId: id, name: 'Airlink Net Pvt Ltd', contacts, updatedAt: renamed.updateBso.bso.updatedAt },
      { bsoId: id, name: 'Airlink Net Pvt Ltd', contacts: newContacts, updatedAt: updateBso.bso.updatedAt },
    ]);

    const { deactivateBso } = await gqlData(service.url, DEACTIVATE_BSO, { input: { id } });
    expect(deactivateBso.bso).toMatchObject({ active: false, contacts: newContacts });
    expect((await eventFor(recorder, 'bso.deactivated', id)).payload).toEqual({
      bsoId: id,
      deactivatedAt: deactivateBso.bso.deactivatedAt,
    });
    const read = await gqlData(service.url, `{ bso(id: "${id}") { code active contacts { email } } }`);
    expect(read.bso).toEqual({
      code: 'AIRLINK',
      active: false,
      contacts: [{ email: 'sunil@airlink.example' }],
    });
    expect((await gqlData(service.url, '{ bso(id: "nope") { id } }')).bso).toBeNull();
  });

  it('refuses bad BSO input with typed errors and writes nothing', async () => {
    expect(
      await refused(service, CREATE_BSO, 'createBso', {
        code: 'x',
        name: '',
        contacts: [],
      }),
    ).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'code'],
        message: 'code must be 2–20 letters, digits or _',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'name'],
        message: 'name must have at least 2 characters',
      },
      { code: 'VALIDATION_FAILED', field: ['input', 'contacts'], message: 'a BSO has at least one contact' },
    ]);
    expect(
      await refused(service, CREATE_BSO, 'createBso', {
        code: 'BADC',
        name: 'Bad contacts',
        contacts: [
          aContact(),
          aContact({ name: 'R', email: 'ravi at airlink', phone: '12-34', role: 'x'.repeat(101) }),
        ],
      }),
    ).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'contacts', '1', 'name'],
        message: 'name must have at least 2 characters',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'contacts', '1', 'email'],
        message: 'email must be a valid e-mail address',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'contacts', '1', 'phone'],
        message: 'phone must have 6–15 digits and only spaces, -, ( ) or a leading +',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'contacts', '1', 'role'],
        message: 'role must have at most 100 characters',
      },
    ]);
    const taken = await bso('TAKEN');
    expect(
      await refused(service, CREATE_BSO, 'createBso', {
        code: 'taken',
        name: 'Again',
        contacts: [aContact()],
      }),
    ).toEqual([
      { code: 'DUPLICATE', field: ['input', 'code'], message: 'a BSO with code TAKEN already exists' },
    ]);
    expect(await refused(service, UPDATE_BSO, 'updateBso', { id: 'nope', name: 'Fine' })).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'id'], message: 'no BSO has this id' },
    ]);
    expect(await refused(service, UPDATE_BSO, 'updateBso', { id: taken.id, contacts: [] })).toEqual([
      { code: 'VALIDATION_FAILED', field: ['input', 'contacts'], message: 'a BSO has at least one contact' },
    ]);
    expect(
      await refused(service, UPDATE_BSO, 'updateBso', {
        id: taken.id,
        contacts: [aContact({ email: 'no' })],
      }),
    ).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'contacts', '0', 'email'],
        message: 'email must be a valid e-mail address',
      },
    ]);
    expect(await refused(service, DEACTIVATE_BSO, 'deactivateBso', { id: 'nope' })).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'id'], message: 'no BSO has this id' },
    ]);

    await setting(taken.id, city.PUNE);
    await setting(taken.id, city.MUM);
    expect(await refused(service, DEACTIVATE_BSO, 'deactivateBso', { id: taken.id })).toEqual([
      { code: 'IN_USE', field: ['input', 'id'], message: 'BSO TAKEN is used by 2 active city settings' },
    ]);
    const gone = await bso('GONE');
    await gqlData(service.url, DEACTIVATE_BSO, { input: { id: gone.id } });
    expect(await refused(service, DEACTIVATE_BSO, 'deactivateBso', { id: gone.id })).toEqual([
      { code: 'ALREADY_INACTIVE', field: ['input', 'id'], message: 'BSO GONE is already inactive' },
    ]);
    const after = await gqlData(
      service.url,
      `{ bso(id: "${taken.id}") { name active contacts { email } } bsos(filter: { search: "badc" }) { totalCount } }`,
    );
    expect(after.bso).toEqual({
      name: 'BSO TAKEN',
      active: true,
      contacts: [{ email: 'ravi@airlink.example' }],
    });
    expect(after.bsos.totalCount).toBe(0);
  });

  it('sets a BSO up for a city, edits and deactivates the setting, publishing its whole state each time', async () => {
    const fastnet = await bso('FASTNET');
    const { createBsoCitySetting } = await gqlData(service.url, CREATE_SETTING, {
      input: {
        bsoId: fastnet.id,
        cityId: city.NGP,
        to: ['desk@fastnet.example', ' Desk@Fastnet.example', 'noc@fastnet.example'],
        cc: ['noc@fastnet.example', 'am@oms.example', 'am@oms.example'],
        tatHours: 72,
      },
    });
    expect(createBsoCitySetting.errors).toEqual([]);
    const created = createBsoCitySetting.bsoCitySetting;
    const id = created.id as string;
    expect(created).toMatchObject({
      to: ['desk@fastnet.example', 'noc@fastnet.example'],
      cc: ['am@oms.example'],
      tatHours: 72,
      active: true,
      updatedAt: null,
      deactivatedAt: null,
      bso: { code: 'FASTNET' },
      city: { code: 'NGP' },
    });
    expect((await eventFor(recorder, 'bso_city_setting.created', id)).payload).toEqual({
      bsoCitySettingId: id,
      bsoId: fastnet.id,
      cityId: city.NGP,
      to: ['desk@fastnet.example', 'noc@fastnet.example'],
      cc: ['am@oms.example'],
      tatHours: 72,
      active: true,
      createdAt: created.createdAt,
    });

    const { updateBsoCitySetting } = await gqlData(service.url, UPDATE_SETTING, {
      input: { id, to: ['feas@fastnet.example'], tatHours: 24 },
    });
    expect(updateBsoCitySetting.errors).toEqual([]);
    expect(updateBsoCitySetting.bsoCitySetting).toMatchObject({
      to: ['feas@fastnet.example'],
      cc: ['am@oms.example'],
      tatHours: 24,
      city: { code: 'NGP' },
    });
    const cleared = await gqlData(service.url, UPDATE_SETTING, { input: { id, cc: [] } });
    expect(cleared.updateBsoCitySetting.bsoCitySetting).toMatchObject({
      to: ['feas@fastnet.example'],
      cc: [],
      tatHours: 24,
    });
    const updates = await eventsFor('bso_city_setting.updated', id, 2);
    expect(updates.map((e) => e.payload)).toEqual([
      {
        bsoCitySettingId: id,
        bsoId: fastnet.id,
        cityId: city.NGP,
        to: ['feas@fastnet.example'],
        cc: ['am@oms.example'],
        tatHours: 24,
        active: true,
        updatedAt: updateBsoCitySetting.bsoCitySetting.updatedAt,
      },
      {
        bsoCitySettingId: id,
        bsoId: fastnet.id,
        cityId: city.NGP,
        to: ['feas@fastnet.example'],
        cc: [],
        tatHours: 24,
        active: true,
        updatedAt: cleared.updateBsoCitySetting.bsoCitySetting.updatedAt,
      },
    ]);

    const { deactivateBsoCitySetting } = await gqlData(service.url, DEACTIVATE_SETTING, { input: { id } });
    expect(deactivateBsoCitySetting.bsoCitySetting).toMatchObject({
      active: false,
      to: ['feas@fastnet.example'],
    });
    expect((await eventFor(recorder, 'bso_city_setting.deactivated', id)).payload).toEqual({
      bsoCitySettingId: id,
      bsoId: fastnet.id,
      cityId: city.NGP,
      to: ['feas@fastnet.example'],
      cc: [],
      tatHours: 24,
      active: false,
      deactivatedAt: deactivateBsoCitySetting.bsoCitySetting.deactivatedAt,
    });

    // A deactivated setting stays as history and does not block setting the BSO up for the city again.
    const again = await setting(fastnet.id, city.NGP, { tatHours: 96 });
    expect(again.id).not.toBe(id);
    const read = await gqlData(
      service.url,
      `{ bso(id: "${fastnet.id}") { citySettings { id active tatHours city { code } } }
         bsoCitySetting(id: "${id}") { active tatHours } }`,
    );
    expect(read.bso.citySettings).toEqual([
      { id, active: false, tatHours: 24, city: { code: 'NGP' } },
      { id: again.id, active: true, tatHours: 96, city: { code: 'NGP' } },
    ]);
    expect(read.bsoCitySetting).toEqual({ active: false, tatHours: 24 });

    // The BSO can be deactivated once its last active setting is.
    expect(await refused(service, DEACTIVATE_BSO, 'deactivateBso', { id: fastnet.id })).toEqual([
      { code: 'IN_USE', field: ['input', 'id'], message: 'BSO FASTNET is used by 1 active city setting' },
    ]);
    await gqlData(service.url, DEACTIVATE_SETTING, { input: { id: again.id } });
    const { deactivateBso } = await gqlData(service.url, DEACTIVATE_BSO, { input: { id: fastnet.id } });
    expect(deactivateBso).toMatchObject({ errors: [], bso: { active: false } });
  });

  it('refuses bad city-setting input with typed errors and writes nothing', async () => {
    const ok = await bso('OKBSO');
    const closed = await bso('CLOSEDBSO');
    await gqlData(service.url, DEACTIVATE_BSO, { input: { id: closed.id } });
    const oldCity = await newCity('OLDC');
    await gqlData(service.url, DEACTIVATE_CITY, { input: { id: oldCity } });
    const existing = await setting(ok.id, city.THN);

    expect(
      await refused(service, CREATE_SETTING, 'createBsoCitySetting', {
        bsoId: '',
        cityId: ' ',
        to: [],
        cc: ['fine@x.example', 'not-an-address'],
        tatHours: 0,
      }),
    ).toEqual([
      { code: 'VALIDATION_FAILED', field: ['input', 'bsoId'], message: 'bsoId is required' },
      { code: 'VALIDATION_FAILED', field: ['input', 'cityId'], message: 'cityId is required' },
      { code: 'VALIDATION_FAILED', field: ['input', 'to'], message: 'to needs at least one address' },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'cc', '1'],
        message: 'email must be a valid e-mail address',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'tatHours'],
        message: 'tatHours must be between 1 and 720',
      },
    ]);
    expect(
      await refused(service, CREATE_SETTING, 'createBsoCitySetting', {
        bsoId: ok.id,
        cityId: city.PUNE,
        to: ['a@x.example', 'Bob <b@x.example>'],
        tatHours: 721,
      }),
    ).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'to', '1'],
        message: 'email must be a valid e-mail address',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'tatHours'],
        message: 'tatHours must be between 1 and 720',
      },
    ]);
    expect(
      await refused(service, CREATE_SETTING, 'createBsoCitySetting', {
        bsoId: 'nope',
        cityId: 'nope',
        to: ['a@x.example'],
        tatHours: 1,
      }),
    ).toEqual([
      { code: 'REFERENCE_NOT_FOUND', field: ['input', 'bsoId'], message: 'no BSO has this id' },
      { code: 'REFERENCE_NOT_FOUND', field: ['input', 'cityId'], message: 'no city has this id' },
    ]);
    expect(
      await refused(service, CREATE_SETTING, 'createBsoCitySetting', {
        bsoId: closed.id,
        cityId: oldCity,
        to: ['a@x.example'],
        tatHours: 720,
      }),
    ).toEqual([
      { code: 'REFERENCE_INACTIVE', field: ['input', 'bsoId'], message: 'BSO CLOSEDBSO is inactive' },
      { code: 'REFERENCE_INACTIVE', field: ['input', 'cityId'], message: 'city OLDC is inactive' },
    ]);
    expect(
      await refused(service, CREATE_SETTING, 'createBsoCitySetting', {
        bsoId: ok.id,
        cityId: city.THN,
        to: ['other@x.example'],
        tatHours: 12,
      }),
    ).toEqual([
      {
        code: 'DUPLICATE',
        field: ['input', 'cityId'],
        message: 'BSO OKBSO already has an active setting for city THN',
      },
    ]);
    expect(
      await refused(service, UPDATE_SETTING, 'updateBsoCitySetting', { id: 'nope', tatHours: 5 }),
    ).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'no BSO city setting has this id' }]);
    expect(
      await refused(service, UPDATE_SETTING, 'updateBsoCitySetting', {
        id: existing.id,
        to: [],
        cc: ['bad'],
        tatHours: 1000,
      }),
    ).toEqual([
      { code: 'VALIDATION_FAILED', field: ['input', 'to'], message: 'to needs at least one address' },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'cc', '0'],
        message: 'email must be a valid e-mail address',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'tatHours'],
        message: 'tatHours must be between 1 and 720',
      },
    ]);
    expect(await refused(service, DEACTIVATE_SETTING, 'deactivateBsoCitySetting', { id: 'nope' })).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'id'], message: 'no BSO city setting has this id' },
    ]);
    await gqlData(service.url, DEACTIVATE_SETTING, { input: { id: existing.id } });
    expect(
      await refused(service, DEACTIVATE_SETTING, 'deactivateBsoCitySetting', { id: existing.id }),
    ).toEqual([
      {
        code: 'ALREADY_INACTIVE',
        field: ['input', 'id'],
        message: 'this BSO city setting is already inactive',
      },
    ]);
    const after = await gqlData(
      service.url,
      `{ bsoCitySetting(id: "${existing.id}") { to cc tatHours active } }`,
    );
    expect(after.bsoCitySetting).toEqual({ to: ['desk@bso.example'], cc: [], tatHours: 48, active: false });
  });

  it('refuses to deactivate a city an active BSO setting (or branch) still uses', async () => {
    const pcity = await newCity('PNV');
    const provider = await bso('PNVNET');
    const s = await setting(provider.id, pcity);
    expect(await refused(service, DEACTIVATE_CITY, 'deactivateCity', { id: pcity })).toEqual([
      { code: 'IN_USE', field: ['input', 'id'], message: 'city PNV is used by 1 active BSO city setting' },
    ]);
    const { createZone } = await gqlData(service.url, CREATE_ZONE, {
      input: { code: 'PNVZ', name: 'Panvel' },
    });
    const { createBranch } = await gqlData(service.url, CREATE_BRANCH, {
      input: { code: 'PNV_1', name: 'Panvel One', zoneId: createZone.zone.id, cityIds: [pcity] },
    });
    expect(await refused(service, DEACTIVATE_CITY, 'deactivateCity', { id: pcity })).toEqual([
      {
        code: 'IN_USE',
        field: ['input', 'id'],
        message: 'city PNV is used by 1 active branch and 1 active BSO city setting',
      },
    ]);
    await gqlData(service.url, DEACTIVATE_BRANCH, { input: { id: createBranch.branch.id } });
    await gqlData(service.url, DEACTIVATE_SETTING, { input: { id: s.id } });
    const { deactivateCity } = await gqlData(service.url, DEACTIVATE_CITY, { input: { id: pcity } });
    expect(deactivateCity).toEqual({ city: { id: pcity, active: false }, errors: [] });
  });

  it('answers which active BSOs serve a city, and lists BSOs and settings with filters and cursors', async () => {
    const alpha = await bso('LST_ALPHA');
    const beta = await bso('LST_BETA');
    const gamma = await bso('LST_GAMMA');
    await setting(alpha.id, city.NSK, { to: ['alpha-desk@alpha.example'] });
    await setting(beta.id, city.NSK);
    const old = await setting(gamma.id, city.NSK);
    await gqlData(service.url, DEACTIVATE_SETTING, { input: { id: old.id } });
    await setting(gamma.id, city.MUM);
    await gqlData(service.url, DEACTIVATE_BSO, { input: { id: (await bso('LST_DELTA')).id } });

    const lists = await gqlData(
      service.url,
      `{ serving: bsoCitySettings(filter: { cityId: "${city.NSK}", active: true }) {
           totalCount edges { node { bso { code active } tatHours } } }
         inactive: bsoCitySettings(filter: { cityId: "${city.NSK}", active: false }) { edges { node { bso { code } } } }
         ofGamma: bsoCitySettings(filter: { bsoId: "${gamma.id}" }) { totalCount edges { node { city { code } active } } }
         byRecipient: bsoCitySettings(filter: { search: "ALPHA-DESK" }) { edges { node { bso { code } } } }
         byCity: bsoCitySettings(filter: { search: "nsk", active: true }) { totalCount }
         byBso: bsoCitySettings(filter: { search: "lst_g" }) { totalCount }
         city(id: "${city.NSK}") { bsoSettings { active bso { code } } }
         active: bsos(filter: { search: "lst_", active: true }) { totalCount edges { node { code } } }
         inactiveBsos: bsos(filter: { search: "lst_", active: false }) { edges { node { code } } }
         newestFirst: bsos(filter: { search: "lst_" }) { edges { node { code } } } }`,
    );
    const bsoCodes = (c: { edges: { node: { bso: { code: string } } }[] }) =>
      c.edges.map((e) => e.node.bso.code).sort();
    expect(lists.serving.totalCount).toBe(2);
    expect(lists.serving.edges.map((e: { node: { bso: { code: string } } }) => e.node.bso.code)).toEqual([
      'LST_BETA',
      'LST_ALPHA',
    ]);
    expect(lists.serving.edges.every((e: { node: { bso: { active: boolean } } }) => e.node.bso.active)).toBe(
      true,
    );
    expect(bsoCodes(lists.inactive)).toEqual(['LST_GAMMA']);
    expect(lists.ofGamma.totalCount).toBe(2);
    expect(lists.ofGamma.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { city: { code: 'MUM' }, active: true },
      { city: { code: 'NSK' }, active: false },
    ]);
    expect(bsoCodes(lists.byRecipient)).toEqual(['LST_ALPHA']);
    expect(lists.byCity.totalCount).toBe(2);
    expect(lists.byBso.totalCount).toBe(2);
    expect(
      lists.city.bsoSettings.map((s: { active: boolean; bso: { code: string } }) => [s.bso.code, s.active]),
    ).toEqual([
      ['LST_ALPHA', true],
      ['LST_BETA', true],
      ['LST_GAMMA', false],
    ]);
    expect(lists.active.totalCount).toBe(3);
    expect(codes(lists.active)).toEqual(['LST_ALPHA', 'LST_BETA', 'LST_GAMMA']);
    expect(codes(lists.inactiveBsos)).toEqual(['LST_DELTA']);
    expect(lists.newestFirst.edges.map((e: { node: { code: string } }) => e.node.code)).toEqual([
      'LST_DELTA',
      'LST_GAMMA',
      'LST_BETA',
      'LST_ALPHA',
    ]);

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 4; page += 1) {
      const data = await gqlData(
        service.url,
        'query($after: String) { bsos(filter: { search: "lst_" }, first: 1, after: $after) { edges { node { code } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      seen.push(...data.bsos.edges.map((e: { node: { code: string } }) => e.node.code));
      expect(data.bsos.pageInfo.hasNextPage).toBe(page < 3);
      after = data.bsos.pageInfo.endCursor as string;
    }
    expect(seen).toEqual(['LST_DELTA', 'LST_GAMMA', 'LST_BETA', 'LST_ALPHA']);
    const settingsPage = await gqlData(
      service.url,
      `{ bsoCitySettings(filter: { cityId: "${city.NSK}" }, first: 2) { edges { cursor } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(settingsPage.bsoCitySettings.edges).toHaveLength(2);
    expect(settingsPage.bsoCitySettings.pageInfo.hasNextPage).toBe(true);
    const rest = await gqlData(
      service.url,
      `{ bsoCitySettings(filter: { cityId: "${city.NSK}" }, first: 2, after: "${settingsPage.bsoCitySettings.pageInfo.endCursor}") { edges { node { bso { code } } } pageInfo { hasNextPage } } }`,
    );
    expect(rest.bsoCitySettings).toEqual({
      edges: [{ node: { bso: { code: 'LST_ALPHA' } } }],
      pageInfo: { hasNextPage: false },
    });
    const capped = await gqlData(service.url, '{ bsos(first: 1000) { edges { node { id } } totalCount } }');
    expect(capped.bsos.edges.length).toBe(Math.min(capped.bsos.totalCount as number, 100));
  });

  it('keeps a mail setting per BSO and a default, with validated templates, publishing each save', async () => {
    const placeholders = await gqlData(service.url, '{ bsoMailPlaceholders }');
    expect(placeholders.bsoMailPlaceholders.join(', ')).toBe(PLACEHOLDERS);

    const own = await bso('MAILOWN');
    const other = await bso('MAILOTHER');
    const before = await gqlData(
      service.url,
      `{ bso(id: "${other.id}") { mailSetting { id } effectiveMailSetting { id } } }`,
    );
    expect(before.bso).toEqual({ mailSetting: null, effectiveMailSetting: null });

    const { createBsoMailSetting } = await gqlData(service.url, CREATE_MAIL, {
      input: aMailSetting({
        bsoId: own.id,
        subjectTemplate: '  Feasibility {{ requestNo }} for {{customerName}}  ',
      }),
    });
    expect(createBsoMailSetting.errors).toEqual([]);
    const created = createBsoMailSetting.bsoMailSetting;
    const id = created.id as string;
    expect(created).toMatchObject({
      isDefault: false,
      bso: { code: 'MAILOWN' },
      senderEmail: 'feasibility@oms.example',
      senderName: 'OMS Feasibility',
      subjectTemplate: 'Feasibility {{ requestNo }} for {{customerName}}',
      bodyTemplate: aMailSetting().bodyTemplate,
      updatedAt: null,
    });
    expect((await eventFor(recorder, 'bso_mail_setting.saved', id)).payload).toEqual({
      bsoMailSettingId: id,
      bsoId: own.id,
      senderEmail: 'feasibility@oms.example',
      senderName: 'OMS Feasibility',
      subjectTemplate: 'Feasibility {{ requestNo }} for {{customerName}}',
      bodyTemplate: aMailSetting().bodyTemplate,
      savedAt: created.createdAt,
    });

    const defaults = await gqlData(service.url, CREATE_MAIL, {
      input: aMailSetting({ senderName: 'OMS Default', bodyTemplate: 'Hello {{bsoName}}' }),
    });
    expect(defaults.createBsoMailSetting.errors).toEqual([]);
    const defaultId = defaults.createBsoMailSetting.bsoMailSetting.id as string;
    expect(defaults.createBsoMailSetting.bsoMailSetting).toMatchObject({ isDefault: true, bso: null });
    expect((await eventFor(recorder, 'bso_mail_setting.saved', defaultId)).payload).toMatchObject({
      bsoMailSettingId: defaultId,
      bsoId: null,
      senderName: 'OMS Default',
    });

    const { updateBsoMailSetting } = await gqlData(service.url, UPDATE_MAIL, {
      input: { id, senderName: 'OMS Feasibility Desk', bodyTemplate: 'Ref {{reference}}' },
    });
    expect(updateBsoMailSetting.errors).toEqual([]);
    expect(updateBsoMailSetting.bsoMailSetting).toMatchObject({
      senderName: 'OMS Feasibility Desk',
      senderEmail: 'feasibility@oms.example',
      subjectTemplate: 'Feasibility {{ requestNo }} for {{customerName}}',
      bodyTemplate: 'Ref {{reference}}',
    });
    const saves = await eventsFor('bso_mail_setting.saved', id, 2);
    expect(saves[1].payload).toEqual({
      bsoMailSettingId: id,
      bsoId: own.id,
      senderEmail: 'feasibility@oms.example',
      senderName: 'OMS Feasibility Desk',
      subjectTemplate: 'Feasibility {{ requestNo }} for {{customerName}}',
      bodyTemplate: 'Ref {{reference}}',
      savedAt: updateBsoMailSetting.bsoMailSetting.updatedAt,
    });

    const read = await gqlData(
      service.url,
      `{ own: bso(id: "${own.id}") { mailSetting { id } effectiveMailSetting { id } }
         other: bso(id: "${other.id}") { mailSetting { id } effectiveMailSetting { id isDefault } }
         bsoMailSetting(id: "${defaultId}") { senderName isDefault }
         all: bsoMailSettings(filter: { search: "oms" }) { totalCount edges { node { id } } }
         onlyDefault: bsoMailSettings(filter: { isDefault: true }) { edges { node { id } } }
         onlyOwn: bsoMailSettings(filter: { isDefault: false }) { edges { node { id } } }
         ofBso: bsoMailSettings(filter: { bsoId: "${own.id}" }) { edges { node { id } } }
         byBso: bsoMailSettings(filter: { search: "mailown" }) { edges { node { id } } }
         bySubject: bsoMailSettings(filter: { search: "customerName" }) { edges { node { id } } } }`,
    );
    expect(read.own).toEqual({ mailSetting: { id }, effectiveMailSetting: { id } });
    expect(read.other).toEqual({
      mailSetting: null,
      effectiveMailSetting: { id: defaultId, isDefault: true },
    });
    expect(read.bsoMailSetting).toEqual({ senderName: 'OMS Default', isDefault: true });
    expect(read.all.totalCount).toBe(2);
    expect(read.all.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([defaultId, id]);
    expect(read.onlyDefault.edges).toEqual([{ node: { id: defaultId } }]);
    expect(read.onlyOwn.edges).toEqual([{ node: { id } }]);
    expect(read.ofBso.edges).toEqual([{ node: { id } }]);
    expect(read.byBso.edges).toEqual([{ node: { id } }]);
    expect(read.bySubject.edges).toEqual([{ node: { id } }]);
    const page = await gqlData(
      service.url,
      '{ bsoMailSettings(first: 1) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(page.bsoMailSettings.edges).toEqual([{ node: { id: defaultId } }]);
    const next = await gqlData(
      service.url,
      `{ bsoMailSettings(first: 1, after: "${page.bsoMailSettings.pageInfo.endCursor}") { edges { node { id } } pageInfo { hasNextPage } } }`,
    );
    expect(next.bsoMailSettings).toEqual({ edges: [{ node: { id } }], pageInfo: { hasNextPage: false } });
  });

  it('refuses bad mail settings with typed errors naming the unknown placeholder, and writes nothing', async () => {
    const mailer = await bso('MAILBAD');
    const closed = await bso('MAILCLOSED');
    await gqlData(service.url, DEACTIVATE_BSO, { input: { id: closed.id } });

    expect(
      await refused(service, CREATE_MAIL, 'createBsoMailSetting', {
        bsoId: mailer.id,
        senderEmail: 'oms',
        senderName: 'O',
        subjectTemplate: 'Feasibility {{orderNo}}\nBcc: x@evil.example',
        bodyTemplate: '  \n ',
      }),
    ).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'senderEmail'],
        message: 'senderEmail must be a valid e-mail address',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'senderName'],
        message: 'name must have at least 2 characters',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'subjectTemplate'],
        message: 'the subject must be one line',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'subjectTemplate'],
        message: `unknown placeholder {{orderNo}}; known: ${PLACEHOLDERS}`,
      },
      { code: 'VALIDATION_FAILED', field: ['input', 'bodyTemplate'], message: 'the body must not be empty' },
    ]);
    expect(
      await refused(service, CREATE_MAIL, 'createBsoMailSetting', {
        ...aMailSetting({ bsoId: mailer.id }),
        subjectTemplate: 'x'.repeat(201),
        bodyTemplate: 'Dear {{bsoName}}, see {{ customer_name }} and {{address',
      }),
    ).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'subjectTemplate'],
        message: 'the subject must have at most 200 characters',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'bodyTemplate'],
        message: '"{{" is never closed with "}}" (at "{{address")',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'bodyTemplate'],
        message: `unknown placeholder {{customer_name}}; known: ${PLACEHOLDERS}`,
      },
    ]);
    expect(
      await refused(service, CREATE_MAIL, 'createBsoMailSetting', { ...aMailSetting(), bsoId: 'nope' }),
    ).toEqual([{ code: 'REFERENCE_NOT_FOUND', field: ['input', 'bsoId'], message: 'no BSO has this id' }]);
    expect(
      await refused(service, CREATE_MAIL, 'createBsoMailSetting', { ...aMailSetting(), bsoId: closed.id }),
    ).toEqual([
      { code: 'REFERENCE_INACTIVE', field: ['input', 'bsoId'], message: 'BSO MAILCLOSED is inactive' },
    ]);

    const { createBsoMailSetting } = await gqlData(service.url, CREATE_MAIL, {
      input: aMailSetting({ bsoId: mailer.id }),
    });
    expect(createBsoMailSetting.errors).toEqual([]);
    const id = createBsoMailSetting.bsoMailSetting.id as string;
    expect(
      await refused(service, CREATE_MAIL, 'createBsoMailSetting', aMailSetting({ bsoId: mailer.id })),
    ).toEqual([
      {
        code: 'DUPLICATE',
        field: ['input', 'bsoId'],
        message: 'BSO MAILBAD already has a mail setting; edit it instead',
      },
    ]);
    // The default was created by the previous test.
    expect(
      await refused(service, CREATE_MAIL, 'createBsoMailSetting', aMailSetting({ bsoId: null })),
    ).toEqual([
      {
        code: 'DUPLICATE',
        field: ['input', 'bsoId'],
        message: 'the default mail setting already exists; edit it instead',
      },
    ]);
    expect(
      await refused(service, UPDATE_MAIL, 'updateBsoMailSetting', { id: 'nope', senderName: 'Fine' }),
    ).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'no BSO mail setting has this id' }]);
    expect(
      await refused(service, UPDATE_MAIL, 'updateBsoMailSetting', {
        id,
        senderEmail: 'a@b',
        subjectTemplate: '',
        bodyTemplate: '{{Reference}}',
      }),
    ).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'senderEmail'],
        message: 'senderEmail must be a valid e-mail address',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'subjectTemplate'],
        message: 'the subject must not be empty',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'bodyTemplate'],
        message: `unknown placeholder {{Reference}}; known: ${PLACEHOLDERS}`,
      },
    ]);
    const after = await gqlData(
      service.url,
      `{ bsoMailSetting(id: "${id}") { senderEmail subjectTemplate bodyTemplate updatedAt } }`,
    );
    expect(after.bsoMailSetting).toEqual({
      senderEmail: 'feasibility@oms.example',
      subjectTemplate: aMailSetting().subjectTemplate,
      bodyTemplate: aMailSetting().bodyTemplate,
      updatedAt: null,
    });
  });
});
