import { gql, waitUntil } from '@oms/testkit';
import { ADMIN, signIn, untilKnownEverywhere, type Session } from './secured-system';

const ERR = 'errors { code field message }';

/** Runs a query through the gateway and fails with the GraphQL errors when there are any. */
export async function data(
  gatewayUrl: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<Record<string, any>> {
  const res = await gql(gatewayUrl, query, variables, headers);
  if (res.errors) throw new Error(`${JSON.stringify(res.errors)} for ${query.slice(0, 80)}`);
  return res.data!;
}

/** The people of the flow, each a real user signed in through the gateway. */
export type Person =
  | 'sales'
  | 'salesElsewhere'
  | 'partner'
  | 'technical'
  | 'approver1'
  | 'approver2'
  | 'provisioner'
  | 'installer'
  | 'installerElsewhere';

/** What the flow's administrator set up in masters, and who is signed in. */
export interface OrderWorld {
  admin: Session;
  cityId: string;
  otherCityId: string;
  branchId: string;
  otherBranchId: string;
  zoneId: string;
  categoryId: string;
  productId: string;
  bandwidthId: string;
  documentTypeId: string;
  bsoId: string;
  bsoMail: string;
  /** A second BSO serving the city (no partner account: it never answers). */
  otherBsoId: string;
  otherBsoMail: string;
  users: Record<Person, { id: string; email: string; name: string; session: Session }>;
}

/**
 * Sets up, as the administrator and through the gateway only, what a new-order flow needs: a city with a
 * branch (and another branch elsewhere), the ILL catalogue with a bandwidth, the signed-installation-report
 * document type, a BSO serving the city with its mail setting, the provisioning and installation teams, and
 * one user per role (sales, a BSO partner, technical, two approvers of different levels, provisioning,
 * installation, plus outsiders), each signed in and known to every subgraph.
 */
export async function setUpOrderWorld(gatewayUrl: string, tag: string): Promise<OrderWorld> {
  const admin = await signIn(gatewayUrl, ADMIN.email, ADMIN.password);
  await untilKnownEverywhere(gatewayUrl, admin);
  const run = (query: string, input: Record<string, unknown>) =>
    data(gatewayUrl, query, { input }, admin.headers);
  const make = async (mutation: string, type: string, entity: string, input: Record<string, unknown>) => {
    const result = (
      await run(
        `mutation($input: ${type}!) { ${mutation}(input: $input) { ${entity} { id } ${ERR} } }`,
        input,
      )
    )[mutation];
    if (result.errors.length > 0) throw new Error(`${mutation}: ${JSON.stringify(result.errors)}`);
    return result[entity].id as string;
  };
  const code = tag
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 6);
  const stateId = await make('createState', 'CreateStateInput', 'state', {
    code: `S${code}`,
    name: `State ${code}`,
  });
  const cityId = await make('createCity', 'CreateCityInput', 'city', {
    stateId,
    code: `C${code}`,
    name: `City ${code}`,
  });
  const otherCityId = await make('createCity', 'CreateCityInput', 'city', {
    stateId,
    code: `D${code}`,
    name: `Other city ${code}`,
  });
  const zoneId = await make('createZone', 'CreateZoneInput', 'zone', {
    code: `Z${code}`,
    name: `Zone ${code}`,
  });
  const branchId = await make('createBranch', 'CreateBranchInput', 'branch', {
    code: `B${code}`,
    name: `Branch ${code}`,
    zoneId,
    cityIds: [cityId, otherCityId],
  });
  const otherBranchId = await make('createBranch', 'CreateBranchInput', 'branch', {
    code: `O${code}`,
    name: `Other branch ${code}`,
    zoneId,
    cityIds: [otherCityId],
  });
  const categoryId = await make('createProductCategory', 'CreateProductCategoryInput', 'productCategory', {
    code: `ILL${code}`,
    name: 'Internet leased line',
  });
  const productId = await make('createProduct', 'CreateProductInput', 'product', {
    code: `ILLSTD${code}`,
    name: 'ILL Standard',
    categoryId,
  });
  const bandwidthId = await make('createBandwidth', 'CreateBandwidthInput', 'bandwidth', {
    value: 100 + Math.floor(Math.random() * 800),
    unit: 'MBPS',
    rank: 100 + Math.floor(Math.random() * 800),
  });
  const set = await run(
    `mutation($input: SetProductBandwidthsInput!) { setProductBandwidths(input: $input) { ${ERR} } }`,
    { productId, bandwidthIds: [bandwidthId] },
  );
  if (set.setProductBandwidths.errors.length)
    throw new Error(JSON.stringify(set.setProductBandwidths.errors));
  const documentTypeId = await make('createDocumentType', 'CreateDocumentTypeInput', 'documentType', {
    code: `SIGNED_REPORT_${code}`,
    name: 'Customer-signed installation report',
    requiredFor: [{ orderType: 'NEW', step: 'INSTALLATION' }],
    allowedContentTypes: ['application/pdf', 'image/jpeg'],
    maxSizeBytes: 64 * 1024,
  });
  const bsoMail = `feasibility@bso-${code.toLowerCase()}.test`;
  const bsoId = await make('createBso', 'CreateBsoInput', 'bso', {
    code: `BSO${code}`,
    name: `Last Mile ${code}`,
    contacts: [{ name: 'Desk', email: bsoMail, phone: '+912000000000', role: 'Feasibility desk' }],
  });
  await make('createBsoCitySetting', 'CreateBsoCitySettingInput', 'bsoCitySetting', {
    bsoId,
    cityId,
    to: [bsoMail],
    cc: [],
    tatHours: 48,
  });
  const otherBsoMail = `feasibility@bso2-${code.toLowerCase()}.test`;
  const otherBsoId = await make('createBso', 'CreateBsoInput', 'bso', {
    code: `BSQ${code}`,
    name: `Second Mile ${code}`,
    contacts: [{ name: 'Desk', email: otherBsoMail, phone: '+912000000001', role: null }],
  });
  await make('createBsoCitySetting', 'CreateBsoCitySettingInput', 'bsoCitySetting', {
    bsoId: otherBsoId,
    cityId,
    to: [otherBsoMail],
    cc: [],
    tatHours: 72,
  });
  await make('createBsoMailSetting', 'CreateBsoMailSettingInput', 'bsoMailSetting', {
    bsoId,
    senderEmail: 'feasibility@oms.test',
    senderName: 'OMS Feasibility',
    subjectTemplate: 'Feasibility {{requestNo}} for {{bsoName}}',
    bodyTemplate:
      'Please check {{bandwidth}} at {{address}}, {{cityName}} by {{expectedBy}}. Ref {{reference}}.',
  });

  const { groups } = await data(
    gatewayUrl,
    '{ groups(first: 50) { edges { node { id code } } } }',
    {},
    admin.headers,
  );
  const group = Object.fromEntries(
    (groups.edges as { node: { id: string; code: string } }[]).map((e) => [e.node.code, e.node.id]),
  );
  const people: [Person, string, Record<string, unknown>][] = [
    ['sales', 'SALES', { homeBranchId: branchId }],
    ['salesElsewhere', 'SALES', { homeBranchId: otherBranchId }],
    ['partner', 'BSO_PARTNER', { kind: 'PARTNER', bsoId }],
    ['technical', 'TECHNICAL', { homeBranchId: branchId }],
    ['approver1', 'RM', { homeBranchId: branchId }],
    ['approver2', 'ZM', { homeBranchId: branchId }],
    ['provisioner', 'PROVISIONING', { homeBranchId: branchId }],
    ['installer', 'INSTALLATION', { homeBranchId: branchId, installationCityIds: [cityId] }],
    ['installerElsewhere', 'INSTALLATION', { homeBranchId: branchId, installationCityIds: [otherCityId] }],
  ];
  const users = {} as OrderWorld['users'];
  for (const [person, role, extra] of people) {
    const email = `${person.toLowerCase()}.${code.toLowerCase()}@oms.test`;
    const password = `Flow-${person}-Pass-2026`;
    const name = `${person} ${code}`;
    const id = await make('createUser', 'CreateUserInput', 'user', {
      email,
      name,
      kind: 'STAFF',
      groupIds: [group[role]],
      password,
      ...extra,
    });
    users[person] = { id, email, name, session: await signIn(gatewayUrl, email, password) };
  }
  for (const { session } of Object.values(users)) await untilKnownEverywhere(gatewayUrl, session);
  await make('createTeam', 'CreateTeamInput', 'team', {
    code: `PROV${code}`,
    name: `Provisioning ${code}`,
    kind: 'PROVISIONING',
    branchId,
    memberIds: [users.provisioner.id],
    mailAddress: `provisioning.${code.toLowerCase()}@oms.test`,
  });
  await make('createTeam', 'CreateTeamInput', 'team', {
    code: `INST${code}`,
    name: `Installation ${code}`,
    kind: 'INSTALLATION',
    branchId,
    cityIds: [cityId],
    memberIds: [users.installer.id],
  });
  // Every service learns masters' data from its events: wait until orders accepts a lead in the branch.
  await waitUntil(async () => {
    const res = await gql(
      gatewayUrl,
      `query($id: ID!) { branch(id: $id) { id } }`,
      { id: branchId },
      users.sales.session.headers,
    );
    return !!res.data?.branch;
  }, 30000);
  return {
    admin,
    cityId,
    otherCityId,
    branchId,
    otherBranchId,
    zoneId,
    categoryId,
    productId,
    bandwidthId,
    documentTypeId,
    bsoId,
    bsoMail,
    otherBsoId,
    otherBsoMail,
    users,
  };
}
