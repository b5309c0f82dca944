import { gql, proofHeaders, waitUntil } from '@oms/testkit';
import type { ServiceName } from '@oms/contracts';
import {
  ADMIN,
  signIn,
  startSecuredSystem,
  untilKnownEverywhere,
  type SecuredSystem,
  type Session,
} from './secured-system';

const ERR = 'errors { code field message }';
const OPS = {
  createState: `mutation($input: CreateStateInput!) { createState(input: $input) { state { id } ${ERR} } }`,
  createCity: `mutation($input: CreateCityInput!) { createCity(input: $input) { city { id } ${ERR} } }`,
  createZone: `mutation($input: CreateZoneInput!) { createZone(input: $input) { zone { id } ${ERR} } }`,
  createBranch: `mutation($input: CreateBranchInput!) { createBranch(input: $input) { branch { id } ${ERR} } }`,
  createUser: `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } ${ERR} } }`,
  createLead: `mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id branch { id } } ${ERR} } }`,
  lead: 'query($id: ID!) { lead(id: $id) { id customerName } }',
  leads: '{ leads(first: 100) { totalCount edges { node { id } } } }',
  users: '{ users(first: 5) { totalCount } }',
  me: '{ me { user { email } permissions allBranches branches { id } menus { code rights } } }',
  entities: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Lead { id customerName } } }',
};

type Role = 'ADMIN' | 'SALES' | 'RM' | 'HEAD_OFFICE' | 'PROVISIONING';

/**
 * The authorization matrix through the real gateway (MariaDB + Kafka): roles × own/other branch × operations,
 * with real users created by the administrator and signed in with passwords. Every forbidden cell is
 * denied with a typed error and changes nothing; every allowed cell works.
 */
describe('authorization matrix', () => {
  let system: SecuredSystem;
  let admin: Session;
  const branch: Record<'A' | 'B', string> = { A: '', B: '' };
  const city: Record<'A' | 'B', string> = { A: '', B: '' };
  const users = {} as Record<string, { id: string; session: Session }>;
  const leadOf: Record<'A' | 'B', string> = { A: '', B: '' };

  const as = (who: string) => users[who].session.headers;
  const call = (query: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
    gql(system.gatewayUrl, query, variables, headers);
  const data = async (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => {
    const res = await call(query, variables, headers);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const groupIds = async () => {
    const { groups } = await data('{ groups(first: 50) { edges { node { id code } } } }', {}, admin.headers);
    return Object.fromEntries(
      (groups.edges as { node: { id: string; code: string } }[]).map((e) => [e.node.code, e.node.id]),
    ) as Record<string, string>;
  };
  const leadCount = async (headers: Record<string, string>): Promise<number> =>
    ((await data(OPS.leads, {}, headers)).leads as { totalCount: number }).totalCount;

  beforeAll(async () => {
    system = await startSecuredSystem();
    admin = await signIn(system.gatewayUrl, ADMIN.email, ADMIN.password);
    await untilKnownEverywhere(system.gatewayUrl, admin);
    const { createState } = await data(
      OPS.createState,
      { input: { code: 'MX', name: 'Matrix State' } },
      admin.headers,
    );
    for (const [key, code] of [
      ['A', 'MXA'],
      ['B', 'MXB'],
    ] as const) {
      const { createCity } = await data(
        OPS.createCity,
        { input: { stateId: createState.state.id, code, name: `City ${code}` } },
        admin.headers,
      );
      city[key] = createCity.city.id;
    }
    const { createZone } = await data(
      OPS.createZone,
      { input: { code: 'MXZ', name: 'Matrix Zone' } },
      admin.headers,
    );
    for (const key of ['A', 'B'] as const) {
      const { createBranch } = await data(
        OPS.createBranch,
        {
          input: {
            code: `MX${key}BR`,
            name: `Branch ${key}`,
            zoneId: createZone.zone.id,
            cityIds: [city[key]],
          },
        },
        admin.headers,
      );
      branch[key] = createBranch.branch.id;
    }
    const groups = await groupIds();
    const people: [string, Role, 'A' | 'B'][] = [
      ['sales_a', 'SALES', 'A'],
      ['sales_b', 'SALES', 'B'],
      ['rm_a', 'RM', 'A'],
      ['head', 'HEAD_OFFICE', 'A'],
      ['prov_a', 'PROVISIONING', 'A'],
    ];
    for (const [name, role, home] of people) {
      const password = `Matrix-${name}-Pass1`;
      const { createUser } = await data(
        OPS.createUser,
        {
          input: {
            email: `${name}@matrix.test`,
            name,
            kind: 'STAFF',
            homeBranchId: branch[home],
            groupIds: [groups[role]],
            password,
          },
        },
        admin.headers,
      );
      expect(createUser.errors).toEqual([]);
      const session = await signIn(system.gatewayUrl, `${name}@matrix.test`, password);
      users[name] = { id: createUser.user.id, session };
    }
    for (const { session } of Object.values(users)) await untilKnownEverywhere(system.gatewayUrl, session);
    // Every service must also know the branches (orders checks a lead's branch against its local copy).
    for (const key of ['A', 'B'] as const) {
      const who = key === 'A' ? 'sales_a' : 'sales_b';
      await waitUntil(async () => {
        const { createLead } = await data(
          OPS.createLead,
          { input: { customerName: `Customer ${key}`, cityId: city[key], branchId: branch[key] } },
          as(who),
        );
        if (createLead.errors.length > 0) return false;
        leadOf[key] = createLead.lead.id;
        return true;
      }, 30000);
    }
  });

  afterAll(async () => {
    await system?.stop();
  });

  describe('creating a lead', () => {
    it.each([
      ['sales_a', 'A', 'ok'],
      ['sales_a', 'B', 'FORBIDDEN'],
      ['sales_b', 'A', 'FORBIDDEN'],
      ['rm_a', 'A', 'FORBIDDEN (no LEADS:CREATE)'],
      ['head', 'B', 'FORBIDDEN (no LEADS:CREATE)'],
      ['prov_a', 'A', 'FORBIDDEN (no LEADS:CREATE)'],
    ] as const)('%s in branch %s: %s', async (who, key, expected) => {
      const before = await leadCount(admin.headers);
      const res = await call(
        OPS.createLead,
        { input: { customerName: `By ${who}`, cityId: city[key], branchId: branch[key] } },
        as(who),
      );
      if (expected === 'ok') {
        expect(res.errors).toBeUndefined();
        expect(res.data!.createLead.errors).toEqual([]);
        expect(res.data!.createLead.lead.branch.id).toBe(branch[key]);
        expect(await leadCount(admin.headers)).toBe(before + 1);
      } else if (expected === 'FORBIDDEN') {
        // In reach of the operation, out of reach of the branch: a payload error, nothing written.
        expect(res.data!.createLead).toMatchObject({ lead: null, errors: [{ code: 'FORBIDDEN' }] });
        expect(await leadCount(admin.headers)).toBe(before);
      } else {
        expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(res.data?.createLead ?? null).toBeNull();
        expect(await leadCount(admin.headers)).toBe(before);
      }
    });
  });

  describe('reading a lead', () => {
    it.each([
      ['sales_a', 'A', true],
      ['sales_a', 'B', false],
      ['sales_b', 'B', true],
      ['sales_b', 'A', false],
      ['rm_a', 'A', true],
      ['rm_a', 'B', false],
      ['head', 'A', true],
      ['head', 'B', true],
      ['admin', 'B', true],
    ] as const)('%s reads the lead of branch %s: %s', async (who, key, allowed) => {
      const headers = who === 'admin' ? admin.headers : as(who);
      const { lead } = await data(OPS.lead, { id: leadOf[key] }, headers);
      expect(lead === null ? null : lead.id).toBe(allowed ? leadOf[key] : null);
    });

    it('lists only the leads of the reader’s branches; ALL scope lists every one', async () => {
      const ids = async (headers: Record<string, string>) =>
        ((await data(OPS.leads, {}, headers)).leads.edges as { node: { id: string } }[]).map(
          (e) => e.node.id,
        );
      expect(await ids(as('sales_a'))).toContain(leadOf.A);
      expect(await ids(as('sales_a'))).not.toContain(leadOf.B);
      expect(await ids(as('sales_b'))).not.toContain(leadOf.A);
      expect(await ids(as('head'))).toEqual(expect.arrayContaining([leadOf.A, leadOf.B]));
    });

    it('refuses the lead list to a role without LEADS:VIEW', async () => {
      const res = await call(OPS.leads, {}, as('prov_a'));
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.data?.leads ?? null).toBeNull();
    });

    it('applies the same scope to _entities, the path the gateway uses to join across subgraphs', async () => {
      const orders = system.services.orders.service.url;
      const reps = {
        r: [
          { __typename: 'Lead', id: leadOf.A },
          { __typename: 'Lead', id: leadOf.B },
        ],
      };
      const asUser = async (who: string) =>
        gql(orders, OPS.entities, reps, await proofHeaders(users[who].id, null));
      const seen = async (who: string) =>
        ((await asUser(who)).data!._entities as ({ id: string } | null)[]).map((e) => e?.id ?? null);
      expect(await seen('sales_a')).toEqual([leadOf.A, null]);
      expect(await seen('sales_b')).toEqual([null, leadOf.B]);
      expect(await seen('head')).toEqual([leadOf.A, leadOf.B]);
      expect((await asUser('prov_a')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('the control panel', () => {
    it.each([
      ['sales_a', 'FORBIDDEN'],
      ['head', 'FORBIDDEN'],
      ['admin', 'ok'],
    ] as const)('%s creating a state: %s', async (who, expected) => {
      const headers = who === 'admin' ? admin.headers : as(who);
      const res = await call(
        OPS.createState,
        { input: { code: `MS${who.length}${Date.now() % 1000}`, name: 'State' } },
        headers,
      );
      if (expected === 'ok') expect(res.data!.createState.errors).toEqual([]);
      else {
        expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(res.data?.createState ?? null).toBeNull();
      }
    });

    it.each([
      ['sales_a', false],
      ['rm_a', false],
      ['admin', true],
    ] as const)('%s listing users: %s', async (who, allowed) => {
      const res = await call(OPS.users, {}, who === 'admin' ? admin.headers : as(who));
      if (allowed) expect(res.data!.users.totalCount).toBeGreaterThanOrEqual(6);
      else expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('lets every signed-in user read master data and their own menus', async () => {
      const states = await call('{ states(first: 1) { totalCount } }', {}, as('prov_a'));
      expect(states.errors).toBeUndefined();
      const { me } = await data(OPS.me, {}, as('sales_a'));
      expect(me.user.email).toBe('sales_a@matrix.test');
      expect(me.allBranches).toBe(false);
      expect(me.branches.map((b: { id: string }) => b.id)).toEqual([branch.A]);
      expect(me.permissions).toEqual(expect.arrayContaining(['LEADS:CREATE', 'LEADS:VIEW']));
      expect(me.menus.map((m: { code: string }) => m.code)).toContain('LEADS');
      expect(me.menus.map((m: { code: string }) => m.code)).not.toContain('USERS');
      expect((await data(OPS.me, {}, as('head'))).me.allBranches).toBe(true);
    });

    it('turns a user away everywhere once deactivated', async () => {
      const res = await data(
        'mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { id active } errors { code } } }',
        { input: { id: users.prov_a.id } },
        admin.headers,
      );
      expect(res.deactivateUser.errors).toEqual([]);
      const states = await call('{ states(first: 1) { totalCount } }', {}, as('prov_a'));
      expect(states.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      await waitUntil(async () => {
        const r = await call('{ approvalMatrices(first: 1) { totalCount } }', {}, as('prov_a'));
        return r.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED';
      });
      const login = await gql(
        system.gatewayUrl,
        'mutation { login(input: { email: "prov_a@matrix.test", password: "Matrix-prov_a-Pass1" }) { tokens { accessToken } errors { code } } }',
      );
      expect(login.data!.login).toEqual({ tokens: null, errors: [{ code: 'INVALID_CREDENTIALS' }] });
    });
  });

  describe('partner accounts (BSO_PARTNER)', () => {
    const FR = `mutation($input: CreateFeasibilityRequestInput!) {
      createFeasibilityRequest(input: $input) { feasibilityRequest { id status } ${ERR} } }`;
    const RESPOND = `mutation($input: RespondToFeasibilityRequestInput!) {
      respondToFeasibilityRequest(input: $input) { feasibilityRequest { id status } ${ERR} } }`;
    const LIST = '{ feasibilityRequests(first: 50) { totalCount edges { node { id } } } }';
    const ONE = 'query($id: ID!) { feasibilityRequest(id: $id) { id status } }';
    const bso: Record<'X' | 'Y', string> = { X: '', Y: '' };
    const request: Record<'X' | 'Y', string> = { X: '', Y: '' };
    const answer = (id: string) => ({
      input: { id, feasible: true, otcCost: '15000.00', mrcCost: '4000.00', expectedDeliveryDays: 21 },
    });

    beforeAll(async () => {
      const groups = await groupIds();
      for (const key of ['X', 'Y'] as const) {
        const { createBso } = await data(
          `mutation($input: CreateBsoInput!) { createBso(input: $input) { bso { id } ${ERR} } }`,
          {
            input: {
              code: `BSO${key}`,
              name: `Partner ${key}`,
              contacts: [
                { name: `Ops ${key}`, email: `ops@bso-${key.toLowerCase()}.example`, phone: '+912012345678' },
              ],
            },
          },
          admin.headers,
        );
        bso[key] = createBso.bso.id;
        const { createBsoCitySetting } = await data(
          `mutation($input: CreateBsoCitySettingInput!) { createBsoCitySetting(input: $input) { bsoCitySetting { id } ${ERR} } }`,
          {
            input: {
              bsoId: bso[key],
              cityId: city.A,
              to: [`feas@bso-${key.toLowerCase()}.example`],
              tatHours: 48,
            },
          },
          admin.headers,
        );
        expect(createBsoCitySetting.errors).toEqual([]);
        const password = `Partner-${key}-Pass1`;
        const { createUser } = await data(
          OPS.createUser,
          {
            input: {
              email: `partner-${key.toLowerCase()}@matrix.test`,
              name: `Partner user ${key}`,
              kind: 'PARTNER',
              bsoId: bso[key],
              groupIds: [groups.BSO_PARTNER],
              password,
            },
          },
          admin.headers,
        );
        expect(createUser.errors).toEqual([]);
        const session = await signIn(system.gatewayUrl, `partner-${key.toLowerCase()}@matrix.test`, password);
        users[`partner_${key}`] = { id: createUser.user.id, session };
        await untilKnownEverywhere(system.gatewayUrl, session);
      }
      // feasibility learns the BSOs' city settings from masters' events, then accepts requests for them.
      for (const key of ['X', 'Y'] as const) {
        await waitUntil(async () => {
          const { createFeasibilityRequest } = await data(
            FR,
            {
              input: {
                leadId: leadOf.A,
                cityId: city.A,
                branchId: branch.A,
                bsoId: bso[key],
                bandwidthMbps: 100,
                address: `Plot ${key}, Industrial Area`,
              },
            },
            as('sales_a'),
          );
          if (createFeasibilityRequest.errors.length > 0) return false;
          request[key] = createFeasibilityRequest.feasibilityRequest.id;
          return true;
        }, 30000);
      }
    });

    it('lets a partner see only its own BSO’s requests', async () => {
      const ids = async (who: string) =>
        ((await data(LIST, {}, as(who))).feasibilityRequests.edges as { node: { id: string } }[]).map(
          (e) => e.node.id,
        );
      expect(await ids('partner_X')).toEqual([request.X]);
      expect(await ids('partner_Y')).toEqual([request.Y]);
      expect((await data(ONE, { id: request.Y }, as('partner_X'))).feasibilityRequest).toBeNull();
      expect((await data(ONE, { id: request.X }, as('partner_X'))).feasibilityRequest.id).toBe(request.X);
      // Staff of the branch see both; staff of another branch see neither.
      expect(await ids('sales_a')).toEqual(expect.arrayContaining([request.X, request.Y]));
      expect(await ids('sales_b')).toEqual([]);
    });

    it('applies partner isolation to _entities too', async () => {
      const res = await gql(
        system.services.feasibility.service.url,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on FeasibilityRequest { id } } }',
        {
          r: [
            { __typename: 'FeasibilityRequest', id: request.X },
            { __typename: 'FeasibilityRequest', id: request.Y },
          ],
        },
        await proofHeaders(users.partner_X.id, null),
      );
      expect(res.data!._entities).toEqual([{ id: request.X }, null]);
    });

    it('lets a partner answer only its own BSO’s request, and nobody else answer at all', async () => {
      const foreign = await data(RESPOND, answer(request.X), as('partner_Y'));
      expect(foreign.respondToFeasibilityRequest).toMatchObject({
        feasibilityRequest: null,
        errors: [{ code: 'FORBIDDEN' }],
      });
      const staff = await call(RESPOND, answer(request.X), as('sales_a'));
      expect(staff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await data(ONE, { id: request.X }, admin.headers)).feasibilityRequest.status).toBe('OPEN');

      const own = await data(RESPOND, answer(request.X), as('partner_X'));
      expect(own.respondToFeasibilityRequest).toMatchObject({
        feasibilityRequest: { id: request.X, status: 'ANSWERED' },
        errors: [],
      });
    });

    it('keeps a partner out of everything else', async () => {
      for (const query of [OPS.leads, OPS.users]) {
        const res = await call(query, {}, as('partner_X'));
        expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    });
  });

  describe('calls that bypass the gateway', () => {
    const names: ServiceName[] = ['orders', 'approvals', 'feasibility', 'masters', 'integrations'];

    it.each(names)('%s answers nothing without the gateway proof, or with a forged one', async (name) => {
      const url = system.services[name].service.url;
      for (const headers of <Record<string, string>[]>[
        {},
        { 'x-oms-gateway-proof': admin.accessToken },
        { authorization: `Bearer ${admin.accessToken}` },
      ]) {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        expect(res.status).toBe(401);
        const body = (await res.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
        expect(body.data).toBeUndefined();
        expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      }
    });
  });

  describe('with masters down', () => {
    it('keeps authorizing in the other services from their own copies of users and branches', async () => {
      await system.services.masters.service.stop();
      const res = await call(
        OPS.createLead,
        { input: { customerName: 'While masters sleeps', cityId: city.A, branchId: branch.A } },
        as('sales_a'),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.createLead.errors).toEqual([]);
      const refused = await call(
        OPS.createLead,
        { input: { customerName: 'Still not my branch', cityId: city.B, branchId: branch.B } },
        as('sales_a'),
      );
      expect(refused.data!.createLead.errors[0].code).toBe('FORBIDDEN');
      const { lead } = await data(OPS.lead, { id: leadOf.B }, as('sales_b'));
      expect(lead.id).toBe(leadOf.B);
    });
  });
});
