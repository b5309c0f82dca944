import { parse } from 'graphql';
import type { AccessSnapshot } from '@oms/contracts';
import { secureResolvers, type Policy } from './policy';
import { Principal } from './principal';

const typeDefs = parse(`
  type Query { lead(id: ID!): Lead  leads: [Lead!]!  cities: [String!]! }
  type Mutation { login: String  createLead: Lead }
  type Lead @key(fields: "id") { id: ID! branchId: ID! }
  type Order @key(fields: "id") { id: ID! notes: [String!]! }
`);

interface Lead {
  id: string;
  branchId: string;
}
const LEADS: Record<string, Lead> = { l1: { id: 'l1', branchId: 'b1' }, l2: { id: 'l2', branchId: 'b2' } };

const resolvers = {
  Query: {
    lead: (_: unknown, { id }: { id: string }) => LEADS[id] ?? null,
    leads: () => Object.values(LEADS),
    cities: () => ['Pune'],
  },
  Mutation: { login: () => 'token', createLead: () => LEADS.l1 },
  Lead: { __resolveReference: (ref: { id: string }) => LEADS[ref.id] ?? null },
  Order: { notes: (order: { id: string }) => [`note of ${order.id}`] },
};

const policy: Policy = {
  Query: { lead: ['LEADS:VIEW'], leads: ['LEADS:VIEW'], cities: 'authenticated' },
  Mutation: { login: 'public', createLead: ['LEADS:CREATE'] },
  entities: { Lead: { read: ['LEADS:VIEW'], scope: (lead: Lead) => ({ branchId: lead.branchId }) } },
  fields: {
    'Order.notes': { read: ['ORDERS:VIEW'], scope: (order: { id: string }) => ({ branchId: order.id }) },
  },
};

const user = (overrides: Partial<AccessSnapshot> = {}): Principal =>
  Principal.of({
    userId: 'u',
    version: 1,
    active: true,
    kind: 'STAFF',
    bsoId: null,
    email: 'u@x',
    name: 'U',
    homeBranchId: 'b1',
    branchIds: ['b1'],
    allBranches: false,
    installationCityIds: [],
    groups: [],
    permissions: ['LEADS:VIEW', 'ORDERS:VIEW'],
    ...overrides,
  });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const secured = secureResolvers(typeDefs, resolvers, policy) as any;
const call = (
  fn: (...args: unknown[]) => unknown,
  principal: Principal,
  args: unknown = {},
  parent: unknown = {},
) => fn(parent, args, { principal }, { returnType: { toString: () => '[String!]!' } });

describe('secureResolvers', () => {
  it('lets public operations through for anonymous callers and nothing else', async () => {
    expect(await call(secured.Mutation.login, Principal.anonymous())).toBe('token');
    await expect(call(secured.Query.cities, Principal.anonymous())).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('demands the permission of the rule', async () => {
    await expect(call(secured.Mutation.createLead, user())).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await call(secured.Mutation.createLead, user({ permissions: ['LEADS:CREATE'] }))).toEqual(
      LEADS.l1,
    );
  });

  it('treats a deactivated user as signed out', async () => {
    await expect(call(secured.Query.cities, user({ active: false }))).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('reads an out-of-scope entity as null, in queries and through _entities', async () => {
    expect(await call(secured.Query.lead, user(), { id: 'l1' })).toEqual(LEADS.l1);
    expect(await call(secured.Query.lead, user(), { id: 'l2' })).toBeNull();
    expect(await secured.Lead.__resolveReference({ id: 'l2' }, { principal: user() }, {})).toBeNull();
    expect(await secured.Lead.__resolveReference({ id: 'l1' }, { principal: user() }, {})).toEqual(LEADS.l1);
    expect(await call(secured.Query.leads, user())).toEqual([LEADS.l1]);
    expect(await call(secured.Query.leads, user({ allBranches: true }))).toHaveLength(2);
  });

  it('guards _entities with the entity rule', async () => {
    await expect(
      secured.Lead.__resolveReference({ id: 'l1' }, { principal: user({ permissions: [] }) }, {}),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('refuses to build when an operation, entity or foreign field has no rule', () => {
    const gaps: Policy = { Query: { lead: ['LEADS:VIEW'] }, Mutation: { login: 'public', ghost: 'public' } };
    expect(() => secureResolvers(typeDefs, resolvers, gaps)).toThrow(
      /Query\.leads has no authorization rule[\s\S]*Query\.cities[\s\S]*Mutation\.createLead[\s\S]*Mutation\.ghost has a rule but is not in the schema[\s\S]*entity Lead[\s\S]*Order\.notes/,
    );
  });
});
