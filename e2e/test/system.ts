import { join } from 'node:path';
import { freePort, gqlData, startDistributedSystem, type DistributedSystem } from '@oms/testkit';
import { ADMIN } from './secured-system';

export type { DistributedSystem };

/** The repository root (the built services live under it). */
export const repoRoot = join(__dirname, '..', '..');

export { SERVICE_NAMES as SERVICES } from '@oms/testkit';

/** Starts the five built services and the gateway as processes on MariaDB + Kafka. */
export function startDistributed(suffix: string): Promise<DistributedSystem> {
  return startDistributedSystem({
    repoRoot,
    suffix,
    extraEnv: { BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password },
  });
}

/** Free ports for the embedded system's gateway and five subgraphs, as its settings name them. */
export async function embeddedPorts(): Promise<Record<string, string>> {
  const names = ['GATEWAY', 'ORDERS', 'APPROVALS', 'FEASIBILITY', 'MASTERS', 'INTEGRATIONS'];
  const ports: Record<string, string> = {};
  for (const name of names) ports[`${name}_PORT`] = String(await freePort());
  return ports;
}

/** GraphQL operations a frontend would send. */
export const ops = {
  createState: `mutation($input: CreateStateInput!) { createState(input: $input) { state { id code } errors { code field message } } }`,
  createCity: `mutation($input: CreateCityInput!) { createCity(input: $input) { city { id code } errors { code field message } } }`,
  createZone: `mutation($input: CreateZoneInput!) { createZone(input: $input) { zone { id } errors { code field message } } }`,
  createBranch: `mutation($input: CreateBranchInput!) { createBranch(input: $input) { branch { id } errors { code field message } } }`,
  createLead: `mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id leadNo } errors { code field message } } }`,
};

/** Creates a state and a city through the gateway and returns the city id. */
export async function createCity(
  gatewayUrl: string,
  code: string,
  auth: Record<string, string>,
): Promise<string> {
  const { createState } = await gqlData(
    gatewayUrl,
    ops.createState,
    { input: { code: `S${code}`.slice(0, 10), name: `State ${code}` } },
    auth,
  );
  expect(createState.errors).toEqual([]);
  const { createCity } = await gqlData(
    gatewayUrl,
    ops.createCity,
    { input: { stateId: createState.state.id, code, name: `City ${code}` } },
    auth,
  );
  expect(createCity.errors).toEqual([]);
  return createCity.city.id as string;
}

/** Creates a zone and a branch serving the city through the gateway and returns the branch id (leads need one). */
export async function createBranch(
  gatewayUrl: string,
  cityId: string,
  code: string,
  auth: Record<string, string>,
): Promise<string> {
  const { createZone } = await gqlData(
    gatewayUrl,
    ops.createZone,
    { input: { code: `Z${code}`.slice(0, 20), name: `Zone ${code}` } },
    auth,
  );
  expect(createZone.errors).toEqual([]);
  const { createBranch } = await gqlData(
    gatewayUrl,
    ops.createBranch,
    {
      input: {
        code: `B${code}`.slice(0, 20),
        name: `Branch ${code}`,
        zoneId: createZone.zone.id,
        cityIds: [cityId],
      },
    },
    auth,
  );
  expect(createBranch.errors).toEqual([]);
  return createBranch.branch.id as string;
}
